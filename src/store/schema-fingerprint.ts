import { crc32 } from 'node:zlib';
import * as z from 'zod';
import { dbSchema, SCHEMA_VERSION } from './schema.ts';

/**
 * The schema's fingerprint: what the store's seal (seal.ts) is keyed with, so a line or a
 * `db.json` sealed under another schema does not verify and is checked in full.
 */
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
