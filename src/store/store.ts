import { copyFile, mkdir, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { StoreWriteError } from '../core/errors.ts';
import { dropSnapshots } from '../ops/backups/rotation.ts';
import type { AuditEntry, AuditLog } from './audit.ts';
import { Compaction } from './compaction.ts';
import { type DbFile, KEPT_BACKUPS } from './db-file.ts';
import { GroupCommit } from './group-commit.ts';
import { entryFor, type JournalFile } from './journal.ts';
import { checkedLine } from './journal-line.ts';
import { FolderLock } from './lock.ts';
import { openParts, type StoreOptions, type StoreParts } from './opening.ts';
import { type Db, ITEM_COLLECTIONS, type ItemCollection } from './schema.ts';
import type { Seal } from './seal.ts';
import { StoreIndexes } from './store-indexes.ts';
import { type Changes, Tracker } from './tracker.ts';

export { syncCount } from './durable-file.ts';
export type { StoreOptions } from './opening.ts';

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
export class Store {
  readonly #file: DbFile;
  readonly #journal: JournalFile;
  readonly #audit: AuditLog;
  readonly #seal: Seal;
  readonly #lock: FolderLock;
  readonly #tracker: Tracker<Db>;
  readonly #writer: GroupCommit;
  readonly #indexes: StoreIndexes;
  readonly #compaction: Compaction;
  /** When a change last reached the disk, and when one last could not (for /healthz). */
  #lastWrite: Date | undefined;
  #lastFailure: Date | undefined;

  private constructor(parts: StoreParts) {
    this.#file = parts.file;
    this.#journal = parts.journal;
    this.#audit = parts.audit;
    this.#seal = parts.seal;
    this.#lock = parts.lock;
    this.#tracker = new Tracker(parts.data, Object.values(ITEM_COLLECTIONS), ['handledEvents']);
    this.#indexes = new StoreIndexes(this.#tracker);
    this.#writer = new GroupCommit({
      journal: parts.journal,
      audit: parts.audit,
      logger: parts.logger,
      seq: parts.seq,
      ...parts.written,
      idle: () => this.#compaction.ifDue(),
    });
    this.#compaction = new Compaction({
      data: () => this.#tracker.raw,
      file: parts.file,
      journal: parts.journal,
      audit: parts.audit,
      writer: this.#writer,
      lock: parts.lock,
      logger: parts.logger,
      limits: parts.limits,
    });
  }

  static async open(dataDir: string, options: StoreOptions = {}): Promise<Store> {
    await mkdir(dataDir, { recursive: true });
    const lock = options.lock ?? (await FolderLock.take(dataDir));
    if (!lock.held || lock.dataDir !== dataDir) throw new Error(`Store: the lock of ${dataDir} is not held`);
    try {
      const { parts, writeInFull } = await openParts(dataDir, lock, options);
      const store = new Store(parts);
      // A new or upgraded store is written in full once (a recovered one was, before its
      // journal was moved aside). A replayed journal stays (it is on disk already) until it
      // is due to be folded in, as during the run: start-up does not wait for db.json to be rewritten.
      if (writeInFull) await store.#compaction.run();
      else store.#compaction.ifDue();
      return store;
    } catch (error) {
      lock.release();
      throw error;
    }
  }

  /** Whether this start made the store: there was no db.json. */
  get created(): boolean {
    return !this.#file.found;
  }

  /** The schema version db.json had when this start upgraded it; undefined when it needed no upgrade. */
  get upgradedFrom(): number | undefined {
    return this.#file.upgradedFrom;
  }

  /**
   * The current data. Read it freely; change it only inside `transact` (a write
   * anywhere else is refused with an error).
   */
  get db(): Db {
    return this.#tracker.view;
  }

  /** The item whose announcement (its thread root) or pending preview is this message, if any. */
  itemByMessage(message: string): Db[ItemCollection][number] | undefined {
    return this.#indexes.itemByMessage(message);
  }

  /** The item of a collection with this id, if any. */
  item<K extends ItemCollection>(collection: K, id: string): Db[K][number] | undefined {
    return this.#indexes.item(collection, id);
  }

  /**
   * Sums over the items of a collection by key (the budget: cents per year, category and
   * step), kept in step with every change (see store-indexes.ts). `share` says what one item
   * adds; it must only read, and be the same for the same `name`.
   */
  tally<K extends ItemCollection>(
    name: string,
    collection: K,
    share: (item: Db[K][number]) => readonly [key: string, amount: number] | undefined,
  ): (key: string) => number {
    return this.#indexes.tally(name, collection, share);
  }

  /** Every message that announces an item or shows its preview: an adapter continues its numbering after them. */
  knownMessages(): string[] {
    return this.#indexes.knownMessages();
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
    this.#indexes.changed(recorded.changes);
    const changes: Changes = {
      ...recorded.changes,
      undo: () => {
        recorded.changes.undo();
        this.#indexes.drop();
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
    return this.#compaction.count;
  }

  /** Resolves when every change applied so far is on disk (or undone). */
  written(): Promise<void> {
    return this.#writer.written();
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
    while (this.#writer.flushing || this.#compaction.running)
      await (this.#writer.flushing ?? this.#compaction.running);
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
    await this.#compaction.run();
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
    this.#compaction.stop();
    await this.idle();
    if (this.#writer.lines > 0 || this.#writer.broken) await this.#compaction.run().catch(() => undefined);
    await this.#journal.close();
    await this.#audit.close();
    this.#lock.release();
  }
}
