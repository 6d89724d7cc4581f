// @ts-nocheck
import { afterEach, describe, expect, it } from 'vitest';
import { exampleDate, parseDate, parseWhen } from '../../src/parse/dates.ts';

const today = '2026-11-28'; // a Saturday

describe('dates as people write them', () => {
  it.each([
    ['2027-03-01', '2027-03-01'],
    ['1-3-2027', '2027-03-01'],
    ['01-03-2027', '2027-03-01'],
    ['1/3/2027', '2027-03-01'],
    ['29-2-2028', '2028-02-29'],
    ['vandaag', '2026-11-28'],
    ['morgen', '2026-11-29'],
    ['Morgen', '2026-11-29'],
    ['overmorgen', '2026-11-30'],
    ['3 maart', '2027-03-03'],
    ['3 maart 2027', '2027-03-03'],
    ['3 Maart 2028', '2028-03-03'],
    ['1 juni', '2027-06-01'],
    ['1 juni 2026', '2026-06-01'],
    ['28 november', '2026-11-28'],
    ['27 november', '2027-11-27'],
    ['3 mrt', '2027-03-03'],
    ['1-3', '2027-03-01'],
    ['volgende week dinsdag', '2026-12-01'],
    ['dinsdag', '2026-12-01'],
    ['over twee weken', '2026-12-12'],
    ['over 2 weken', '2026-12-12'],
    ['eind maart', '2027-03-31'],
    ['eind februari 2028', '2028-02-29'],
    ['eind november', '2026-11-30'],
    ['begin april', '2027-04-01'],
    ['tomorrow', '2026-11-29'],
    ['1 June 2027', '2027-06-01'],
    ['next tuesday', '2026-12-01'],
  ])('reads %s', (text, date) => {
    expect(parseDate(text, today)).toEqual({ ok: true, value: date });
  });

  it.each([
    ['10 december 19:30', '2026-12-10', '19:30'],
    ['10 december om 19.30', '2026-12-10', '19:30'],
    ['om 19.30', '2026-11-28', '19:30'],
    ['morgen om 20:00', '2026-11-29', '20:00'],
  ])('reads %s with its time', (text, date, time) => {
    expect(parseWhen(text, today)).toEqual({ ok: true, value: { date, time } });
  });

  it.each(['31-02-2027', '29-2-2027', '2027-13-01', '0-1-2027', '2027-04-31', '31 februari', '30-2'])(
    'refuses %s as no such date',
    (text) => {
      expect(parseDate(text, today)).toEqual({ ok: false, problem: 'no-such-date' });
    },
  );

  it.each(['3', 'maart', 'volgende maand', '2027/03/01x', '', '1-3-27', '1 juni extra tekst', 'Bodycams'])(
    'refuses %s as not a date',
    (text) => {
      expect(parseDate(text, today)).toEqual({ ok: false, problem: 'not-a-date' });
    },
  );

  it('reads 29 februari as the next 29 February', () => {
    expect(parseDate('29 februari', today)).toEqual({ ok: true, value: '2028-02-29' });
    expect(parseDate('29 feb', today)).toEqual({ ok: true, value: '2028-02-29' });
  });

  it('refuses a weekday that does not fit the date, instead of dropping the weekday', () => {
    // 13 November 2026 is a Friday, but it has passed; the next 13 November is a Saturday.
    expect(parseDate('vrijdag 13 november', today)).toEqual({
      ok: false,
      problem: 'wrong-weekday',
      date: '2027-11-13',
    });
    expect(parseDate('dinsdag 1 december', today)).toEqual({ ok: true, value: '2026-12-01' });
    expect(parseDate('friday 13 november', today)).toMatchObject({ ok: false, problem: 'wrong-weekday' });
  });

  it('gives hints relative to today', () => {
    expect(exampleDate('2026-01-10')).toBe('2026-04-01');
    expect(exampleDate('2026-11-28')).toBe('2027-02-01');
  });
});

describe('dates whatever the server time zone', () => {
  const original = process.env.TZ;
  afterEach(() => {
    if (original === undefined) delete process.env.TZ;
    else process.env.TZ = original;
  });

  it.each(['UTC', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'America/Los_Angeles', 'Europe/Amsterdam'])(
    'reads the same dates on a server in %s',
    (zone) => {
      process.env.TZ = zone;
      expect(parseDate('morgen', '2026-03-28')).toEqual({ ok: true, value: '2026-03-29' });
      expect(parseDate('volgende week dinsdag', today)).toEqual({ ok: true, value: '2026-12-01' });
      expect(parseDate('over twee weken', '2026-03-20')).toEqual({ ok: true, value: '2026-04-03' });
      expect(parseWhen('10 december 19:30', today)).toEqual({
        ok: true,
        value: { date: '2026-12-10', time: '19:30' },
      });
      expect(parseDate('3 maart', today)).toEqual({ ok: true, value: '2027-03-03' });
    },
  );
});
