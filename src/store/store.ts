import { copyFile, mkdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { type Adapter, Low } from 'lowdb';
import { StartupError, StoreWriteError } from '../errors.ts';
import { type AuditEntry, AuditLog } from './audit.ts';
import { readTextIfExists, writeFileDurably } from './durable-file.ts';
import { allItems, applyEntry, entryFor, type JournalEntry, JournalFile } from './journal.ts';
import { acquireLock } from './lock.ts';
import { migrate } from './migrations.ts';
import { type Db, dbSchema, emptyDb, SCHEMA_VERSION } from './schema.ts';

const KEPT_BACKUPS = 3;
/** After this many journal lines the whole store is written again and the journal emptied. */
const COMPACT_AFTER = 1_000;

/** The items a change touched, so only they go into the journal; `all` rewrites everything. */
export type Touched = readonly string[] | 'all';

function invalid(path: string, detail: string): StartupError {
  return new StartupError(
    `Het gegevensbestand ${path} ${detail} De bot start niet en laat het bestand ongemoeid. Zet een reservekopie terug (db.json.1, .2 of .3), zie de README.`,
  );
}

/** lowdb's adapter for `db.json`: validated (and upgraded) on read, written durably. */
class DbFile implements Adapter<Db> {
  readonly path: string;
  found = false;

  constructor(path: string) {
    this.path = path;
  }

  async read(): Promise<Db | null> {
    const text = await readTextIfExists(this.path);
    if (text === null) return null;
    this.found = true;
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      throw invalid(this.path, `is beschadigd (geen geldige JSON: ${(error as Error).message}).`);
    }
    const version = (json as { schemaVersion?: unknown } | null)?.schemaVersion;
    if (typeof version === 'number' && version > SCHEMA_VERSION) {
      throw new StartupError(
        `Het gegevensbestand ${this.path} is gemaakt door een nieuwere versie van de bot (schemaVersion ${version}; deze versie kent ${SCHEMA_VERSION}). ` +
          'Werk de bot bij; het bestand blijft ongemoeid.',
      );
    }
    return validate(this.path, migrate(json));
  }

  /** The text last written: what a rollback returns to, without serializing the store again. */
  written = '';

  async write(db: Db): Promise<void> {
    const text = JSON.stringify(db);
    await writeFileDurably(this.path, text);
    this.written = text;
  }
}

function validate(path: string, json: unknown): Db {
  const result = dbSchema.safeParse(json);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const where = issue.path.map(String).join('.') || '(het hele bestand)';
  throw invalid(path, `klopt niet bij '${where}': ${issue.message}.`);
}

export interface StoreOptions {
  /** Take the one-writer lock on the folder (default true). */
  readonly lock?: boolean;
  /**
   * Check after every change that it touched only the items it declared (tests switch
   * this on with STADSPANEL_VERIFY_STORE=1); a change that does not is refused.
   */
  readonly verify?: boolean;
  /** Journal lines before the store is written in full again (default 1,000). */
  readonly compactAfter?: number;
}

/**
 * The panel's data: lowdb on `<dataDir>/db.json`, with a journal beside it so a change
 * costs the same in the tenth year as in the first. Changes go one at a time through
 * `transact`; a change that throws or cannot be written leaves memory equal to disk.
 */
export class Store {
  readonly #low: Low<Db>;
  readonly #file: DbFile;
  readonly #journal: JournalFile;
  readonly #audit: AuditLog;
  readonly #release: () => Promise<void>;
  readonly #verify: boolean;
  readonly #compactAfter: number;
  #queue: Promise<unknown> = Promise.resolve();
  /** The data as last written in full, and the journal lines since: what a rollback returns to. */
  #base: string;
  #sinceBase: JournalEntry[] = [];
  #journalSuspect = false;

  private constructor(
    low: Low<Db>,
    file: DbFile,
    journal: JournalFile,
    audit: AuditLog,
    release: () => Promise<void>,
    options: { verify: boolean; compactAfter: number },
  ) {
    this.#low = low;
    this.#file = file;
    this.#journal = journal;
    this.#audit = audit;
    this.#release = release;
    this.#verify = options.verify;
    this.#compactAfter = options.compactAfter;
    this.#base = JSON.stringify(low.data);
  }

  static async open(dataDir: string, options: StoreOptions = {}): Promise<Store> {
    await mkdir(dataDir, { recursive: true });
    const release = options.lock === false ? async () => {} : await acquireLock(join(dataDir, 'db.lock'));
    try {
      const file = new DbFile(join(dataDir, 'db.json'));
      const journal = new JournalFile(join(dataDir, 'db.journal.jsonl'));
      const low = new Low<Db>(file, emptyDb());
      await low.read();
      const entries = await journal.read();
      if (entries.length > 0) {
        for (const entry of entries) applyEntry(low.data, entry);
        low.data = validate(journal.path, low.data);
      }
      if (file.found) await keepBackup(file.path);
      const verify = options.verify ?? process.env.STADSPANEL_VERIFY_STORE === '1';
      const store = new Store(low, file, journal, new AuditLog(join(dataDir, 'audit.jsonl')), release, {
        verify,
        compactAfter: options.compactAfter ?? COMPACT_AFTER,
      });
      if (entries.length > 0) await store.#compact();
      return store;
    } catch (error) {
      await release();
      throw error;
    }
  }

