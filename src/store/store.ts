import { copyFile, mkdir, rename } from 'node:fs/promises';
import { join } from 'node:path';
import { type Adapter, Low } from 'lowdb';
import { StartupError, StoreWriteError } from '../errors.ts';
import { type AuditEntry, AuditLog } from './audit.ts';
import { readTextIfExists, writeFileDurably } from './durable-file.ts';
import { acquireLock } from './lock.ts';
import { migrate } from './migrations.ts';
import { type Db, dbSchema, emptyDb, SCHEMA_VERSION } from './schema.ts';

const KEPT_BACKUPS = 3;

/** lowdb's adapter for `db.json`: validated on read, written durably. */
class DbFile implements Adapter<Db> {
  readonly path: string;
  /** The text last read from or written to disk: what the store rolls back to. */
  lastText = '';

  constructor(path: string) {
    this.path = path;
  }

  async read(): Promise<Db | null> {
    const text = await readTextIfExists(this.path);
    if (text === null) return null;
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      throw new StartupError(
        `Het gegevensbestand ${this.path} is beschadigd (geen geldige JSON: ${(error as Error).message}). ` +
          'De bot start niet en laat het bestand ongemoeid. Zet een reservekopie terug (db.json.1, .2 of .3), zie de README.',
      );
    }
    const version = (json as { schemaVersion?: unknown } | null)?.schemaVersion;
    if (typeof version === 'number' && version > SCHEMA_VERSION) {
      throw new StartupError(
        `Het gegevensbestand ${this.path} is gemaakt door een nieuwere versie van de bot (schemaVersion ${version}; deze versie kent ${SCHEMA_VERSION}). ` +
          'Werk de bot bij; het bestand blijft ongemoeid.',
      );
    }
    const result = dbSchema.safeParse(migrate(json));
    if (!result.success) {
      const issue = result.error.issues[0]!;
      const where = issue.path.map(String).join('.') || '(het hele bestand)';
      throw new StartupError(
        `Het gegevensbestand ${this.path} klopt niet bij '${where}': ${issue.message}. ` +
          'De bot start niet en laat het bestand ongemoeid. Zet een reservekopie terug (db.json.1, .2 of .3), zie de README.',
      );
    }
    this.lastText = text;
    return result.data;
  }

  async write(db: Db): Promise<void> {
    const text = JSON.stringify(db);
    await writeFileDurably(this.path, text);
    this.lastText = text;
  }
}

export interface StoreOptions {
  /** Take the one-writer lock on the folder (default true). */
  readonly lock?: boolean;
}

/**
 * The panel's data: lowdb on `<dataDir>/db.json`. Changes go one at a time through
 * `transact`; a change that throws or cannot be written leaves memory equal to disk.
 */
export class Store {
  readonly #low: Low<Db>;
  readonly #file: DbFile;
  readonly #audit: AuditLog;
  readonly #release: () => Promise<void>;
  #queue: Promise<unknown> = Promise.resolve();

  private constructor(low: Low<Db>, file: DbFile, audit: AuditLog, release: () => Promise<void>) {
    this.#low = low;
    this.#file = file;
    this.#audit = audit;
    this.#release = release;
  }

  static async open(dataDir: string, options: StoreOptions = {}): Promise<Store> {
    await mkdir(dataDir, { recursive: true });
    const release = options.lock === false ? async () => {} : await acquireLock(join(dataDir, 'db.lock'));
    try {
      const file = new DbFile(join(dataDir, 'db.json'));
      const low = new Low<Db>(file, emptyDb());
      await low.read();
      if (file.lastText === '') {
        file.lastText = JSON.stringify(low.data);
      } else {
        await keepBackup(file.path);
      }
      return new Store(low, file, new AuditLog(join(dataDir, 'audit.jsonl')), release);
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
   * Applies `change` to the data and writes it to disk before resolving. If `change`
   * throws, or the write fails, the data is restored to what is on disk and the error
   * is passed on (a failed write as `StoreWriteError`).
   */
  transact<T>(change: (db: Db) => T, audit: (result: T) => AuditEntry[]): Promise<T> {
    const run = this.#queue.then(() => this.#apply(change, audit));
    this.#queue = run.catch(() => undefined);
    return run;
  }

  async #apply<T>(change: (db: Db) => T, audit: (result: T) => AuditEntry[]): Promise<T> {
    let result: T;
    try {
      result = change(this.#low.data);
    } catch (error) {
      this.#rollback();
      throw error;
    }
    try {
      await this.#low.write();
    } catch (error) {
      this.#rollback();
      throw new StoreWriteError(`Writing ${this.#file.path} failed`, { cause: error });
    }
    await this.#audit.append(audit(result)).catch((error: unknown) => {
      console.error(`Het auditlogboek kon niet worden bijgewerkt: ${(error as Error).message}`);
    });
    return result;
  }

  /** Rewrites the audit trail in turn with the changes (to forget a former member). */
  rewriteAudit(change: (entry: AuditEntry) => AuditEntry): Promise<void> {
    const run = this.#queue.then(() => this.#audit.rewrite(change));
    this.#queue = run.catch(() => undefined);
    return run;
  }

  auditCount(actor: string): Promise<number> {
    return this.#audit.countFor(actor);
  }

  #rollback(): void {
    this.#low.data = JSON.parse(this.#file.lastText) as Db;
  }

  /** Waits for pending writes, then lets go of the folder. */
  async close(): Promise<void> {
    await this.#queue;
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
