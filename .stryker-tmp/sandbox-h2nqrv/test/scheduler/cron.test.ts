// @ts-nocheck
import { describe, expect, it } from 'vitest';
import { latestThisWeek, parseCron, weekKey, weekStart } from '../../src/time/cron.ts';

const ZONE = 'Europe/Amsterdam';

describe('parseCron', () => {
  it('reads the default and refuses nonsense', () => {
    for (const good of ['0 9 * * 1', '*/30 8-9 * * 1-5', '0 9 * * 7', '0 9 1 * 1']) {
      expect(parseCron(good), good).toEqual({ pattern: good });
    }
    for (const bad of [
      '',
      '0 9 * *',
      '60 9 * * 1',
      '0 24 * * 1',
      'a b c d e',
      '0 9 * * 1 extra',
      '0 0 9 * * 1',
    ]) {
      expect(parseCron(bad), bad).toBeUndefined();
    }
  });

  it('fires on either the day of the month or the weekday, as classic cron does', () => {
    const firstOrMonday = parseCron('0 9 1 * 1')!;
    // Tuesday 1 December 2026 is the first of the month, not a Monday.
    expect(latestThisWeek(firstOrMonday, new Date('2026-12-01T10:00:00Z'), ZONE)?.toISOString()).toBe(
      '2026-12-01T08:00:00.000Z',
    );
    // Sunday 29 November 2026: the Monday before it (23 November) fired.
    expect(latestThisWeek(firstOrMonday, new Date('2026-11-29T10:00:00Z'), ZONE)?.toISOString()).toBe(
      '2026-11-23T08:00:00.000Z',
    );
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
