// @ts-nocheck
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MAX_HANDLED_EVENTS,
  rememberEvent,
  rememberEvents,
  wasHandled,
} from '../../src/store/handled-events.ts';
import { emptyDb } from '../../src/store/schema.ts';

const START = Date.parse('2026-11-01T09:00:00.000Z');
const HOUR = 60 * 60 * 1000;

describe('handled events taken in together (journal replay)', () => {
  it('keep the same list as one by one: the oldest let go by age and beyond the most kept', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(40), fc.nat(30 * 24)), { minLength: 1, maxLength: 60 }),
        fc.nat(MAX_HANDLED_EVENTS),
        (steps, before) => {
          // A list that may already be near the most kept, then events at rising times, some twice.
          const one = emptyDb();
          const together = emptyDb();
          for (let index = 0; index < before; index++)
            for (const db of [one, together])
              rememberEvent(db, `old:${index}`, new Date(START + (index % 24) * HOUR).toISOString());
          let hours = 24;
          const events = steps.map(([key, gap]) => {
            hours += gap;
            return { key: `new:${key}`, at: new Date(START + hours * HOUR).toISOString() };
          });
          for (const event of events) rememberEvent(one, event.key, event.at);
          rememberEvents(together, events);
          expect(together.handledEvents).toEqual(one.handledEvents);
          for (const event of events)
            expect(wasHandled(together, event.key)).toBe(wasHandled(one, event.key));
        },
      ),
      { numRuns: 60 },
    );
  });

  it('put a new list in place, so a change that is undone can put the old one back', () => {
    const db = emptyDb();
    rememberEvent(db, 'a', '2026-11-28T09:00:00.000Z');
    const before = db.handledEvents;
    rememberEvents(db, [{ key: 'b', at: '2026-11-28T09:01:00.000Z' }]);
    expect(before).toHaveLength(1);
    expect(db.handledEvents.map((event) => event.key)).toEqual(['a', 'b']);
  });
});
