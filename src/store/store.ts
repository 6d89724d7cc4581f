import { copyFile, mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Low } from 'lowdb';
import { StoreWriteError } from '../errors.ts';
import { consoleLogger, type Logger } from '../log.ts';
import { type AuditEntry, AuditLog } from './audit.ts';
import { DbFile, KEPT_BACKUPS, keepBackup } from './db-file.ts';
import { entryFor, JournalFile, replay } from './journal.ts';
import { checkJournal, linesToReplay, reportLost } from './journal-check.ts';
import { encodeLine } from './journal-line.ts';
import { acquireLock } from './lock.ts';
import { type Db, emptyDb, ITEM_COLLECTIONS } from './schema.ts';
import { type Changes, Tracker } from './tracker.ts';

export { syncCount } from './durable-file.ts';

/** The journal is folded into db.json once it holds this many bytes, or a quarter of db.json if more. */
const COMPACT_BYTES = 1 << 20;

export interface StoreOptions {
  /** Take the one-writer lock on the folder (default true). */
  readonly lock?: boolean;
  /** Also fold the journal into db.json after this many lines (tests). */
  readonly compactAfter?: number;
  /** Fold the journal into db.json from this many bytes (default 1 MiB, or a quarter of db.json). */
  readonly compactBytes?: number;
  /** Start despite a damaged journal: move it aside and name the lost changes (`--herstel`). */
  readonly recover?: boolean;
  readonly logger?: Logger;
}

interface Pending {
  readonly text: string;
  readonly audit: readonly AuditEntry[];
  readonly changes: Changes;
  readonly seq: number;
  readonly done: () => void;
  readonly failed: (error: Error) => void;
}

/**
 * The panel's data: lowdb on `<dataDir>/db.json`, with a journal beside it so a change
 * costs the same in the hundredth year as in the first. The store sees every write a
 * change makes (the data is handed out as a watched view), so all of it reaches the
 * journal. Changes are applied at once and in order; their lines are written together
 * (one write and one fdatasync for all changes that arrive meanwhile: group commit), and
 * each `transact` resolves only when its line is on disk. A change that throws, or
 * whose line cannot be written, is undone, so memory always equals disk plus what is
 * being written. db.json is rewritten in full only now and then, off the reply path.
 */
export class Store {
  readonly #file: DbFile;
  readonly #journal: JournalFile;
  readonly #audit: AuditLog;
  readonly #release: () => Promise<void>;
  readonly #tracker: Tracker<Db>;
  readonly #logger: Logger;
  readonly #limits: { readonly lines: number; readonly bytes: number };
  #seq: number;
  #pending: Pending[] = [];
  #flushing: Promise<void> | undefined;
  #compacting: Promise<void> | undefined;
  /** Journal work (appends, cuts, rotation) runs one at a time. */
  #journalChain: Promise<unknown> = Promise.resolve();
  /** Bytes and lines of the journal that are on disk. */
  #journalSize = 0;
  #journalLines = 0;
  /** A failed append may have left part of a batch behind: cut back before the next one. */
  #broken = false;
  #closed = false;

  private constructor(parts: {
    data: Db;
    file: DbFile;
    journal: JournalFile;
    audit: AuditLog;
    release: () => Promise<void>;
    logger: Logger;
    seq: number;
    limits: { lines: number; bytes: number };
  }) {
    this.#file = parts.file;
    this.#journal = parts.journal;
    this.#audit = parts.audit;
    this.#release = parts.release;
    this.#logger = parts.logger;
    this.#seq = parts.seq;
    this.#limits = parts.limits;
    this.#tracker = new Tracker(parts.data, Object.values(ITEM_COLLECTIONS));
  }

