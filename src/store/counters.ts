import { type Db, ITEM_COLLECTIONS } from './schema.ts';

/** `ADV-2026-014` → `ADV-2026` and 14. */
const ID = /^([A-Z]+-\d{4})-(\d+)$/;

/**
 * Raises each counter (`ADV-2026`) to the highest id of its kind and year that is in the
 * store, so an id is never handed out twice, whatever journal line was lost: a line that
 * created an item may be lost while a later line that changed the item is kept (and with
 * it the item, but not the counter). Counters are never lowered. Returns the counters it raised.
 */
export function countersFollowItems(db: Db): string[] {
  return raiseCounters(
    db,
    Object.values(ITEM_COLLECTIONS).flatMap((key) =>
      (db[key] as ReadonlyArray<{ readonly id: string }>).map((item) => item.id),
    ),
  );
}

/**
 * Raises each counter to the highest of these ids of its kind and year (the ids of items
 * in the store, or of changes that were lost but are named in the audit trail, so the id
 * a member was given is not given to another). Returns the counters it raised.
 */
export function raiseCounters(db: Db, ids: Iterable<string>): string[] {
  const highest = new Map<string, number>();
  for (const id of ids) {
    const match = ID.exec(id);
    if (!match) continue;
    const kind = match[1]!;
    highest.set(kind, Math.max(Number(match[2]), highest.get(kind) ?? 0));
  }
  const raised: string[] = [];
  for (const [key, number] of highest) {
    if (number > (db.counters[key] ?? 0)) {
      db.counters[key] = number;
      raised.push(key);
    }
  }
  return raised;
}
