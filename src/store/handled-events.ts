import type { Db } from './schema.ts';

/** How long a handled event id is kept: platforms redeliver within minutes, never after a week. */
export const KEEP_HANDLED_EVENTS_MS = 7 * 24 * 60 * 60 * 1000;
/** And never more than this many. */
export const MAX_HANDLED_EVENTS = 5_000;

type HandledEvents = Db['handledEvents'];

/** A lookup index per list, so checking a redelivery does not walk the whole list. */
const indexes = new WeakMap<HandledEvents, Set<string>>();

function keysOf(events: HandledEvents): Set<string> {
  let keys = indexes.get(events);
  if (!keys || keys.size !== events.length) {
    keys = new Set(events.map((event) => event.key));
    indexes.set(events, keys);
  }
  return keys;
}

export function wasHandled(db: Db, key: string): boolean {
  return keysOf(db.handledEvents).has(key);
}

/**
 * Records a handled event and lets go of those that are too old to be redelivered, or
 * beyond the most that are kept. The list is replaced, never changed in place, so the
 * store can put the old one back if the change fails.
 */
export function rememberEvent(db: Db, key: string, at: string): void {
  const events = db.handledEvents;
  const keys = keysOf(events);
  if (keys.has(key)) return;
  const oldest = Date.parse(at) - KEEP_HANDLED_EVENTS_MS;
  let start = Math.max(0, events.length + 1 - MAX_HANDLED_EVENTS);
  while (start < events.length && Date.parse(events[start]!.at) < oldest) start++;
  for (let index = 0; index < start; index++) keys.delete(events[index]!.key);
  keys.add(key);
  const next = [...events.slice(start), { key, at }];
  indexes.delete(events);
  indexes.set(next, keys);
  db.handledEvents = next;
}
