// @ts-nocheck
import { formatItemId, type ItemIdParts } from '../parse/values.ts';
import { type Confidentiality, collectionOf, type Db, ITEM_COLLECTIONS } from '../store/schema.ts';

/** What every kept thing has in common: a human id, a confidentiality, its messages. */
export interface Item {
  readonly id: string;
  readonly message?: string | undefined;
  /** A preview that awaits approval (a ✅) before something is published. */
  readonly preview?: string | undefined;
  readonly confidentiality: Confidentiality;
  readonly confidentialUntil?: string | undefined;
}

/** The items of one kind, by id prefix (`ADV`); empty for a prefix that is no kind. */
export function itemsOfKind(db: Db, prefix: string): readonly Item[] {
  const key = collectionOf(prefix);
  return key ? db[key] : [];
}

/** Every item of every kind. */
export function allItems(db: Db): readonly Item[] {
  return Object.values(ITEM_COLLECTIONS).flatMap((key) => db[key] as readonly Item[]);
}

export function isKnownPrefix(prefix: string): boolean {
  return collectionOf(prefix) !== undefined;
}

export function findItem(db: Db, id: string): Item | undefined {
  return itemsOfKind(db, id.split('-')[0] ?? '').find((item) => item.id === id);
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
