// @ts-nocheck
import { describe, expect, it } from 'vitest';
import { findItemIds, formatItemId, parseAmount, parseItemId, parseTime } from '../../src/parse/values.ts';
import { formatCents } from '../../src/render/money.ts';

describe('parseAmount', () => {
  it.each([
    ['45,20', 4520],
    ['45.20', 4520],
    ['€ 1.234,56', 123456],
    ['€1.234,56', 123456],
    ['1,234.56', 123456],
    ['1234', 123400],
    ['1234,5', 123450],
    ['12,5', 1250],
    ['1.5', 150],
    ['45,-', 4500],
    ['€ 45', 4500],
    ['45 euro', 4500],
    ['EUR 12,00', 1200],
    ['1.000.000', 100000000],
    ['12,345,678', undefined],
    ['0,01', 1],
    ['007', 700],
  ])('reads %s as %s cents', (text, cents) => {
    const parsed = parseAmount(text);
    if (cents === undefined) expect(parsed.ok).toBe(false);
    else expect(parsed).toEqual({ ok: true, value: cents });
  });

  it.each([
    ['1.600', 'nl', 160000],
    ['1.234', 'nl', 123400],
    ['999.999', 'nl', 99999900],
    ['€ 8.000', 'nl', 800000],
    ['1 250,00', 'nl', 125000],
    ['1 250', 'nl', 125000],
    ['1\u00a0250,50', 'nl', 125050],
    ['1,600', 'en', 160000],
    ['1.5', 'en', 150],
    ['€1,234.56', 'en', 123456],
    ['45,20', 'en', 4520],
  ] as const)('reads %s in %s as %s cents', (text, lang, cents) => {
    expect(parseAmount(text, lang)).toEqual({ ok: true, value: cents });
  });

  it.each([
    ['1,234', 'nl'],
    ['999,999', 'nl'],
    ['1.234', 'en'],
  ] as const)('refuses %s in %s as ambiguous', (text, lang) => {
    expect(parseAmount(text, lang)).toEqual({ ok: false, problem: 'ambiguous' });
  });

  it.each(['abc', '', '12,345,67', '1.23.45', '45,', '-5', '1,2,3', '12.34,56', '€', '1e5', '١٢٣'])(
    'refuses %s as not an amount',
    (text) => {
      expect(parseAmount(text)).toEqual({ ok: false, problem: 'not-an-amount' });
    },
  );

  it('refuses zero and amounts over a million', () => {
    expect(parseAmount('0')).toEqual({ ok: false, problem: 'zero' });
    expect(parseAmount('0,00')).toEqual({ ok: false, problem: 'zero' });
    expect(parseAmount('1.000.000,01')).toEqual({ ok: false, problem: 'too-large' });
    expect(parseAmount('99999999999999999999')).toEqual({ ok: false, problem: 'too-large' });
    expect(parseAmount('1.000.000,00')).toEqual({ ok: true, value: 100_000_000 });
  });
});

describe('formatCents', () => {
  it('writes Dutch and English amounts', () => {
    expect(formatCents(123456, 'nl')).toBe('€ 1.234,56');
    expect(formatCents(5, 'nl')).toBe('€ 0,05');
    expect(formatCents(800_000, 'nl')).toBe('€ 8.000,00');
    expect(formatCents(123456789, 'en')).toBe('€1,234,567.89');
    expect(formatCents(-250, 'nl')).toBe('-€ 2,50');
  });

  it('round-trips with parseAmount', () => {
    for (const cents of [1, 99, 100, 4520, 123456, 99_999_999]) {
      expect(parseAmount(formatCents(cents, 'nl'))).toEqual({ ok: true, value: cents });
      expect(parseAmount(formatCents(cents, 'en'))).toEqual({ ok: true, value: cents });
    }
  });
});

describe('parseTime', () => {
  it('reads 19:30 and 9.05, refuses 24:00', () => {
    expect(parseTime('19:30')).toBe('19:30');
    expect(parseTime('9.05')).toBe('09:05');
    expect(parseTime('24:00')).toBeUndefined();
  });
});

describe('item ids', () => {
  it('reads full and short forms, case-insensitive', () => {
    expect(parseItemId('ADV-2026-007', 2026)).toEqual({ prefix: 'ADV', year: 2026, number: 7 });
    expect(parseItemId('adv-7', 2027)).toEqual({ prefix: 'ADV', year: 2027, number: 7 });
    expect(parseItemId('Uit-2025-12', 2026)).toEqual({ prefix: 'UIT', year: 2025, number: 12 });
    expect(parseItemId('GN-3', 2026)).toEqual({ prefix: 'GN', year: 2026, number: 3 });
    expect(parseItemId('ADV', 2026)).toBeUndefined();
    expect(parseItemId('in-gesprek', 2026)).toBeUndefined();
  });

  it('writes three digits', () => {
    expect(formatItemId({ prefix: 'ADV', year: 2026, number: 7 })).toBe('ADV-2026-007');
    expect(formatItemId({ prefix: 'ADV', year: 2026, number: 1234 })).toBe('ADV-2026-1234');
  });

  it('finds ids in free text', () => {
    expect(findItemIds('Besproken: ADV-3 en ont-2026-002, weer ADV-2026-003.', 2026)).toEqual([
      'ADV-2026-003',
      'ONT-2026-002',
    ]);
  });
});

/** Pins for what the readers leave open when caps become data (issue 27, "Money that stays right"). */
describe('parseAmount: amounts as people write them, pinned', () => {
  it.each(['-1.600', '- 1.600', '+1.600', 'ca1.600', 'ca. 1.600', 'circa 1.600', '~1.600'])(
    'refuses %s: a sign or text before the amount',
    (text) => {
      expect(parseAmount(text)).toEqual({ ok: false, problem: 'not-an-amount' });
    },
  );

  it.each(['45 20', '45 2', '1 25', '1 2500'])('refuses %s: spaces that group no thousands', (text) => {
    const parsed = parseAmount(text);
    expect(parsed.ok).toBe(false);
    // Never read as the digits run together (€ 4.520).
    expect(parsed).not.toEqual({ ok: true, value: 452000 });
  });

  it.each([
    ['12 500', 1_250_000],
    ['12\u202f500', 1_250_000],
    ['12\u00a0500', 1_250_000],
    ['125 000', 12_500_000],
    ['45€', 4_500],
    ['45 €', 4_500],
    ['45,20€', 4_520],
    ['€\u00a045', 4_500],
  ])('reads %s as %s cents', (text, cents) => {
    expect(parseAmount(text)).toEqual({ ok: true, value: cents });
  });

  it('names too-large as the reason, for digits and for the million', () => {
    expect(parseAmount('1.000.001')).toEqual({ ok: false, problem: 'too-large' });
    expect(parseAmount('1000000000')).toEqual({ ok: false, problem: 'too-large' });
    expect(parseAmount('1 000 000 000')).toEqual({ ok: false, problem: 'too-large' });
    expect(parseAmount('1,000,001.00', 'en')).toEqual({ ok: false, problem: 'too-large' });
  });
});
