import { copyFile, mkdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { type Adapter, Low } from 'lowdb';
import { StartupError, StoreWriteError } from '../errors.ts';
import { type AuditEntry, AuditLog } from './audit.ts';
import { readTextIfExists, writeFileDurably } from './durable-file.ts';
import { entryFor, JournalFile, replay } from './journal.ts';
import { acquireLock } from './lock.ts';
import { migrate } from './migrations.ts';
import { type Db, dbSchema, emptyDb, ITEM_COLLECTIONS, SCHEMA_VERSION } from './schema.ts';
import { Tracker } from './tracker.ts';

const KEPT_BACKUPS = 3;
/** After this many journal lines the whole store is written again and the journal emptied. */
const COMPACT_AFTER = 1_000;

function invalid(path: string, detail: string): StartupError {
  return new StartupError(
    `Het gegevensbestand ${path} ${detail} De bot start niet en laat het bestand ongemoeid. Zet een reservekopie terug (db.json.1, .2 of .3), zie de README.`,
  );
}

/** lowdb's adapter for `db.json`: validated (and upgraded) on read, written durably. */
class DbFile implements Adapter<Db> {
  readonly path: string;
  found = false;
  /** Whether the file was written by an older version and upgraded on read. */
  migrated = false;

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
    this.migrated = typeof version === 'number' && version < SCHEMA_VERSION;
    return validate(this.path, migrate(json));
  }

  async write(db: Db): Promise<void> {
    await writeFileDurably(this.path, JSON.stringify(db));
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
  /** Journal lines before the store is written in full again (default 1,000). */
  readonly compactAfter?: number;
}

/**
 * The panel's data: lowdb on `<dataDir>/db.json`, with a journal beside it so a change
 * costs the same in the tenth year as in the first. Changes go one at a time through
 * `transact`; the store sees every write a change makes (the data is handed out as a
 * watched view), so all of it reaches the journal. A change that throws or cannot be
 * written is undone, leaving memory equal to disk.
 */
export class Store {
  readonly #low: Low<Db>;
  readonly #file: DbFile;
  readonly #journal: JournalFile;
  readonly #audit: AuditLog;
  readonly #release: () => Promise<void>;
  readonly #compactAfter: number;
  readonly #tracker: Tracker<Db>;
  #queue: Promise<unknown> = Promise.resolve();
  #journalLines = 0;
  #journalSuspect = false;

  private constructor(
    low: Low<Db>,
    file: DbFile,
    journal: JournalFile,
    audit: AuditLog,
    release: () => Promise<void>,
    compactAfter: number,
  ) {
    this.#low = low;
    this.#file = file;
    this.#journal = journal;
    this.#audit = audit;
    this.#release = release;
    this.#compactAfter = compactAfter;
    this.#tracker = new Tracker(low.data, Object.values(ITEM_COLLECTIONS));
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
        replay(low.data, entries);
        low.data = validate(journal.path, low.data);
      }
      if (file.found) await keepBackup(file.path);
      const store = new Store(
        low,
        file,
        journal,
        new AuditLog(join(dataDir, 'audit.jsonl')),
        release,
        options.compactAfter ?? COMPACT_AFTER,
      );
      // A new or upgraded store is written in full once, so db.json always exists in the current format.
      if (entries.length > 0 || !file.found || file.migrated) await store.#compact();
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
   * Applies `change` to the data and writes what it changed to disk before resolving.
   * The store finds the changed items itself. If `change` throws, or the write fails,
   * the change is undone and the error passed on (a failed write as `StoreWriteError`).
   * An object the change puts into the data is copied in; when the change returns such
   * an object, `transact` resolves with the store's own copy.
   */
  transact<T>(change: (db: Db) => T, audit: (result: T) => AuditEntry[]): Promise<T> {
    const run = this.#queue.then(() => this.#apply(change, audit));
    this.#queue = run.catch(() => undefined);
    return run;
  }

  async #apply<T>(change: (db: Db) => T, audit: (result: T) => AuditEntry[]): Promise<T> {
    const data = this.#tracker.raw;
    const lastHandled = data.handledEvents.at(-1)?.key;
    const { result, changes } = this.#tracker.record(() => change(this.#tracker.view));
    try {
      if (this.#journalSuspect || this.#journalLines >= this.#compactAfter) {
        await this.#compact();
      } else {
        // Serialized before any await: the line is the data as it is at the end of the change.
        await this.#journal.append(entryFor(data, changes, lastHandled));
        this.#journalLines++;
      }
    } catch (error) {
      // A failed append may have left half a line: the next write replaces the journal.
      this.#journalSuspect = true;
      changes.undo();
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
    this.#journalLines = 0;
    await this.#journal.clear();
    this.#journalSuspect = false;
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
    if (this.#journalLines > 0) await this.#compact().catch(() => undefined);
    await this.#audit.close();
    await this.#release();
  }
}

/** Keeps the last good copies as `db.json.1` (newest) … `db.json.3`. */
async function keepBackup(path: string): Promise<void> {
  for (let index = KEPT_BACKUPS - 1; index >= 1; index--) {
    await rename(`${path}.${index}`, `${path}.${index + 1}`).catch(() => undefined);
  }
  await copyFile(path, `${path}.1`);
}
