import { copyFile, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Adapter } from 'lowdb';
import { StartupError } from '../core/errors.ts';
import { readBytesIfExists, writeFileDurably } from './durable-file.ts';
import { type MigrationContext, migrate } from './migrations.ts';
import { type Db, dbSchema, SCHEMA_VERSION } from './schema.ts';
import type { Seal } from './seal.ts';
import { provenValid, recordProof } from './snapshot-check.ts';

export const KEPT_BACKUPS = 3;
/** A large db.json goes to disk a MiB at a time, so the journal's fdatasyncs never wait long behind it. */
const SYNC_EVERY = 1 << 20;

function invalid(path: string, detail: { readonly nl: string; readonly en: string }): StartupError {
  return new StartupError(
    `Het gegevensbestand ${path} ${detail.nl} De bot start niet en laat het bestand ongemoeid. Zet een reservekopie terug (db.json.1, .2 of .3), zie de README.`,
    `The data file ${path} ${detail.en} The bot does not start and leaves the file as it is. Put a copy back (db.json.1, .2 or .3), see the README.`,
  );
}

/** lowdb's adapter for `db.json`: validated (and upgraded) on read, written durably. */
export class DbFile implements Adapter<Db> {
  readonly path: string;
  readonly #seal: Seal;
  found = false;
  /** Whether the file was written by an older version and upgraded on read. */
  migrated = false;
  /** The schema version the file had when it was upgraded on read. */
  upgradedFrom: number | undefined;
  /** Bytes of the last snapshot read or written: compaction waits for a journal of a part of this. */
  size = 0;

  readonly #upgrade: MigrationContext | undefined;

  constructor(path: string, seal: Seal, upgrade?: MigrationContext) {
    this.path = path;
    this.#seal = seal;
    this.#upgrade = upgrade;
  }

  async read(): Promise<Db | null> {
    const bytes = await readBytesIfExists(this.path);
    if (bytes === null) return null;
    const text = bytes.toString('utf8');
    this.found = true;
    this.size = text.length;
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      throw invalid(this.path, {
        nl: `is beschadigd (geen geldige JSON: ${(error as Error).message}).`,
        en: `is damaged (no valid JSON: ${(error as Error).message}).`,
      });
    }
    const version = (json as { schemaVersion?: unknown } | null)?.schemaVersion;
    if (typeof version === 'number' && version > SCHEMA_VERSION) {
      throw new StartupError(
        `Het gegevensbestand ${this.path} is gemaakt door een nieuwere versie van de bot (schemaVersion ${version}; deze versie kent ${SCHEMA_VERSION}). ` +
          'Werk de bot bij; het bestand blijft ongemoeid.',
        `The data file ${this.path} was made by a newer version of the bot (schemaVersion ${version}; this version knows ${SCHEMA_VERSION}). ` +
          'Update the bot; the file is left as it is.',
      );
    }
    this.migrated = typeof version === 'number' && version < SCHEMA_VERSION;
    if (this.migrated) this.upgradedFrom = version as number;
    // The file as the store wrote it after checking it: not checked item by item again.
    if (!this.migrated && (await provenValid(this.path, bytes, this.#seal))) return json as Db;
    return validate(this.path, migrate(json, this.#upgrade));
  }

  async write(db: Db): Promise<void> {
    await this.writeText(JSON.stringify(db));
  }

  /**
   * Writes a snapshot serialized earlier, whole or in pieces (compaction serializes at one
   * moment, writes later); `checked` when the data passed the schema on the way (see
   * snapshot-check.ts).
   */
  async writeText(text: string | readonly string[], checked = false): Promise<void> {
    const sealing = checked ? this.#seal.begin() : undefined;
    const written = await writeFileDurably(this.path, text, 0o666, SYNC_EVERY, sealing?.update);
    this.size = typeof text === 'string' ? text.length : text.reduce((sum, piece) => sum + piece.length, 0);
    if (sealing) await recordProof(this.path, written.bytes, sealing.end());
  }
}

export function validate(path: string, json: unknown): Db {
  const result = dbSchema.safeParse(json);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const where = issue.path.map(String).join('.') || '(het hele bestand)';
  throw invalid(path, {
    nl: `klopt niet bij '${where}': ${issue.message}.`,
    en: `is wrong at '${where}': ${issue.message}.`,
  });
}

/**
 * Keeps the last good copies as `db.json.1` (newest) … `db.json.3`. The copy is made
 * first: when it cannot be made (a full disk), the kept copies stay as they were.
 */
export async function keepBackup(path: string): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.1.${process.pid}.tmp`);
  try {
    await copyFile(path, temp);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
  for (let index = KEPT_BACKUPS - 1; index >= 1; index--) {
    await rename(`${path}.${index}`, `${path}.${index + 1}`).catch(() => undefined);
  }
  await rename(temp, `${path}.1`);
}
