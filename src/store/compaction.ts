import { StoreWriteError } from '../core/errors.ts';
import type { Logger } from '../ops/log.ts';
import type { AuditLog } from './audit.ts';
import type { DbFile } from './db-file.ts';
import type { GroupCommit } from './group-commit.ts';
import type { JournalFile } from './journal.ts';
import type { FolderLock } from './lock.ts';
import { writeSnapshot } from './recovery.ts';
import type { Db } from './schema.ts';

/** What a compaction works on: the store's data, its files, and the writer of its journal. */
export interface CompactionParts {
  readonly data: () => Db;
  readonly file: DbFile;
  readonly journal: JournalFile;
  readonly audit: AuditLog;
  readonly writer: GroupCommit;
  readonly lock: FolderLock;
  readonly logger: Logger;
  /** Due after this many journal lines, or from this many bytes (or a quarter of db.json if more). */
  readonly limits: { readonly lines: number; readonly bytes: number };
}

/**
 * Folding the journal into db.json: when it is due, and the writing itself, off the reply
 * path. Only one runs at a time; once stopped (the store closes), none starts by itself.
 */
export class Compaction {
  readonly #data: () => Db;
  readonly #file: DbFile;
  readonly #journal: JournalFile;
  readonly #audit: AuditLog;
  readonly #writer: GroupCommit;
  readonly #lock: FolderLock;
  readonly #logger: Logger;
  readonly #limits: { readonly lines: number; readonly bytes: number };
  #running: Promise<void> | undefined;
  #count = 0;
  #stopped = false;

  constructor(parts: CompactionParts) {
    this.#data = parts.data;
    this.#file = parts.file;
    this.#journal = parts.journal;
    this.#audit = parts.audit;
    this.#writer = parts.writer;
    this.#lock = parts.lock;
    this.#logger = parts.logger;
    this.#limits = parts.limits;
  }

  /** The compaction that runs now, if any. */
  get running(): Promise<void> | undefined {
    return this.#running;
  }

  /** How often db.json was written in full. */
  get count(): number {
    return this.#count;
  }

  /** No compaction starts by itself any more (the store closes). */
  stop(): void {
    this.#stopped = true;
  }

  /** Starts a compaction, soon, when the journal holds enough; an error is logged. */
  ifDue(): void {
    if (this.#running || this.#stopped) return;
    const due =
      this.#writer.lines >= this.#limits.lines ||
      this.#writer.size >= Math.max(this.#limits.bytes, this.#file.size / 4);
    if (!due) return;
    this.#running = new Promise((resolve) => setImmediate(resolve))
      .then(() => this.run())
      .catch((error: unknown) =>
        this.#logger.error(`The file ${this.#file.path} could not be updated`, error),
      )
      .finally(() => {
        this.#running = undefined;
      });
  }

  /**
   * Writes the whole store to db.json and drops the journal lines it now holds. It
   * starts at a moment when every applied change is on disk, and serializes a slice at a
   * time (see snapshot.ts); changes that come meanwhile go on into the journal, and
   * replay skips the lines db.json holds.
   */
  async run(): Promise<void> {
    if (!this.#lock.held) throw new StoreWriteError(`The lock of ${this.#file.path} is not held`);
    const quiet = async () => {
      await new Promise((resolve) => setImmediate(resolve));
      while (!this.#writer.quiet) await this.#writer.written();
    };
    await quiet();
    const data = this.#data();
    const { seq, size, lines } = this.#writer;
    data.journalSeq = seq;
    // Audit entries of the lines about to go must be on disk first.
    await writeSnapshot(this.#file, data, quiet, () => this.#audit.sync());
    this.#count++;
    await this.#writer.exclusive(async () => {
      await this.#journal.keepFrom(size, this.#writer.size);
      this.#writer.dropped(size, lines);
    });
  }
}
