import { describe, expect, it } from 'vitest';
import { firesOn, latestThisWeek, parseCron, weekKey, weekStart } from '../../src/cron.ts';

const ZONE = 'Europe/Amsterdam';

describe('parseCron', () => {
  it('reads the default and refuses nonsense', () => {
    expect(parseCron('0 9 * * 1')).toMatchObject({ minutes: [0], hours: [9] });
    expect(parseCron('*/30 8-9 * * 1-5')?.minutes).toEqual([0, 30]);
    expect(parseCron('0 9 * * 7')?.daysOfWeek).toEqual(new Set([0]));
    for (const bad of ['', '0 9 * *', '60 9 * * 1', '0 24 * * 1', 'a b c d e', '0 9 * * 1 extra']) {
      expect(parseCron(bad), bad).toBeUndefined();
    }
  });

  it('fires on the right days', () => {
    const monday = parseCron('0 9 * * 1')!;
    expect(firesOn(monday, '2026-11-30')).toBe(true);
    expect(firesOn(monday, '2026-12-01')).toBe(false);
    const firstOrMonday = parseCron('0 9 1 * 1')!;
    expect(firesOn(firstOrMonday, '2026-12-01')).toBe(true);
  });
});

describe('weeks', () => {
  it('keys and starts ISO weeks', () => {
    expect(weekKey('2026-11-30')).toBe('2026-W49');
    expect(weekKey('2027-01-03')).toBe('2026-W53');
    expect(weekStart('2026-12-06')).toBe('2026-11-30');
    expect(weekStart('2026-11-30')).toBe('2026-11-30');
  });
});

describe('latestThisWeek', () => {
  const monday = parseCron('0 9 * * 1')!;
  it('is Monday 09:00 Amsterdam time, in winter and in summer', () => {
    expect(latestThisWeek(monday, new Date('2026-11-30T08:00:00Z'), ZONE)?.toISOString()).toBe(
      '2026-11-30T08:00:00.000Z',
    );
    expect(latestThisWeek(monday, new Date('2026-11-30T07:59:59Z'), ZONE)).toBeUndefined();
    expect(latestThisWeek(monday, new Date('2026-06-03T12:00:00Z'), ZONE)?.toISOString()).toBe(
      '2026-06-01T07:00:00.000Z',
    );
  });

  it('follows the clock change in the DST weeks', () => {
    // Clocks go forward on Sunday 29 March 2026; the next Monday 09:00 is 07:00 UTC.
    expect(latestThisWeek(monday, new Date('2026-03-30T07:00:00Z'), ZONE)?.toISOString()).toBe(
      '2026-03-30T07:00:00.000Z',
    );
    expect(latestThisWeek(monday, new Date('2026-03-29T20:00:00Z'), ZONE)?.toISOString()).toBe(
      '2026-03-23T08:00:00.000Z',
    );
    // Clocks go back on Sunday 25 October 2026; the next Monday 09:00 is 08:00 UTC.
    expect(latestThisWeek(monday, new Date('2026-10-26T07:30:00Z'), ZONE)).toBeUndefined();
    expect(latestThisWeek(monday, new Date('2026-10-26T08:00:00Z'), ZONE)?.toISOString()).toBe(
      '2026-10-26T08:00:00.000Z',
    );
  });

  it('is the Monday of the same week on a Sunday evening', () => {
    expect(latestThisWeek(monday, new Date('2026-12-06T20:00:00Z'), ZONE)?.toISOString()).toBe(
      '2026-11-30T08:00:00.000Z',
    );
  });
});
