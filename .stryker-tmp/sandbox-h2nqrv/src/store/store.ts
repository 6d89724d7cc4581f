// @ts-nocheck
import { copyFile, mkdir, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { type Adapter, Low } from 'lowdb';
import { StoreWriteError } from '../core/errors.ts';
import { BUILT_IN_TERMS, recordFirstAgreement } from '../domain/agreements.ts';
import { dropSnapshots } from '../ops/backups/rotation.ts';
import { consoleLogger, type Logger } from '../ops/log.ts';
import { localYear } from '../time/time.ts';
import { type AuditEntry, AuditLog } from './audit.ts';
import { ConfidentialIndex } from './confidential-index.ts';
import { countersFollowItems } from './counters.ts';
import { DbFile, KEPT_BACKUPS, keepBackup } from './db-file.ts';
import { GroupCommit } from './group-commit.ts';
import { ItemIndex, idKeys, messageKeys } from './item-index.ts';
import { entryFor, JournalFile, replay } from './journal.ts';
import { checkJournal, linesToReplay } from './journal-check.ts';
import { checkedLine } from './journal-line.ts';
import { FolderLock } from './lock.ts';
import { recover, writeSnapshot } from './recovery.ts';
import { type AgreementTerms, type Db, emptyDb, ITEM_COLLECTIONS, type ItemCollection } from './schema.ts';
import { Seal } from './seal.ts';
import { type Contribution, Tally } from './tally.ts';
import { type Changes, Tracker } from './tracker.ts';

export { syncCount } from './durable-file.ts';

/** The journal is folded into db.json once it holds this many bytes, or a quarter of db.json if more. */
const COMPACT_BYTES = 1 << 20;

export interface StoreOptions {
  /**
   * The folder's one-writer lock, taken by the caller (`FolderLock.take`); without it the
   * store takes it itself. Either way the store lets go of it when it closes.
   */
  readonly lock?: FolderLock;
  /** Also fold the journal into db.json after this many lines (tests). */
  readonly compactAfter?: number;
  /** Fold the journal into db.json from this many bytes (default 1 MiB, or a quarter of db.json). */
  readonly compactBytes?: number;
  /** Start despite a damaged journal: move it aside and name the lost changes (`--herstel`). */
  readonly recover?: boolean;
  readonly logger?: Logger;
  /** The panel's time zone: the audit trail begins a new file when a new year begins there. */
  readonly timezone?: string;
  /**
   * The terms of the first agreement, recorded in a new store or one from before
   * agreements were records (default: the built-in ones). Config's `caps` and `responseWindowDays`.
   */
  readonly firstTerms?: AgreementTerms;
}

/**
 * The panel's data: lowdb on `<dataDir>/db.json`, with a journal beside it so a change
 * costs the same in the hundredth year as in the first. The store sees every write a
 * change makes (the data is handed out as a watched view), so all of it reaches the
 * journal. Changes are applied at once and in order; their lines are written together
 * (group commit), and each `transact` resolves only when its line is on disk. A change
 * that throws, or whose line cannot be written, is undone, so memory always equals disk
 * plus what is being written. db.json is rewritten in full only now and then, off the
 * reply path.
 */
/** A new store: empty, with the first agreement in force. */
function newDb(firstTerms: AgreementTerms): Db {
  const data = emptyDb();
  recordFirstAgreement(data, firstTerms, new Date().toISOString(), 'start');
  return data;
}

export class Store {
  readonly #file: DbFile;
  readonly #journal: JournalFile;
  readonly #audit: AuditLog;
  readonly #seal: Seal;
  readonly #lock: FolderLock;
  readonly #tracker: Tracker<Db>;
  readonly #logger: Logger;
  readonly #limits: { readonly lines: number; readonly bytes: number };
  readonly #writer: GroupCommit;
  readonly #messages: ItemIndex;
  readonly #ids: ItemIndex;
  readonly #tallies = new Map<string, Tally>();
  readonly #confidential: ConfidentialIndex;
  #compacting: Promise<void> | undefined;
  #compactions = 0;
  /** When a change last reached the disk, and when one last could not (for /healthz). */
  #lastWrite: Date | undefined;
  #lastFailure: Date | undefined;
  #closed = false;

  private constructor(parts: {
    data: Db;
    file: DbFile;
    journal: JournalFile;
    audit: AuditLog;
    seal: Seal;
    lock: FolderLock;
    logger: Logger;
    seq: number;
    written: { size: number; lines: number };
    limits: { lines: number; bytes: number };
  }) {
    this.#file = parts.file;
    this.#journal = parts.journal;
    this.#audit = parts.audit;
    this.#seal = parts.seal;
    this.#lock = parts.lock;
    this.#logger = parts.logger;
    this.#limits = parts.limits;
    this.#tracker = new Tracker(parts.data, Object.values(ITEM_COLLECTIONS), ['handledEvents']);
    const raw = () => this.#tracker.raw as unknown as Record<string, unknown>;
    this.#messages = new ItemIndex(raw, Object.values(ITEM_COLLECTIONS), messageKeys);
    this.#ids = new ItemIndex(raw, Object.values(ITEM_COLLECTIONS), idKeys);
    this.#confidential = new ConfidentialIndex({
      data: raw,
      collections: Object.values(ITEM_COLLECTIONS),
      view: (raw, collection) => this.#tracker.viewOf(raw, collection),
      changing: () => this.#tracker.recording,
      serves: this.#tracker.view,
    });
    this.#writer = new GroupCommit({
      journal: parts.journal,
      audit: parts.audit,
      logger: parts.logger,
      seq: parts.seq,
      ...parts.written,
      idle: () => this.#compactIfDue(),
    });
  }

  static async open(dataDir: string, options: StoreOptions = {}): Promise<Store> {
    await mkdir(dataDir, { recursive: true });
    const lock = options.lock ?? (await FolderLock.take(dataDir));
    if (!lock.held || lock.dataDir !== dataDir) throw new Error(`Store: the lock of ${dataDir} is not held`);
    const logger = options.logger ?? consoleLogger;
    try {
      const firstTerms = options.firstTerms ?? BUILT_IN_TERMS;
      const seal = await Seal.open(dataDir);
      const file = new DbFile(join(dataDir, 'db.json'), seal, { firstTerms });
      const journal = new JournalFile(join(dataDir, 'db.journal.jsonl'), seal);
      const zone = options.timezone ?? 'Europe/Amsterdam';
      const audit = new AuditLog(join(dataDir, 'audit.jsonl'), (at) => localYear(new Date(at), zone));
      // The empty store is made only when there is no db.json (it runs the schema's defaults).
      const low = new Low<Db | null>(file as Adapter<Db | null>, null);
      await low.read();
      const data = low.data ?? newDb(firstTerms);
      const snapshotSeq = data.journalSeq;
      const contents = await journal.read();
      const { recovering } = await checkJournal(journal, contents, {
        recover: options.recover === true,
        logger,
      });
      const entries = linesToReplay(contents, snapshotSeq);
      replay(data, entries);
      const raised = countersFollowItems(data);
      // Said only in a recovery: a new store's built-in first agreement raises its counter at its first start.
      if (raised.length > 0 && recovering)
        logger.warn(
          `Herstel: de teller van ${raised.join(', ')} liep achter op de nummers die er al zijn; hij is opgehoogd, zodat geen nummer twee keer wordt uitgedeeld.`,
        );
      const audited = recovering
        ? await recover({ data, entries, contents, snapshotSeq, file, journal, audit, logger })
        : await audit.catchUp(entries);
      if (!recovering && file.found) await keepBackup(file.path);
      const store = new Store({
        data,
        file,
        journal,
        audit,
        seal,
        lock,
        logger,
        seq: Math.max(snapshotSeq, audited, ...entries.map((entry) => entry.seq ?? 0)),
        written: recovering
          ? { size: 0, lines: 0 }
          : { size: contents.torn?.offset ?? contents.size, lines: contents.lines.length },
        limits: {
          lines: options.compactAfter ?? Number.POSITIVE_INFINITY,
          bytes: options.compactBytes ?? COMPACT_BYTES,
        },
      });
      // A new or upgraded store is written in full once (a recovered one was, before its
      // journal was moved aside). A replayed journal stays (it is on disk already) until it
      // is due to be folded in, as during the run: start-up does not wait for db.json to be rewritten.
      if (!recovering && (!file.found || file.migrated)) await store.#compact();
      else store.#compactIfDue();
      return store;
    } catch (error) {
      lock.release();
      throw error;
    }
  }

  /**
   * The current data. Read it freely; change it only inside `transact` (a write
   * anywhere else is refused with an error).
   */
  /** Whether this start made the store: there was no db.json. */
  get created(): boolean {
    return !this.#file.found;
  }

  /** The schema version db.json had when this start upgraded it; undefined when it needed no upgrade. */
  get upgradedFrom(): number | undefined {
    return this.#file.upgradedFrom;
  }

  get db(): Db {
    return this.#tracker.view;
  }

  /**
   * The item whose announcement (its thread root) or pending preview is this message, if
   * any; from an index the store keeps in step with every change.
   */
  itemByMessage(message: string): Db[ItemCollection][number] | undefined {
    const found = this.#messages.find(message);
    return found && (this.#tracker.viewOf(found.item, found.collection) as Db[ItemCollection][number]);
  }

  /**
   * The item of a collection with this id, if any; from an index the store keeps in step
   * with every change (inside a change, found by a walk, as the change may have added it).
   */
  item<K extends ItemCollection>(collection: K, id: string): Db[K][number] | undefined {
    if (this.#tracker.recording)
      return (this.db[collection] as ReadonlyArray<Db[K][number]>).find((item) => item.id === id);
    const found = this.#ids.find(id);
    return found?.collection === collection
      ? (this.#tracker.viewOf(found.item, collection) as Db[K][number])
      : undefined;
  }

  /**
   * Sums over the items of a collection by key (the budget: cents per year, category and
   * step), kept in step with every change, so no command walks the items to add them up.
   * `share` says what one item adds; it must only read, and be the same for the same
   * `name`. Inside a change, the items are walked afresh (the change may be halfway).
   */
  tally<K extends ItemCollection>(
    name: string,
    collection: K,
    share: (item: Db[K][number]) => readonly [key: string, amount: number] | undefined,
  ): (key: string) => number {
    const items = () => this.#tracker.raw[collection] as readonly object[];
    if (this.#tracker.recording) {
      const sums = new Tally(collection, items, share as Contribution);
      return (key) => sums.get(key);
    }
    let tally = this.#tallies.get(name);
    if (!tally) {
      tally = new Tally(collection, items, share as Contribution);
      this.#tallies.set(name, tally);
    }
    const kept = tally;
    return (key) => kept.get(key);
  }

  /**
   * Every message that announces an item or shows its preview, from the index by message (read
   * from the data itself, not through the watched view): an adapter continues its numbering after them.
   */
  knownMessages(): string[] {
    return this.#messages.keys();
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
    // Only the holder of the folder's lock writes (after `close`, this store no longer is).
    if (!this.#lock.held)
      return Promise.reject(new StoreWriteError(`The lock of ${this.#file.path} is not held`));
    const data = this.#tracker.raw;
    const lastHandled = data.handledEvents.at(-1)?.key;
    const seq = this.#writer.seq + 1;
    let recorded: ReturnType<Tracker<Db>['record']> & { result: T };
    let entries: AuditEntry[];
    let text: string;
    try {
      recorded = this.#tracker.record(() => change(this.#tracker.view));
      try {
        entries = audit(recorded.result).map((entry) => ({ ...entry, seq }));
        const line = checkedLine(
          entryFor(data, recorded.changes, lastHandled, { seq, audit: entries }),
          this.#seal,
        );
        // The store never writes what it cannot load: such a change is refused before it is confirmed.
        if ('problem' in line)
          throw new Error(`Store: a change was refused, it would not load again: ${line.problem}`);
        text = line.text;
      } catch (error) {
        recorded.changes.undo();
        throw error;
      }
    } catch (error) {
      return Promise.reject(error);
    }
    this.#messages.changed(recorded.changes);
    this.#ids.changed(recorded.changes);
    for (const tally of this.#tallies.values()) tally.changed(recorded.changes);
    this.#confidential.changed(recorded.changes);
    const changes: Changes = {
      ...recorded.changes,
      undo: () => {
        recorded.changes.undo();
        this.#messages.drop();
        this.#ids.drop();
        for (const tally of this.#tallies.values()) tally.drop();
        this.#confidential.drop();
      },
    };
    this.#writer.seq = seq;
    return new Promise<T>((resolve, reject) => {
      this.#writer.submit({
        text,
        audit: entries,
        changes,
        seq,
        done: () => {
          this.#lastWrite = new Date();
          resolve(recorded.result);
        },
        failed: (error) => {
          this.#lastFailure = new Date();
          reject(error);
        },
      });
    });
  }

  /**
   * How the store is doing, for the health check: its items, the bytes in the journal (not yet
   * folded into db.json), and when a change last reached the disk or last failed to.
   */
  get state(): { items: number; journalBytes: number; lastWrite?: Date; lastFailure?: Date } {
    const db = this.#tracker.raw;
    const items = Object.values(ITEM_COLLECTIONS).reduce((sum, key) => sum + db[key].length, 0);
    return {
      items,
      journalBytes: this.#writer.size,
      ...(this.#lastWrite ? { lastWrite: this.#lastWrite } : {}),
      ...(this.#lastFailure ? { lastFailure: this.#lastFailure } : {}),
    };
  }

  /** How often db.json was written in full since the store was opened (for the benchmark). */
  get compactions(): number {
    return this.#compactions;
  }

  /** Resolves when every change applied so far is on disk (or undone). */
  written(): Promise<void> {
    return this.#writer.written();
  }

  #compactIfDue(): void {
    if (this.#compacting || this.#closed) return;
    const due =
      this.#writer.lines >= this.#limits.lines ||
      this.#writer.size >= Math.max(this.#limits.bytes, this.#file.size / 4);
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
   * starts at a moment when every applied change is on disk, and serializes a slice at a
   * time (see snapshot.ts); changes that come meanwhile go on into the journal, and
   * replay skips the lines db.json holds.
   */
  async #compact(): Promise<void> {
    if (!this.#lock.held) throw new StoreWriteError(`The lock of ${this.#file.path} is not held`);
    const quiet = async () => {
      await new Promise((resolve) => setImmediate(resolve));
      while (!this.#writer.quiet) await this.#writer.written();
    };
    await quiet();
    const data = this.#tracker.raw;
    const { seq, size, lines } = this.#writer;
    data.journalSeq = seq;
    // Audit entries of the lines about to go must be on disk first.
    await writeSnapshot(this.#file, data, quiet, () => this.#audit.sync());
    this.#compactions++;
    await this.#writer.exclusive(async () => {
      await this.#journal.keepFrom(size, this.#writer.size);
      this.#writer.dropped(size, lines);
    });
  }

  /**
   * The whole store as the text of one db.json, once every change applied so far is on disk:
   * it needs no journal beside it (a backup). Called in turn with the events (`bot.exclusive`),
   * so no change comes in meanwhile and the copy holds exactly what was confirmed.
   */
  async wholeText(): Promise<string> {
    await this.idle();
    return JSON.stringify({ ...this.#tracker.raw, journalSeq: this.#writer.seq });
  }

  /** Resolves when every change is on disk and no compaction runs (tests, the benchmark). */
  async idle(): Promise<void> {
    while (this.#writer.flushing || this.#compacting) await (this.#writer.flushing ?? this.#compacting);
    await this.#audit.settled();
  }

  /** Rewrites the audit trail with the changes (to forget a former member). */
  async rewriteAudit(
    change: (entry: AuditEntry) => AuditEntry,
    damaged: (text: string) => string,
  ): Promise<void> {
    await this.idle();
    await this.#audit.rewrite(change, damaged);
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
    // The daily snapshots hold the old id too: they go, and the next one (within a minute, as a service) does not.
    await dropSnapshots(join(dirname(this.#file.path), 'backups'));
  }

  auditCount(actor: string): Promise<number> {
    return this.#audit.countFor(actor);
  }

  /** Waits for pending writes, writes the store in full, and lets go of the folder. */
  async close(): Promise<void> {
    this.#closed = true;
    await this.idle();
    if (this.#writer.lines > 0 || this.#writer.broken) await this.#compact().catch(() => undefined);
    await this.#journal.close();
    await this.#audit.close();
    this.#lock.release();
  }
}
