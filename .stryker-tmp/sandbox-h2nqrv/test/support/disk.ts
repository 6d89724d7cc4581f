// @ts-nocheck
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { JournalFile, replay } from '../../src/store/journal.ts';
import { type Db, emptyDb } from '../../src/store/schema.ts';

/** What a data folder holds on disk: `db.json` with the journal replayed over it, as JSON. */
export async function diskState(dir: string): Promise<string> {
  let db: Db;
  try {
    db = JSON.parse(await readFile(join(dir, 'db.json'), 'utf8')) as Db;
  } catch {
    db = emptyDb();
  }
  const journal = join(dir, 'db.journal.jsonl');
  const isFile = await stat(journal).then(
    (info) => info.isFile(),
    () => false,
  );
  if (isFile)
    replay(
      db,
      (await new JournalFile(journal).read()).lines
        .map((line) => line.entry)
        .filter((entry) => (entry.seq ?? Number.POSITIVE_INFINITY) > (db.journalSeq ?? 0)),
    );
  return JSON.stringify(db);
}
