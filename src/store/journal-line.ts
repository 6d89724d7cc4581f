import { crc32 } from 'node:zlib';
import type * as z from 'zod';
import type { AuditEntry } from './audit.ts';
import { collectionOf, type Db, dbSchema, ITEM_COLLECTIONS, partSchema } from './schema.ts';
import type { Seal } from './seal.ts';

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
}

/** Encodes a line as the store writes it: sealed when a seal is given (see seal.ts). */
export function encodeLine(entry: JournalEntry, seal?: Seal): string {
  const json = JSON.stringify(entry);
  const text = seal ? `${json.slice(0, -1)},"seal":"${seal.of(json)}"}` : json;
  return `${checksum(text)} ${text}\n`;
}

/**
 * The line of a change, sealed, if it reads back as the same change under the schema, in
 * full (as a line without a seal is read at start); otherwise the first thing that would
 * not load, named by its place (never by its value). The store writes only what it can load.
 */
export function checkedLine(
  entry: JournalEntry,
  seal: Seal,
): { readonly text: string } | { readonly problem: string } {
  const decoded = checkEntry(JSON.parse(JSON.stringify(entry)), false);
  return 'problem' in decoded ? decoded : { text: encodeLine(entry, seal) };
}

function checksum(json: string): string {
  return crc32(json).toString(16).padStart(8, '0');
}

export type Decoded = { readonly entry: JournalEntry } | { readonly problem: string };

const SPACE = 0x20;

/** Whether the line starts with a checksum: 8 lowercase hex digits and a space. */
function framed(line: Uint8Array): boolean {
  // A line shorter than 9 bytes has no ninth: `line[8]` is undefined.
  if (line[8] !== SPACE) return false;
  for (let index = 0; index < 8; index++) if (!isHexDigit(line[index])) return false;
  return true;
}

/** 0-9 or a-f, as the checksum is written. */
export function isHexDigit(byte: number | undefined): boolean {
  return byte !== undefined && ((byte >= 0x30 && byte <= 0x39) || (byte >= 0x61 && byte <= 0x66));
}

/** The end of a sealed line's JSON: `,"seal":"<64 hex digits>"}`. */
const SEALED = /,"seal":"([0-9a-f]{64})"\}$/;

/**
 * Reads one line (its bytes, without the newline), checked: its checksum (over the bytes
 * as written), its JSON, and every item and part it holds, unless the line carries this
 * store's seal (it passed the schema when the store wrote it; see seal.ts).
 */
export function decodeLine(line: Uint8Array | string, seal?: Seal): Decoded {
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
  const sealed = seal ? SEALED.exec(json) : null;
  const proven = sealed !== null && seal!.verifies(`${json.slice(0, sealed.index)}}`, sealed[1]);
  return checkEntry(parsed, proven);
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

/** A value that passed `schema` (as parsed), or where and why it did not. */
type Checked =
  | { readonly success: true; readonly data: unknown }
  | { readonly success: false; readonly where: string };

/** Checks values against their schema; a proven line's values are taken as they are (checked when written). */
function checker(proven: boolean): (schema: z.ZodType | undefined, value: unknown) => Checked {
  return (schema, value) => {
    if (!schema) return { success: false, where: '' };
    if (proven) return { success: true, data: value };
    const result = schema.safeParse(value);
    if (result.success) return result;
    const issue = result.error.issues[0]!;
    const path = issue.path.map(String).join('.');
    return { success: false, where: `${path ? ` bij '${path}'` : ''} (${issue.message})` };
  };
}

function checkEntry(parsed: unknown, proven: boolean): Decoded {
  if (!isRecord(parsed) || !Array.isArray(parsed.items)) return { problem: 'er staat geen wijziging in' };
  const check = checker(proven);
  const items: Array<{ id: string }> = [];
  for (const [index, item] of parsed.items.entries()) {
    const id = isRecord(item) && typeof item.id === 'string' ? item.id : undefined;
    const key = id === undefined ? undefined : collectionOf(id.split('-')[0]!);
    const result = check(key && itemSchemas.get(key), item);
    if (!result.success) {
      if (!key) {
        const what = id === undefined ? 'het heeft geen id' : `onbekend soort id: ${id.split('-')[0]}`;
        return { problem: `onderdeel ${index + 1} is geen geldig item bij 'id' (${what})` };
      }
      return { problem: `onderdeel ${index + 1} (${key} ${id}) is geen geldig item${result.where}` };
    }
    items.push(result.data as { id: string });
  }
  if (parsed.shared !== undefined && !isRecord(parsed.shared))
    return { problem: "het deel 'shared' klopt niet" };
  if (parsed.patch !== undefined && !isRecord(parsed.patch))
    return { problem: "het deel 'patch' klopt niet" };
  const shared: Record<string, unknown> = {};
  const parts = { ...parsed.shared };
  for (const key of LEGACY_PARTS) if (parsed[key] !== undefined) parts[key] = parsed[key];
  for (const [key, value] of Object.entries(parts)) {
    const result = check(partSchema(key), value);
    if (!result.success) return { problem: `het deel '${key}' klopt niet${result.where}` };
    shared[key] = result.data;
  }
  const patch: Record<string, Record<string, unknown>> = {};
  for (const [key, value] of Object.entries(parsed.patch ?? {})) {
    const result = isRecord(value) ? check(partSchema(key), value) : undefined;
    if (!result?.success || !isRecord(result.data))
      return { problem: `het deel '${key}' klopt niet${result && !result.success ? result.where : ''}` };
    patch[key] = value as Record<string, unknown>;
  }
  const handled = parsed.handled;
  if (
    handled !== undefined &&
    !(isRecord(handled) && typeof handled.key === 'string' && typeof handled.at === 'string')
  )
    return { problem: "het deel 'handled' klopt niet" };
  const seq = parsed.seq;
  if (seq !== undefined && !(typeof seq === 'number' && Number.isSafeInteger(seq) && seq >= 0))
    return { problem: "het deel 'seq' klopt niet" };
  const audit = parsed.audit;
  if (audit !== undefined && !(Array.isArray(audit) && audit.every(isRecord)))
    return { problem: "het deel 'audit' klopt niet" };
  return {
    entry: {
      ...(seq !== undefined ? { seq } : {}),
      items,
      ...(Object.keys(shared).length > 0 ? { shared } : {}),
      ...(Object.keys(patch).length > 0 ? { patch } : {}),
      ...(handled ? { handled: handled as JournalEntry['handled'] } : {}),
      ...(audit ? { audit: audit as unknown as AuditEntry[] } : {}),
    },
  };
}
