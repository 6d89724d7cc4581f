// @ts-nocheck
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
  // One copy of the list per command: it is replaced on every command of a busy panel.
  const from = firstKept(events, Math.max(0, events.length + 1 - MAX_HANDLED_EVENTS), at);
  for (let index = 0; index < from; index++) keys.delete(events[index]!.key);
  keys.add(key);
  const next = events.slice(from);
  next.push({ key, at });
  indexes.delete(events);
  indexes.set(next, keys);
  db.handledEvents = next;
}

/** The first of `events` from `from` on that is not too old to be redelivered at `at`. */
function firstKept(events: HandledEvents, from: number, at: string): number {
  const oldest = Date.parse(at) - KEEP_HANDLED_EVENTS_MS;
  let first = from;
  while (first < events.length && Date.parse(events[first]!.at) < oldest) first++;
  return first;
}

/** Records handled events in order, as `rememberEvent` one by one would, with one new list (journal replay). */
export function rememberEvents(
  db: Db,
  added: ReadonlyArray<{ readonly key: string; readonly at: string }>,
): void {
  const events = db.handledEvents;
  const keys = keysOf(events);
  const all = [...events];
  let start = 0;
  for (const { key, at } of added) {
    if (keys.has(key)) continue;
    // Let go of those too old at this event's time, and of those beyond the most kept.
    const from = firstKept(all, Math.max(start, all.length + 1 - MAX_HANDLED_EVENTS), at);
    for (; start < from; start++) keys.delete(all[start]!.key);
    keys.add(key);
    all.push({ key, at });
  }
  if (all.length === events.length) return;
  const next = start === 0 ? all : all.slice(start);
  indexes.delete(events);
  indexes.set(next, keys);
  db.handledEvents = next;
}
