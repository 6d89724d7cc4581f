import { crc32 } from 'node:zlib';
import type * as z from 'zod';
import type { AuditEntry } from './audit.ts';
import { collectionOf, type Db, dbSchema, ITEM_COLLECTIONS, partSchema } from './schema.ts';
import { schemaFingerprint } from './snapshot-check.ts';

/**
 * One line of the journal: `<crc32 as 8 hex digits> <JSON>\n`. The checksum covers the
 * JSON, so a flipped byte inside a string is found, not replayed (as write-ahead logs
 * do). Lines from before the checksum (bare JSON) are still read.
 */
export interface JournalEntry {
  /** Numbers the changes, also across compactions; the audit entries carry it too. */
  readonly seq?: number;
  readonly items: ReadonlyArray<{ readonly id: string }>;
  /** Top-level parts written by the change, whole (`counters`, or a collection that lost an item). */
  readonly shared?: { readonly [key: string]: unknown };
  /** Top-level records of which only some keys changed: those keys (`counters: {"BES-2026": 12}`). */
  readonly patch?: { readonly [key: string]: { readonly [name: string]: unknown } };
  readonly handled?: { readonly key: string; readonly at: string };
  /** Who did it: the change's audit entries, written to `audit.jsonl` after the line is on disk. */
  readonly audit?: readonly AuditEntry[];
  /** Written by earlier versions: every line carried these whole. */
  readonly counters?: Db['counters'];
  readonly scheduler?: Db['scheduler'];
  readonly forgottenMembers?: Db['forgottenMembers'];
  /**
   * The fingerprint of the schema its items and parts passed when the store wrote it (see
   * snapshot-check.ts): under the same schema, start-up need not check them again. A line
   * without it, or from another schema, is checked in full.
   */
  readonly schema?: string;
}

export function encodeLine(entry: JournalEntry): string {
  const json = JSON.stringify(entry);
  return `${checksum(json)} ${json}\n`;
}

function checksum(json: string): string {
  return crc32(json).toString(16).padStart(8, '0');
}

export type Decoded = { readonly entry: JournalEntry } | { readonly problem: string };

const SPACE = 0x20;

/** Whether the line starts with a checksum: 8 lowercase hex digits and a space. */
function framed(line: Uint8Array): boolean {
  if (line.length < 9 || line[8] !== SPACE) return false;
  for (let index = 0; index < 8; index++) if (!isHexDigit(line[index])) return false;
  return true;
}

/** 0-9 or a-f, as the checksum is written. */
export function isHexDigit(byte: number | undefined): boolean {
  return byte !== undefined && ((byte >= 0x30 && byte <= 0x39) || (byte >= 0x61 && byte <= 0x66));
}

/**
 * Reads one line (its bytes, without the newline), checked: its checksum (over the bytes
 * as written), its JSON, and every item and part it holds, unless the line carries the
 * fingerprint of this schema (it passed when the store wrote it).
 */
export function decodeLine(line: Uint8Array | string): Decoded {
  const bytes =
    typeof line === 'string' ? Buffer.from(line) : Buffer.from(line.buffer, line.byteOffset, line.length);
  let json: string;
  if (framed(bytes)) {
    const body = bytes.subarray(9);
    if (crc32(body) !== Number.parseInt(bytes.toString('latin1', 0, 8), 16))
      return { problem: 'de controlesom klopt niet' };
    json = body.toString('utf8');
  } else json = bytes.toString('utf8');
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return { problem: 'het is geen geldige JSON' };
  }
  return checkEntry(parsed);
}

const itemSchemas = new Map<string, z.ZodType>(
  Object.values(ITEM_COLLECTIONS).map((key) => [
    key,
    (dbSchema.shape[key] as unknown as z.ZodDefault<z.ZodArray<z.ZodType>>).unwrap().element,
  ]),
);
const LEGACY_PARTS = ['counters', 'scheduler', 'forgottenMembers'] as const;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A value that passed `schema`: as parsed, or as it is when the line was proven (checked when written). */
type Checked = { readonly success: true; readonly data: unknown } | { readonly success: false };

function checker(proven: boolean): (schema: z.ZodType | undefined, value: unknown) => Checked {
  return proven
    ? (schema, value) => (schema ? { success: true, data: value } : { success: false })
    : (schema, value) => schema?.safeParse(value) ?? { success: false };
}

function checkEntry(parsed: unknown): Decoded {
  if (!isRecord(parsed) || !Array.isArray(parsed.items)) return { problem: 'er staat geen wijziging in' };
  const check = checker(typeof parsed.schema === 'string' && parsed.schema === schemaFingerprint());
  const items: Array<{ id: string }> = [];
  for (const [index, item] of parsed.items.entries()) {
    const key =
      isRecord(item) && typeof item.id === 'string' ? collectionOf(item.id.split('-')[0]!) : undefined;
    const result = check(key && itemSchemas.get(key), item);
    if (!result.success) return { problem: `onderdeel ${index + 1} is geen geldig item` };
    items.push(result.data as { id: string });
  }
  const shared: Record<string, unknown> = {};
  const parts = { ...(isRecord(parsed.shared) ? parsed.shared : {}) };
  for (const key of LEGACY_PARTS) if (parsed[key] !== undefined) parts[key] = parsed[key];
  for (const [key, value] of Object.entries(parts)) {
    const result = check(partSchema(key), value);
    if (!result.success) return { problem: `het deel '${key}' klopt niet` };
    shared[key] = result.data;
  }
  const patch: Record<string, Record<string, unknown>> = {};
  for (const [key, value] of Object.entries(isRecord(parsed.patch) ? parsed.patch : {})) {
    const result = isRecord(value) ? check(partSchema(key), value) : undefined;
    if (!result?.success || !isRecord(result.data)) return { problem: `het deel '${key}' klopt niet` };
    patch[key] = value as Record<string, unknown>;
  }
  const handled = parsed.handled;
  if (
    handled !== undefined &&
    !(isRecord(handled) && typeof handled.key === 'string' && typeof handled.at === 'string')
  )
    return { problem: "het deel 'handled' klopt niet" };
  const seq = typeof parsed.seq === 'number' && Number.isSafeInteger(parsed.seq) ? parsed.seq : undefined;
  const audit = Array.isArray(parsed.audit)
    ? (parsed.audit.filter(isRecord) as unknown as AuditEntry[])
    : undefined;
  return {
    entry: {
      ...(seq !== undefined ? { seq } : {}),
      items,
      ...(Object.keys(shared).length > 0 ? { shared } : {}),
      ...(Object.keys(patch).length > 0 ? { patch } : {}),
      ...(handled ? { handled: handled as JournalEntry['handled'] } : {}),
      ...(audit ? { audit } : {}),
    },
  };
}

/**
 * The entry with the fingerprint of this schema when every item and part it holds passes
 * it (see `JournalEntry.schema`); as it is otherwise, so the next start checks it in full.
 * A part that is a whole collection (a change that removed an item) is not checked here:
 * that line is checked at start.
 */
export function proven(entry: JournalEntry): JournalEntry {
  for (const item of entry.items) {
    const key = collectionOf(item.id.split('-')[0] ?? '');
    if (!key || !itemSchemas.get(key)!.safeParse(item).success) return entry;
  }
  for (const [key, value] of Object.entries(entry.shared ?? {})) {
    if (itemSchemas.has(key) || !partSchema(key)?.safeParse(value).success) return entry;
  }
  return { ...entry, schema: schemaFingerprint() };
}
