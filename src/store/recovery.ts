import { StartupError } from '../core/errors.ts';
import type { Logger } from '../ops/log.ts';
import type { AuditLog } from './audit.ts';
import { raiseCounters } from './counters.ts';
import { type DbFile, keepBackup } from './db-file.ts';
import type { JournalContents, JournalEntry, JournalFile } from './journal.ts';
import { lostRanges, reportLost } from './journal-check.ts';
import type { Db } from './schema.ts';
import { serializeInSlices } from './snapshot.ts';
import { problemOf } from './snapshot-check.ts';

/** A snapshot that would not load: it is never written. */
export class SnapshotRefused extends Error {
  override readonly name = 'SnapshotRefused';
}

/**
 * Writes the whole store to db.json, a slice at a time (see snapshot.ts), checking every
 * part against the schema on the way. A snapshot that would not load is never written:
 * `SnapshotRefused` names the first place that fails (never its value), and db.json stays
 * as it was. `beforeWrite` runs once the text is ready, just before it is written.
 */
export async function writeSnapshot(
  file: DbFile,
  data: Db,
  between: () => Promise<void>,
  beforeWrite: () => Promise<void> = async () => {},
): Promise<void> {
  let problem: string | undefined;
  const text = await serializeInSlices(data, between, (key, value, offset) => {
    problem ??= problemOf(key, value, offset);
  });
  if (problem !== undefined)
    throw new SnapshotRefused(
      `Het bestand ${file.path} is niet bijgewerkt: de gegevens kloppen niet bij ${problem}. Het journaal blijft bewaard.`,
    );
  await beforeWrite();
  await file.writeText(text, true);
}

/**
 * `npm start -- --herstel` on a journal with damaged lines, as a transaction: nothing is
 * moved before it is safe. In order:
 * 1. the lost changes are named from the audit trail (only read), and the counters are
 *    raised past the ids they were given;
 * 2. db.json is kept as `db.json.1` and the recovered data (db.json with the good lines
 *    replayed) is written as the new db.json, checked and synced;
 * 3. the audit entries of the good lines are added to `audit.jsonl` where missing;
 * 4. only then is the damaged journal moved aside (renamed, never deleted).
 * Interrupted anywhere (a crash, a full disk), the damaged journal is still in its place:
 * a normal start refuses, as before, and a second `--herstel` does it all again and
 * finishes (the good lines db.json already holds are skipped by their number). Until step 2
 * has written db.json, no file has changed. Returns the highest change number the audit trail holds.
 */
export async function recover(parts: {
  readonly data: Db;
  readonly entries: readonly JournalEntry[];
  readonly contents: JournalContents;
  readonly snapshotSeq: number;
  readonly file: DbFile;
  readonly journal: JournalFile;
  readonly audit: AuditLog;
  readonly logger: Logger;
}): Promise<number> {
  const { data, entries, file, journal, audit, logger } = parts;
  const lost = await reportLost(lostRanges(parts.contents, parts.snapshotSeq), audit, logger);
  // An id given out by a lost change is not given to another item.
  raiseCounters(
    data,
    lost.flatMap((entry) => (entry.target ? [entry.target] : [])),
  );
  data.journalSeq = Math.max(parts.snapshotSeq, ...entries.map((entry) => entry.seq ?? 0));
  if (file.found) await keepBackup(file.path);
  await writeSnapshot(file, data, async () => {}).catch((error: unknown) => {
    if (error instanceof SnapshotRefused)
      throw new StartupError(
        `${error.message} Er is niets verplaatst; het journaal staat nog op zijn plaats.`,
        'The recovered data would not load, so it was not written. Nothing was moved; the journal is still in its place.',
      );
    throw error;
  });
  const audited = await audit.catchUp(entries);
  const aside = await journal.moveAside(new Date().toISOString().replace(/[:.]/g, '-'));
  logger.warn(`Recovery: done. The damaged journal is now in ${aside} (it is not deleted).`);
  return audited;
}
