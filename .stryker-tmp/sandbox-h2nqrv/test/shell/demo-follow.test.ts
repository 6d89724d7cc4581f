// @ts-nocheck
import { afterEach, describe, expect, it } from 'vitest';
import { fillDemo } from '../../app/demo.ts';
import { Harness } from '../support/harness.ts';

let harness: Harness;
afterEach(async () => {
  await harness.close();
});

describe('the demo year shows follow-through', () => {
  it('has promises kept, postponed and late, and action points done by command, by ✅ and open', async () => {
    harness = await Harness.create({ now: '2026-11-28T09:00:00Z' });
    const result = await fillDemo(harness.bot, harness.clock);
    expect(result.refusals).toEqual([]);
    const db = harness.store.db;
    const promises = db.adviceRequests.flatMap((request) => (request.promise ? [request.promise] : []));
    expect(
      promises.some(
        (promise) => promise.outcome?.result === 'uitgevoerd' && promise.postponements.length === 0,
      ),
    ).toBe(true);
    expect(promises.some((promise) => promise.postponements.length > 0 && promise.outcome)).toBe(true);
    expect(db.actionPoints.length).toBeGreaterThanOrEqual(4);
    expect(db.actionPoints.some((point) => point.done)).toBe(true);
    expect(db.actionPoints.some((point) => !point.done && point.due && point.due < '2026-11-28')).toBe(true);
    expect(db.actionPoints.some((point) => !point.done && point.due && point.due > '2026-11-28')).toBe(true);
  });
});