  /** The current data. Read it freely; change it only inside `transact`. */
  get db(): Db {
    return this.#low.data;
  }

  get path(): string {
    return this.#file.path;
  }

  /**
   * Applies `change` to the data and writes it to disk before resolving. `touched` names
   * the items the change created or changed (by id); without it the whole store is
   * written. If `change` throws, or the write fails, the data is restored to what is on
   * disk and the error is passed on (a failed write as `StoreWriteError`).
   */
  transact<T>(
    change: (db: Db) => T,
    audit: (result: T) => AuditEntry[],
    touched?: (result: T) => Touched,
  ): Promise<T> {
    const run = this.#queue.then(() => this.#apply(change, audit, touched));
    this.#queue = run.catch(() => undefined);
    return run;
  }

  async #apply<T>(
    change: (db: Db) => T,
    audit: (result: T) => AuditEntry[],
    touched?: (result: T) => Touched,
  ): Promise<T> {
    const db = this.#low.data;
    const lastHandled = db.handledEvents.at(-1)?.key;
    const before = this.#verify ? snapshotItems(db) : undefined;
    let result: T;
    let declared: Touched;
    try {
      result = change(db);
      declared = touched?.(result) ?? 'all';
      if (before && declared !== 'all') checkDeclared(before, db, declared);
    } catch (error) {
      this.#rollback();
      throw error;
    }
    try {
      if (declared === 'all' || this.#journalSuspect || this.#sinceBase.length >= this.#compactAfter) {
        await this.#compact();
      } else {
        const entry = structuredClone(entryFor(db, declared, lastHandled));
        await this.#journal.append(entry);
        this.#sinceBase.push(entry);
      }
    } catch (error) {
      // A failed append may have left half a line: the next write replaces the journal.
      this.#journalSuspect = true;
      this.#rollback();
      throw new StoreWriteError(`Writing ${this.#file.path} failed`, { cause: error });
    }
    await this.#audit.append(audit(result)).catch((error: unknown) => {
      console.error(`Het auditlogboek kon niet worden bijgewerkt: ${(error as Error).message}`);
    });
    return result;
  }

  /** Writes the whole store and empties the journal. */
  async #compact(): Promise<void> {
    await this.#low.write();
    this.#base = this.#file.written;
    this.#sinceBase = [];
    await this.#journal.clear();
    this.#journalSuspect = false;
  }

  #rollback(): void {
    const data = JSON.parse(this.#base) as Db;
    for (const entry of this.#sinceBase) applyEntry(data, entry);
    this.#low.data = data;
  }

  /** Rewrites the audit trail in turn with the changes (to forget a former member). */
  rewriteAudit(change: (entry: AuditEntry) => AuditEntry): Promise<void> {
    const run = this.#queue.then(() => this.#audit.rewrite(change));
    this.#queue = run.catch(() => undefined);
    return run;
  }

  /**
   * Replaces the kept copies by one of the store as it is now (after forgetting a member,
   * older copies would still hold the old id).
   */
  replaceBackups(): Promise<void> {
    const run = this.#queue.then(async () => {
      await this.#compact();
      for (let index = 1; index <= KEPT_BACKUPS; index++)
        await rm(`${this.#file.path}.${index}`, { force: true });
      await copyFile(this.#file.path, `${this.#file.path}.1`);
    });
    this.#queue = run.catch(() => undefined);
    return run;
  }

  auditCount(actor: string): Promise<number> {
    return this.#audit.countFor(actor);
  }

  /** Waits for pending writes, writes the store in full, and lets go of the folder. */
  async close(): Promise<void> {
    await this.#queue;
    if (this.#sinceBase.length > 0) await this.#compact().catch(() => undefined);
    await this.#audit.close();
    await this.#release();
  }
}

function snapshotItems(db: Db): Map<string, string> {
  return new Map(allItems(db).map((item) => [item.id, JSON.stringify(item)]));
}

/** A change that altered an item it did not declare is a programming error: refuse it. */
function checkDeclared(before: Map<string, string>, db: Db, declared: readonly string[]): void {
  for (const item of allItems(db)) {
    if (declared.includes(item.id)) continue;
    if (before.get(item.id) !== JSON.stringify(item)) {
      throw new Error(`Store: a change altered ${item.id} without declaring it`);
    }
  }
}

/** Keeps the last good copies as `db.json.1` (newest) … `db.json.3`. */
async function keepBackup(path: string): Promise<void> {
  for (let index = KEPT_BACKUPS - 1; index >= 1; index--) {
    await rename(`${path}.${index}`, `${path}.${index + 1}`).catch(() => undefined);
  }
  await copyFile(path, `${path}.1`);
}
