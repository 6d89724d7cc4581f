// @ts-nocheck
import type { Lang } from '../i18n/lang.ts';

/**
 * Readers for the values of the command grammar (amounts, dates, ids). Each returns either the
 * value or the reason it was refused, so the caller can say it in the user's language.
 */
export type Parsed<T, Problem extends string> = { ok: true; value: T } | { ok: false; problem: Problem };

export type AmountProblem = 'not-an-amount' | 'ambiguous' | 'zero' | 'too-large';

/** The largest single amount the bot accepts: € 1.000.000,00. */
export const MAX_AMOUNT_CENTS = 100_000_000;

const WHOLE = /^\d+$/;
const DECIMAL = /^(\d+)[.,](\d{1,2})$/;
const GROUPED_DUTCH = /^(\d{1,3}(?:\.\d{3})+),(\d{2})$/;
const GROUPED_ENGLISH = /^(\d{1,3}(?:,\d{3})+)\.(\d{2})$/;
const GROUPED_WHOLE = /^\d{1,3}([.,])\d{3}(?:\1\d{3})+$/;
const THOUSAND_OR_DECIMAL = /^\d{1,3}([.,])\d{3}$/;

const SPACE_GROUPED = /^\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:[.,]\d{1,2})?$/;

/**
 * Reads a euro amount into integer cents: `45,20`, `€ 1.234,56`, `1 250,00`, `1234`,
 * `45,-`, `1,234.56`, `1.000.000`, `12,5`. A lone `.` or `,` followed by one or two digits
 * is the decimal mark. Followed by exactly three digits it is read as the panel's language
 * writes thousands: in Dutch `1.600` is € 1.600,00 (as the agreement writes it) and `1,600`
 * is refused as ambiguous; in English the other way round.
 */
export function parseAmount(text: string, lang: Lang = 'nl'): Parsed<number, AmountProblem> {
  let body = text
    .trim()
    .replace(/^(€|eur\b|euro\b)\s*/i, '')
    .replace(/\s*(€|eur|euro)$/i, '')
    .replace(/[,.]-$/, '');
  if (SPACE_GROUPED.test(body)) body = body.replace(/[ \u00a0\u202f]/g, '');
  let euros: string;
  let cents = '00';
  const decimal = DECIMAL.exec(body) ?? GROUPED_DUTCH.exec(body) ?? GROUPED_ENGLISH.exec(body);
  const thousands = THOUSAND_OR_DECIMAL.exec(body);
  if (WHOLE.test(body) || GROUPED_WHOLE.test(body)) {
    euros = body;
  } else if (decimal) {
    euros = decimal[1]!;
    cents = decimal[2]!.padEnd(2, '0');
  } else if (thousands) {
    if (thousands[1] !== (lang === 'nl' ? '.' : ',')) return { ok: false, problem: 'ambiguous' };
    euros = body;
  } else {
    return { ok: false, problem: 'not-an-amount' };
  }
  const digits = euros.replace(/[.,]/g, '').replace(/^0+(?=\d)/, '');
  if (digits.length > 9) return { ok: false, problem: 'too-large' };
  const total = Number(digits) * 100 + Number(cents);
  if (total === 0) return { ok: false, problem: 'zero' };
  if (total > MAX_AMOUNT_CENTS) return { ok: false, problem: 'too-large' };
  return { ok: true, value: total };
}

const TIME = /^([01]?\d|2[0-3])[:.]([0-5]\d)$/;

/** Reads `19:30` or `19.30` into `19:30`. */
export function parseTime(text: string): string | undefined {
  const match = TIME.exec(text.trim());
  return match ? `${match[1]!.padStart(2, '0')}:${match[2]}` : undefined;
}

/** An item id: `ADV-2026-007`, `adv-2026-7`, or the short `ADV-7` for the current year. */
export interface ItemIdParts {
  readonly prefix: string;
  readonly year: number;
  readonly number: number;
}

/** Numbers have no ceiling: the 10,000th item of a year is `BES-2026-10000`. */
const FULL_ID = /^([a-z]{2,3})-(\d{4})-(\d+)$/i;
const SHORT_ID = /^([a-z]{2,3})-(\d+)$/i;

export function parseItemId(text: string, currentYear: number): ItemIdParts | undefined {
  const trimmed = text.trim();
  const full = FULL_ID.exec(trimmed);
  if (full) return { prefix: full[1]!.toUpperCase(), year: Number(full[2]), number: Number(full[3]) };
  const short = SHORT_ID.exec(trimmed);
  if (short) return { prefix: short[1]!.toUpperCase(), year: currentYear, number: Number(short[2]) };
  return undefined;
}

/** Whether a typed id is the short form without a year (`OVL-5`). */
export function isShortItemId(text: string): boolean {
  return SHORT_ID.test(text.trim());
}

export function formatItemId(parts: ItemIdParts): string {
  return `${parts.prefix}-${parts.year}-${String(parts.number).padStart(3, '0')}`;
}

/** Every item id written in a text, in order, without repeats. */
export function findItemIds(text: string, currentYear: number): string[] {
  const found = new Set<string>();
  for (const match of text.matchAll(/\b([A-Za-z]{2,3}-(?:\d{4}-)?\d+)\b/g)) {
    const parts = parseItemId(match[1]!, currentYear);
    if (parts) found.add(formatItemId(parts));
  }
  return [...found];
}
