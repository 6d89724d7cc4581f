import { crc32 } from 'node:zlib';
import type * as z from 'zod';
import type { AuditEntry } from './audit.ts';
import { collectionOf, type Db, dbSchema, ITEM_COLLECTIONS } from './schema.ts';

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

export function encodeLine(entry: JournalEntry): string {
  const json = JSON.stringify(entry);
  return `${checksum(json)} ${json}\n`;
}

function checksum(json: string): string {
  return crc32(json).toString(16).padStart(8, '0');
}

export type Decoded = { readonly entry: JournalEntry } | { readonly problem: string };

/** Reads one line, checked: its checksum, its JSON, and every item and part it holds. */
export function decodeLine(line: string): Decoded {
  const framed = /^([0-9a-f]{8}) (.*)$/s.exec(line);
  const json = framed ? framed[2]! : line;
  if (framed && checksum(json) !== framed[1]) return { problem: 'de controlesom klopt niet' };
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

/** The schema of a top-level part of the store, by name. */
export function partSchema(key: string): z.ZodType | undefined {
  return Object.hasOwn(dbSchema.shape, key) ? (dbSchema.shape[key as keyof Db] as z.ZodType) : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function checkEntry(parsed: unknown): Decoded {
  if (!isRecord(parsed) || !Array.isArray(parsed.items)) return { problem: 'er staat geen wijziging in' };
  const items: Array<{ id: string }> = [];
  for (const [index, item] of parsed.items.entries()) {
    const key =
      isRecord(item) && typeof item.id === 'string' ? collectionOf(item.id.split('-')[0]!) : undefined;
    const result = key ? itemSchemas.get(key)!.safeParse(item) : undefined;
    if (!result?.success) return { problem: `onderdeel ${index + 1} is geen geldig item` };
    items.push(result.data as { id: string });
  }
  const shared: Record<string, unknown> = {};
  const parts = { ...(isRecord(parsed.shared) ? parsed.shared : {}) };
  for (const key of LEGACY_PARTS) if (parsed[key] !== undefined) parts[key] = parsed[key];
  for (const [key, value] of Object.entries(parts)) {
    const schema = Object.hasOwn(dbSchema.shape, key) ? dbSchema.shape[key as keyof Db] : undefined;
    const result = schema?.safeParse(value);
    if (!result?.success) return { problem: `het deel '${key}' klopt niet` };
    shared[key] = result.data;
  }
  const patch: Record<string, Record<string, unknown>> = {};
  for (const [key, value] of Object.entries(isRecord(parsed.patch) ? parsed.patch : {})) {
    const result = isRecord(value) ? partSchema(key)?.safeParse(value) : undefined;
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
