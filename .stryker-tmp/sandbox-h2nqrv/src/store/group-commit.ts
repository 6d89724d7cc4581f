// @ts-nocheck
import { StoreWriteError } from '../core/errors.ts';
import type { Logger } from '../ops/log.ts';
import type { AuditEntry, AuditLog } from './audit.ts';
import type { JournalFile } from './journal.ts';
import type { Changes } from './tracker.ts';

/** A change applied in memory whose journal line waits to be written. */
export interface Pending {
  readonly text: string;
  readonly audit: readonly AuditEntry[];
  readonly changes: Changes;
  readonly seq: number;
  readonly done: () => void;
  readonly failed: (error: Error) => void;
}

/**
 * Writes journal lines in batches (group commit): whatever arrives while a batch is
 * written goes into the next one, so many changes share one write and one fdatasync.
 * A line counts as written only after its fdatasync. When a batch cannot be written,
 * that batch and every change applied after it are undone, newest first, and the
 * journal is cut back to its last good byte at once (or, if that fails too, before the
 * next write).
 */
export class GroupCommit {
  readonly #journal: JournalFile;
  readonly #audit: AuditLog;
  readonly #logger: Logger;
  readonly #idle: () => void;
  #pending: Pending[] = [];
  #chain: Promise<unknown> = Promise.resolve();
  #broken = false;
  #waiters: Array<{ readonly seq: number; readonly resolve: () => void }> = [];
  /** The promise of the batches being written, while there are any. */
  flushing: Promise<void> | undefined;
  /** The number of the last change handed out, and of the last one on disk. */
  seq: number;
  #writtenSeq: number;
  /** Bytes and lines of the journal that are on disk. */
  size: number;
  lines: number;

  constructor(parts: {
    journal: JournalFile;
    audit: AuditLog;
    logger: Logger;
    seq: number;
    size: number;
    lines: number;
    /** Called whenever the last waiting batch is written. */
    idle: () => void;
  }) {
    this.#journal = parts.journal;
    this.#audit = parts.audit;
    this.#logger = parts.logger;
    this.#idle = parts.idle;
    this.seq = parts.seq;
    this.#writtenSeq = parts.seq;
    this.size = parts.size;
    this.lines = parts.lines;
  }

  submit(pending: Pending): void {
    this.#pending.push(pending);
    if (this.flushing) return;
    this.flushing = (async () => {
      while (this.#pending.length > 0) {
        // Changes already on their way (the same turn of the event loop) join this batch.
        await new Promise((resolve) => setImmediate(resolve));
        const batch = this.#pending.splice(0);
        await this.exclusive(() => this.#write(batch));
      }
      this.flushing = undefined;
      this.#idle();
    })();
  }

  /** Runs journal work (a write, a cut, dropping lines) when no other journal work runs. */
  exclusive<T>(work: () => Promise<T>): Promise<T> {
    const run = this.#chain.then(work);
    this.#chain = run.catch(() => undefined);
    return run;
  }

  /** Inside `exclusive`: the first `size` bytes and `lines` lines are in db.json now and gone from the journal. */
  dropped(size: number, lines: number): void {
    this.#broken = false;
    this.size -= size;
    this.lines -= lines;
  }

  /** Whether the journal may hold bytes past its last good line. */
  get broken(): boolean {
    return this.#broken;
  }

  /** Whether every change applied so far is on disk. */
  get quiet(): boolean {
    return this.#writtenSeq >= this.seq;
  }

  /** Resolves when every change applied so far is on disk (or undone). */
  written(): Promise<void> {
    const seq = this.seq;
    if (this.#writtenSeq >= seq) return Promise.resolve();
    return new Promise((resolve) => this.#waiters.push({ seq, resolve }));
  }

  async #write(batch: Pending[]): Promise<void> {
    const text = batch.map((pending) => pending.text).join('');
    try {
      if (this.#broken) await this.#journal.cut(this.size);
      this.#broken = false;
      await this.#journal.append(text);
    } catch (error) {
      // Whole lines of the batch may have reached the disk before it failed: they are cut
      // off now, or they would come back at the next start though they were refused.
      this.#broken = !(await this.#journal.cut(this.size).then(
        () => true,
        () => false,
      ));
      if (this.#broken) await this.#journal.close().catch(() => undefined);
      const failed = [...batch, ...this.#pending.splice(0)];
      for (let index = failed.length - 1; index >= 0; index--) failed[index]!.changes.undo();
      this.seq = batch[0]!.seq - 1;
      const wrapped = new StoreWriteError(`Writing ${this.#journal.path} failed`, { cause: error });
      for (const pending of failed) pending.failed(wrapped);
      this.#wake(Number.POSITIVE_INFINITY);
      return;
    }
    this.size += Buffer.byteLength(text);
    this.lines += batch.length;
    this.#audit.append(batch.flatMap((pending) => pending.audit)).catch((error: unknown) => {
      this.#logger.error('Het auditlogboek kon niet worden bijgewerkt', error);
    });
    for (const pending of batch) pending.done();
    this.#wake(batch.at(-1)!.seq);
  }

  #wake(seq: number): void {
    this.#writtenSeq = Math.min(Math.max(this.#writtenSeq, seq), this.seq);
    const ready = this.#waiters.filter((waiter) => waiter.seq <= seq);
    this.#waiters = this.#waiters.filter((waiter) => waiter.seq > seq);
    for (const waiter of ready) waiter.resolve();
  }
}
