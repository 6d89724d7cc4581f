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

/** Records a handled event and lets go of those that are too old to be redelivered. */
export function rememberEvent(db: Db, key: string, at: string): void {
  const keys = keysOf(db.handledEvents);
  if (!keys.has(key)) {
    db.handledEvents.push({ key, at });
    keys.add(key);
  }
  const oldest = Date.parse(at) - KEEP_HANDLED_EVENTS_MS;
  const first = db.handledEvents[0];
  const expired = first !== undefined && Date.parse(first.at) < oldest;
  if (expired || db.handledEvents.length > MAX_HANDLED_EVENTS) {
    db.handledEvents = db.handledEvents
      .filter((event) => Date.parse(event.at) >= oldest)
      .slice(-MAX_HANDLED_EVENTS);
  }
}
