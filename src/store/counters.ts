import { type Db, ITEM_COLLECTIONS } from './schema.ts';

/** `ADV-2026-014` → `ADV-2026` and 14. */
const ID = /^([A-Z]+-\d{4})-(\d+)$/;

/**
 * Raises each counter (`ADV-2026`) to the highest id of its kind and year that is in the
 * store, so an id is never handed out twice, whatever journal line was lost: a line that
 * created an item may be lost while a later line that changed the item is kept (and with
 * it the item, but not the counter). Counters are never lowered: an id that was handed
 * out and then lost is not handed out again either. Returns the counters it raised.
 */
export function countersFollowItems(db: Db): string[] {
  const highest = new Map<string, number>();
  for (const key of Object.values(ITEM_COLLECTIONS)) {
    for (const item of db[key] as ReadonlyArray<{ readonly id: string }>) {
      const match = ID.exec(item.id);
      if (!match) continue;
      const number = Number(match[2]);
      if (number > (highest.get(match[1]!) ?? 0)) highest.set(match[1]!, number);
    }
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
