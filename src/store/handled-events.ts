import type { Db } from './schema.ts';

/** How long a handled event id is kept: platforms redeliver within minutes, never after a week. */
export const KEEP_HANDLED_EVENTS_MS = 7 * 24 * 60 * 60 * 1000;
/** And never more than this many. */
export const MAX_HANDLED_EVENTS = 5_000;

export function wasHandled(db: Db, key: string): boolean {
  return db.handledEvents.some((event) => event.key === key);
}

/** Records a handled event and lets go of those that are too old to be redelivered. */
export function rememberEvent(db: Db, key: string, at: string): void {
  if (!wasHandled(db, key)) db.handledEvents.push({ key, at });
  const oldest = Date.parse(at) - KEEP_HANDLED_EVENTS_MS;
  const fresh = db.handledEvents.filter((event) => Date.parse(event.at) >= oldest).slice(-MAX_HANDLED_EVENTS);
  if (fresh.length !== db.handledEvents.length) db.handledEvents = fresh;
}
