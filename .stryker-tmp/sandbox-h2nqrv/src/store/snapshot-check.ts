// @ts-nocheck
import { readFile, rename, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { crc32 } from 'node:zlib';
import * as z from 'zod';
import { dbSchema, partSchema, SCHEMA_VERSION } from './schema.ts';
import type { Seal } from './seal.ts';

/**
 * The proof that a `db.json` passed the schema when the store wrote it, kept beside it in
 * `db.check.json`: its length, and the store's seal (see seal.ts) over its bytes, made
 * with a key of this store under this schema. At start, a file whose bytes still match
 * needs no second check of every item; a file edited by hand, restored from a copy,
 * damaged on disk, written under another schema, or a proof made by hand does not match
 * and is checked in full, as before. The compaction checks the data a part at a time
 * while it writes it (see store.ts).
 */
interface Proof {
  readonly bytes: number;
  readonly seal: string;
}

let fingerprint: string | undefined;

/**
 * Where `npm start` (app/launch.js) leaves the fingerprint that the bundle's own code
 * computed when it was built (app/bundle.js), so a start from the bundle need not compute it.
 */
const BUILT = Symbol.for('stadspanel.schemaFingerprint');

/** The schema as JSON Schema (defaults, patterns, enums, optional fields), by checksum, with its version. */
export function schemaFingerprint(): string {
  const built = (globalThis as Record<symbol, unknown>)[BUILT];
  fingerprint ??=
    typeof built === 'string'
      ? built
      : `${SCHEMA_VERSION}:${crc32(JSON.stringify(z.toJSONSchema(dbSchema, { unrepresentable: 'any' }))).toString(16)}`;
  return fingerprint;
}

function proofPath(dbPath: string): string {
  return join(dirname(dbPath), `${basename(dbPath, '.json')}.check.json`);
}

/** Whether `bytes`, read from `dbPath`, are what this store wrote after checking them against this schema. */
export async function provenValid(dbPath: string, bytes: Uint8Array, seal: Seal): Promise<boolean> {
  let proof: Partial<Proof>;
  try {
    proof = JSON.parse(await readFile(proofPath(dbPath), 'utf8')) as Partial<Proof>;
  } catch {
    return false;
  }
  return proof.bytes === bytes.length && seal.verifies(bytes, proof.seal);
}

/**
 * Records that the bytes just written durably to `dbPath` (their length and seal)
 * passed the schema. Not synced: a proof lost in a crash only means one full check at the
 * next start.
 */
export async function recordProof(dbPath: string, bytes: number, seal: string): Promise<void> {
  const path = proofPath(dbPath);
  const proof: Proof = { bytes, seal };
  const temp = `${path}.${process.pid}.tmp`;
  await writeFile(temp, JSON.stringify(proof));
  await rename(temp, path);
}

/** The first problem of a top-level part of the store, or of a slice of a list from `offset` on, if any. */
export function problemOf(key: string, value: unknown, offset = 0): string | undefined {
  const schema = partSchema(key);
  if (!schema) return `'${key}' hoort niet in het bestand`;
  const result = schema.safeParse(value);
  if (result.success) return undefined;
  const [first, ...rest] = result.error.issues[0]!.path;
  const path = first === undefined ? [] : [typeof first === 'number' ? first + offset : first, ...rest];
  return `'${[key, ...path.map(String)].join('.')}': ${result.error.issues[0]!.message}`;
}
