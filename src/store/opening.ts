import { join } from 'node:path';
import { type Adapter, Low } from 'lowdb';
import { BUILT_IN_TERMS, recordFirstAgreement } from '../domain/agreements.ts';
import { consoleLogger, type Logger } from '../ops/log.ts';
import { localYear } from '../time/time.ts';
import { AuditLog } from './audit.ts';
import { countersFollowItems } from './counters.ts';
import { DbFile, keepBackup } from './db-file.ts';
import { JournalFile, replay } from './journal.ts';
import { checkJournal, linesToReplay } from './journal-check.ts';
import type { FolderLock } from './lock.ts';
import { recover } from './recovery.ts';
import { type AgreementTerms, type Db, emptyDb } from './schema.ts';
import { Seal } from './seal.ts';

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

/** A new store: empty, with the first agreement in force. */
function newDb(firstTerms: AgreementTerms): Db {
  const data = emptyDb();
  recordFirstAgreement(data, firstTerms, new Date().toISOString(), 'start');
  return data;
}

/** What the running store is made of, read from the data folder at start. */
export interface StoreParts {
  readonly data: Db;
  readonly file: DbFile;
  readonly journal: JournalFile;
  readonly audit: AuditLog;
  readonly seal: Seal;
  readonly lock: FolderLock;
  readonly logger: Logger;
  /** The number of the last change: in db.json, the journal or the audit trail. */
  readonly seq: number;
  /** What the journal holds that db.json does not (nothing after a recovery). */
  readonly written: { readonly size: number; readonly lines: number };
  readonly limits: { readonly lines: number; readonly bytes: number };
}

/**
 * Opens the store's files in the folder whose lock is held: reads db.json (or makes a new
 * store), replays the journal (or recovers from a damaged one, with `recover`), and brings
 * the audit trail up to date. `writeInFull`: the store is to be written to db.json at once
 * (it is new or upgraded).
 */
export async function openParts(
  dataDir: string,
  lock: FolderLock,
  options: StoreOptions,
): Promise<{ parts: StoreParts; writeInFull: boolean }> {
  const logger = options.logger ?? consoleLogger;
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
      `Recovery: the counter of ${raised.join(', ')} was behind the numbers that exist; it is raised, so no number is handed out twice.`,
    );
  const audited = recovering
    ? await recover({ data, entries, contents, snapshotSeq, file, journal, audit, logger })
    : await audit.catchUp(entries);
  if (!recovering && file.found) await keepBackup(file.path);
  const parts: StoreParts = {
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
  };
  return { parts, writeInFull: !recovering && (!file.found || file.migrated) };
}
