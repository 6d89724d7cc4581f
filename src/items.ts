import { lookup } from './lookup.ts';
import { formatItemId, type ItemIdParts } from './parse/values.ts';
import type { Confidentiality, Db } from './store/schema.ts';

/** What every kept thing has in common (DESIGN §2). */
export interface Item {
  readonly id: string;
  readonly message?: string | undefined;
  readonly confidentiality: Confidentiality;
  readonly confidentialUntil?: string | undefined;
}

/** The kinds of item, by id prefix. Later kinds add a line here. */
const COLLECTIONS: Record<string, (db: Db) => readonly Item[]> = {
  ADV: (db) => db.adviceRequests,
  BES: (db) => db.decisions,
  UIT: (db) => db.expenses,
  ONT: (db) => db.developments,
  OVL: (db) => db.meetings,
  GN: (db) => db.notes,
};

export function isKnownPrefix(prefix: string): boolean {
  return lookup(COLLECTIONS, prefix) !== undefined;
}

export function findItem(db: Db, id: string): Item | undefined {
  const prefix = id.split('-')[0] ?? '';
  return lookup(COLLECTIONS, prefix)?.(db).find((item) => item.id === id);
}

/** The item whose announcement is this message (its thread root), if any. */
export function findItemByMessage(db: Db, message: string): Item | undefined {
  for (const collection of Object.values(COLLECTIONS)) {
    const found = collection(db).find((item) => item.message === message);
    if (found) return found;
  }
  return undefined;
}

/** Every message reference the store knows, so an adapter can continue its numbering. */
export function knownMessages(db: Db): string[] {
  return Object.values(COLLECTIONS).flatMap((collection) =>
    collection(db).flatMap((item) => (item.message ? [item.message] : [])),
  );
}

/** Hands out the next id of a kind for a year: `ADV-2026-001`, `ADV-2026-002`, … */
export function nextId(db: Db, prefix: string, year: number): string {
  const key = `${prefix}-${year}`;
  const number = (db.counters[key] ?? 0) + 1;
  db.counters[key] = number;
  const parts: ItemIdParts = { prefix, year, number };
  return formatItemId(parts);
}

/** A short title for any item: its title, an expense's description or a decision's text. */
export function titleOf(item: Item): string {
  const fields = item as Item & { title?: string; description?: string; text?: string };
  return fields.title ?? fields.description ?? fields.text ?? item.id;
}
