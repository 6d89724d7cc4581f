// @ts-nocheck
import { access, mkdir, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Bot } from '../../src/core/bot.ts';
import type { ScheduledContext, ScheduledJob } from '../../src/core/command.ts';
import { snapshotDate, snapshotName, snapshotsToKeep } from '../../src/ops/backups/rotation.ts';
import { BACKUPS, pack, stage } from './archive.ts';

/**
 * A snapshot of the whole data folder in `backups/` at start and every day after (when the
 * clock passes midnight), as `2026-12-05.tar.gz`; then the old ones beyond config.json's
 * `backups` (7 daily, 4 weekly) go. The copy is taken in the scheduler's turn (nothing
 * changes meanwhile); packing it happens after, so commands wait only for the copy.
 */
export class DailySnapshots implements ScheduledJob {
  readonly name = 'snapshots';
  readonly #bot: Bot;
  readonly #dataDir: string;
  #taken: string | undefined;
  #packing: Promise<void> = Promise.resolve();

  constructor(bot: Bot, dataDir: string) {
    this.#bot = bot;
    this.#dataDir = dataDir;
  }

  async run(context: ScheduledContext): Promise<void> {
    const folder = join(this.#dataDir, BACKUPS);
    const file = join(folder, snapshotName(context.today));
    // Once a day; again when today's is gone (after /privacy vergeet dropped the snapshots).
    await this.#packing;
    if (this.#taken === context.today && (await exists(file))) return;
    this.#taken = context.today;
    await mkdir(folder, { recursive: true, mode: 0o700 });
    const staged = await stage(this.#dataDir, this.#bot.store);
    this.#packing = this.#packing
      .then(() => pack(staged, file))
      .then(() => this.#rotate(folder))
      .catch((error: unknown) =>
        this.#bot.logger.error(`De reservekopie ${file} kon niet worden gemaakt`, error),
      );
  }

  /** Resolves when the snapshot in hand is packed and the old ones are gone. */
  idle(): Promise<void> {
    return this.#packing;
  }

  async #rotate(folder: string): Promise<void> {
    const names = await readdir(folder);
    const dates = names.map(snapshotDate).filter((date): date is string => date !== undefined);
    const keep = snapshotsToKeep(dates, this.#bot.config.backups);
    for (const date of dates)
      if (!keep.has(date)) await rm(join(folder, snapshotName(date)), { force: true });
  }
}

function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}