  static async open(dataDir: string, options: StoreOptions = {}): Promise<Store> {
    await mkdir(dataDir, { recursive: true });
    const release = options.lock === false ? async () => {} : await acquireLock(join(dataDir, 'db.lock'));
    const logger = options.logger ?? consoleLogger;
    try {
      const file = new DbFile(join(dataDir, 'db.json'));
      const journal = new JournalFile(join(dataDir, 'db.journal.jsonl'));
      const audit = new AuditLog(join(dataDir, 'audit.jsonl'));
      const low = new Low<Db>(file, emptyDb());
      await low.read();
      const snapshotSeq = low.data.journalSeq;
      const contents = await journal.read();
      const { lost } = await checkJournal(journal, contents, {
        recover: options.recover === true,
        snapshotSeq,
        logger,
      });
      const entries = linesToReplay(contents, snapshotSeq);
      replay(low.data, entries);
      const audited = await audit.catchUp(entries);
      if (lost) await reportLost(lost, audit, logger);
      if (file.found) await keepBackup(file.path);
      const store = new Store({
        data: low.data,
        file,
        journal,
        audit,
        release,
        logger,
        seq: Math.max(snapshotSeq, audited, ...entries.map((entry) => entry.seq ?? 0)),
        limits: {
          lines: options.compactAfter ?? Number.POSITIVE_INFINITY,
          bytes: options.compactBytes ?? COMPACT_BYTES,
        },
      });
      store.#journalSize = lost ? 0 : (contents.torn?.offset ?? contents.size);
      store.#journalLines = lost ? 0 : contents.lines.length;
      // A new, upgraded or recovered store is written in full once, and a replayed journal folded in.
      if (contents.lines.length > 0 || lost || !file.found || file.migrated) await store.#compact();
      return store;
    } catch (error) {
      await release();
      throw error;
    }
  }

  /**
   * The current data. Read it freely; change it only inside `transact` (a write
   * anywhere else is refused with an error).
   */
  get db(): Db {
    return this.#tracker.view;
  }

  get path(): string {
    return this.#file.path;
  }

