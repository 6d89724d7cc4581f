// @ts-nocheck
import { TZDate } from '@date-fns/tz';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDateTime, localDate, localYear } from '../../src/time/time.ts';

/** Zones with DST at odd hours and offsets that are not whole hours. */
const ZONES = ['Europe/Amsterdam', 'Asia/Kathmandu', 'Australia/Lord_Howe', 'America/St_Johns', 'UTC'];

function reference(ms: number, zone: string): { date: string; time: string; year: number } {
  const local = new TZDate(ms, zone);
  const pad = (value: number) => String(value).padStart(2, '0');
  return {
    date: `${local.getFullYear()}-${pad(local.getMonth() + 1)}-${pad(local.getDate())}`,
    time: `${pad(local.getHours())}:${pad(local.getMinutes())}`,
    year: local.getFullYear(),
  };
}

describe('wall-clock time in a zone (cached offsets)', () => {
  it('agrees with @date-fns/tz for any instant in any zone', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2120, 0, 1) }),
        fc.constantFrom(...ZONES),
        (ms, zone) => {
          const expected = reference(ms, zone);
          const instant = new Date(ms);
          expect(localDate(instant, zone)).toBe(expected.date);
          expect(localYear(instant, zone)).toBe(expected.year);
          expect(formatDateTime(instant, zone, 'en')).toBe(`${expected.date} ${expected.time}`);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('turns at the exact second of a DST change', () => {
    // Amsterdam: summer time starts at 01:00 UTC on Sunday 29 March 2026.
    expect(formatDateTime(new Date('2026-03-29T00:59:59Z'), 'Europe/Amsterdam', 'en')).toBe(
      '2026-03-29 01:59',
    );
    expect(formatDateTime(new Date('2026-03-29T01:00:00Z'), 'Europe/Amsterdam', 'en')).toBe(
      '2026-03-29 03:00',
    );
    // New year at midnight, local time, just after 23:00 UTC in winter.
    expect(localDate(new Date('2026-12-31T22:59:59Z'), 'Europe/Amsterdam')).toBe('2026-12-31');
    expect(localDate(new Date('2026-12-31T23:00:00Z'), 'Europe/Amsterdam')).toBe('2027-01-01');
  });
});