  /**
   * Applies `change` to the data at once and resolves when what it changed is on disk.
   * The store finds the changed items itself. If `change` throws, or the write fails,
   * the change is undone and the error passed on (a failed write as `StoreWriteError`).
   * An object the change puts into the data is copied in; when the change returns such
   * an object, `transact` resolves with the store's own copy.
   */
  transact<T>(change: (db: Db) => T, audit: (result: T) => AuditEntry[]): Promise<T> {
    const data = this.#tracker.raw;
    const lastHandled = data.handledEvents.at(-1)?.key;
    let line: { text: string; entries: AuditEntry[]; changes: Changes; result: T };
    try {
      const { result, changes } = this.#tracker.record(() => change(this.#tracker.view));
      try {
        const seq = this.#seq + 1;
        const entries = audit(result).map((entry) => ({ ...entry, seq }));
        const text = encodeLine(entryFor(data, changes, lastHandled, { seq, audit: entries }));
        line = { text, entries, changes, result };
      } catch (error) {
        changes.undo();
        throw error;
      }
    } catch (error) {
      return Promise.reject(error);
    }
    const seq = ++this.#seq;
    return new Promise<T>((resolve, reject) => {
      this.#pending.push({
        text: line.text,
        audit: line.entries,
        changes: line.changes,
        seq,
        done: () => resolve(line.result),
        failed: reject,
      });
      this.#schedule();
    });
  }

  #onJournal<T>(work: () => Promise<T>): Promise<T> {
    const run = this.#journalChain.then(work);
    this.#journalChain = run.catch(() => undefined);
    return run;
  }

  /** Writes waiting lines in batches: whatever arrived while the previous batch was written goes next. */
  #schedule(): void {
    if (this.#flushing) return;
    this.#flushing = (async () => {
      while (this.#pending.length > 0) {
        // Changes already on their way (the same turn of the event loop) join this batch.
        await new Promise((resolve) => setImmediate(resolve));
        const batch = this.#pending.splice(0);
        await this.#onJournal(() => this.#write(batch));
      }
      this.#flushing = undefined;
      this.#compactIfDue();
    })();
  }

  async #write(batch: Pending[]): Promise<void> {
    const text = batch.map((pending) => pending.text).join('');
    try {
      if (this.#broken) await this.#journal.cut(this.#journalSize);
      this.#broken = false;
      await this.#journal.append(text);
    } catch (error) {
      this.#broken = true;
      await this.#journal.close().catch(() => undefined);
      // Undo this batch and every change applied after it (they built on it), newest first.
      const failed = [...batch, ...this.#pending.splice(0)];
      for (let index = failed.length - 1; index >= 0; index--) failed[index]!.changes.undo();
      this.#seq = batch[0]!.seq - 1;
      const wrapped = new StoreWriteError(`Writing ${this.#journal.path} failed`, { cause: error });
      for (const pending of failed) pending.failed(wrapped);
      return;
    }
    this.#journalSize += Buffer.byteLength(text);
    this.#journalLines += batch.length;
    this.#audit.append(batch.flatMap((pending) => pending.audit)).catch((error: unknown) => {
      this.#logger.error('Het auditlogboek kon niet worden bijgewerkt', error);
    });
    for (const pending of batch) pending.done();
  }

  #compactIfDue(): void {
    if (this.#compacting || this.#closed) return;
    const due =
      this.#journalLines >= this.#limits.lines ||
      this.#journalSize >= Math.max(this.#limits.bytes, this.#file.size / 4);
    if (!due) return;
    this.#compacting = new Promise((resolve) => setImmediate(resolve))
      .then(() => this.#compact())
      .catch((error: unknown) =>
        this.#logger.error(`Het bestand ${this.#file.path} kon niet worden bijgewerkt`, error),
      )
      .finally(() => {
        this.#compacting = undefined;
      });
  }

  /**
   * Writes the whole store to db.json and drops the journal lines it now holds. It
   * serializes the data at a moment when every applied change is on disk; changes that
   * come meanwhile go on into the journal, and replay skips the lines db.json holds.
   */
  async #compact(): Promise<void> {
    while (this.#flushing) await this.#flushing;
    const data = this.#tracker.raw;
    data.journalSeq = this.#seq;
    const text = JSON.stringify(data);
    const offset = this.#journalSize;
    const lines = this.#journalLines;
    // Audit entries of the lines about to go must be on disk first.
    await this.#audit.sync();
    await this.#file.writeText(text);
    await this.#onJournal(async () => {
      await this.#journal.keepFrom(offset, this.#journalSize);
      this.#broken = false;
      this.#journalSize -= offset;
      this.#journalLines -= lines;
    });
  }

  /** Resolves when every change is on disk and no compaction runs (tests, the benchmark). */
  async idle(): Promise<void> {
    while (this.#flushing || this.#compacting) await (this.#flushing ?? this.#compacting);
    await this.#audit.settled();
  }

  /** Rewrites the audit trail with the changes (to forget a former member). */
  async rewriteAudit(change: (entry: AuditEntry) => AuditEntry): Promise<void> {
    await this.idle();
    await this.#audit.rewrite(change);
  }

  /**
   * Replaces the kept copies by one of the store as it is now (after forgetting a member,
   * older copies would still hold the old id).
   */
  async replaceBackups(): Promise<void> {
    await this.idle();
    await this.#compact();
    for (let index = 1; index <= KEPT_BACKUPS; index++)
      await rm(`${this.#file.path}.${index}`, { force: true });
    await copyFile(this.#file.path, `${this.#file.path}.1`);
  }

  auditCount(actor: string): Promise<number> {
    return this.#audit.countFor(actor);
  }

  /** Waits for pending writes, writes the store in full, and lets go of the folder. */
  async close(): Promise<void> {
    this.#closed = true;
    await this.idle();
    if (this.#journalLines > 0 || this.#broken) await this.#compact().catch(() => undefined);
    await this.#journal.close();
    await this.#audit.close();
    await this.#release();
  }
}
