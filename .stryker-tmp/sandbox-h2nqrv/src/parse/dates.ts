// @ts-nocheck
// The two locales only: the package's main entry loads all of them (three times the start-up).
import * as en from 'chrono-node/en';
import * as nl from 'chrono-node/nl';
import { lookup } from '../port/lookup.ts';
import { addDays, type CalendarDate, calendarDate, isRealDate, weekdayOf } from '../time/time.ts';

/**
 * Dates as people write them (`3 maart`, `morgen`, `volgende week dinsdag`, `over twee
 * weken`, `eind maart`, `10 december 19:30`), read with chrono-node's Dutch parser and,
 * for an English panel's members, its English one. Everything is read against the
 * panel's calendar date (`today`, already in Europe/Amsterdam), so the server's own
 * time zone never matters. A date without a year is the next such day from today.
 */
export type DateProblem = 'not-a-date' | 'no-such-date' | 'wrong-weekday';

export interface When {
  readonly date: CalendarDate;
  /** `19:30`, when a time was written. */
  readonly time?: string;
}

export type DateReading =
  | { ok: true; value: When }
  /** `date`: for a weekday that does not fit, the date the rest names (`vrijdag 13 november`). */
  | { ok: false; problem: DateProblem; date?: CalendarDate };

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const NUMERIC = /^(\d{1,2})[-/.](\d{1,2})(?:[-/.](\d{4}))?$/;
/** `1-3-27`: a year in two digits is refused, not guessed. */
const SHORT_YEAR = /^\d{1,2}[-/.]\d{1,2}[-/.]\d{1,3}$/;
const RELATIVE: Record<string, number> = {
  vandaag: 0,
  today: 0,
  morgen: 1,
  tomorrow: 1,
  overmorgen: 2,
  'the day after tomorrow': 2,
  'day after tomorrow': 2,
};
const EDGE = /^(eind|einde|end|begin|start)\s+(?:van\s+|of\s+)?(.+)$/;
const MONTHS = [
  ['januari', 'january', 'jan'],
  ['februari', 'february', 'feb'],
  ['maart', 'march', 'mrt', 'mar'],
  ['april', 'apr'],
  ['mei', 'may'],
  ['juni', 'june', 'jun'],
  ['juli', 'july', 'jul'],
  ['augustus', 'august', 'aug'],
  ['september', 'sept', 'sep'],
  ['oktober', 'october', 'okt', 'oct'],
  ['november', 'nov'],
  ['december', 'dec'],
] as const;
const DAY_AND_MONTH = /^(\d{1,2})\s+([a-z]+)\.?(?:\s+(\d{4}))?$/;
const WEEKDAYS = [
  ['zondag', 'sunday', 'zo', 'sun'],
  ['maandag', 'monday', 'ma', 'mon'],
  ['dinsdag', 'tuesday', 'di', 'tue'],
  ['woensdag', 'wednesday', 'wo', 'wed'],
  ['donderdag', 'thursday', 'do', 'thu'],
  ['vrijdag', 'friday', 'vr', 'fri'],
  ['zaterdag', 'saturday', 'za', 'sat'],
] as const;
/** A weekday before a date with a day in it: `vrijdag 13 november`, `di 1-12`. */
const WEEKDAY_FIRST = /^([a-z]+),?\s+(\d.*)$/;

function parts(date: CalendarDate): [number, number, number] {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return [year, month, day];
}

/** The next day from `today` (today included) that falls on this day and month. */
function nextOccurrence(today: CalendarDate, month: number, day: number): CalendarDate | undefined {
  const [year] = parts(today);
  for (const candidate of [year, year + 1, year + 2, year + 3, year + 4]) {
    if (!isRealDate(candidate, month, day)) continue;
    const date = calendarDate(candidate, month, day);
    if (date >= today) return date;
  }
  return undefined;
}

function monthNumber(word: string): number | undefined {
  const index = MONTHS.findIndex((names) => (names as readonly string[]).includes(word));
  return index < 0 ? undefined : index + 1;
}

/** `1-3-2027`, `2027-03-01`, `3-3` (the next 3 March). */
function numeric(text: string, today: CalendarDate): DateReading | undefined {
  const iso = ISO.exec(text);
  const dutch = NUMERIC.exec(text);
  if (!iso && !dutch) return undefined;
  const [year, month, day] = iso
    ? [Number(iso[1]), Number(iso[2]), Number(iso[3])]
    : [dutch![3] ? Number(dutch![3]) : undefined, Number(dutch![2]), Number(dutch![1])];
  if (year === undefined) {
    const next = isRealDate(2024, month, day) ? nextOccurrence(today, month, day) : undefined;
    return next ? { ok: true, value: { date: next } } : { ok: false, problem: 'no-such-date' };
  }
  if (!isRealDate(year, month, day)) return { ok: false, problem: 'no-such-date' };
  return { ok: true, value: { date: calendarDate(year, month, day) } };
}

/** `29 februari`: a day and a month name without a year is the next such day, even years away. */
function dayAndMonth(text: string, today: CalendarDate): DateReading | undefined {
  const match = DAY_AND_MONTH.exec(text);
  const month = match ? monthNumber(match[2]!) : undefined;
  if (month === undefined || match![3] !== undefined) return undefined;
  const next = nextOccurrence(today, month, Number(match![1]));
  return next ? { ok: true, value: { date: next } } : undefined;
}

/**
 * A weekday before a date (`vrijdag 13 november`) must be the date's own weekday: a
 * weekday that does not fit is refused, not dropped, so a wrong day is seen at once.
 */
function withWeekday(text: string, today: CalendarDate): DateReading | undefined {
  const match = WEEKDAY_FIRST.exec(text);
  const weekday = match
    ? WEEKDAYS.findIndex((names) => (names as readonly string[]).includes(match[1]!))
    : -1;
  if (weekday < 0) return undefined;
  const rest = parseWhen(match![2]!, today);
  if (!rest.ok) return undefined;
  if (weekdayOf(rest.value.date) !== weekday)
    return { ok: false, problem: 'wrong-weekday', date: rest.value.date };
  return rest;
}

/** A day and a month name that make no date (`31 februari`), so the refusal can say so. */
function impossibleDay(text: string): boolean {
  const match = DAY_AND_MONTH.exec(text);
  const month = match ? monthNumber(match[2]!) : undefined;
  return month !== undefined && !isRealDate(Number(match![3] ?? 2024), month, Number(match![1]));
}

/** chrono reads against a clock on the server; this one shows the panel's wall-clock noon of `today`. */
function reference(today: CalendarDate): Date {
  const [year, month, day] = parts(today);
  return new Date(year, month - 1, day, 12, 0, 0);
}

/** What chrono reads in the whole text, or undefined when it reads only part of it or nothing definite. */
function readWithChrono(text: string, today: CalendarDate): When | undefined {
  for (const parser of [nl, en.casual]) {
    const results = parser.parse(text, reference(today), { forwardDate: true });
    const [result] = results;
    if (results.length !== 1 || !result || result.index !== 0 || result.text.length !== text.length) continue;
    const start = result.start;
    // A month alone (`maart`, `volgende maand`) names no day.
    if (!start.isCertain('day') && !start.isCertain('weekday') && !start.isCertain('hour')) continue;
    const year = start.get('year')!;
    const month = start.get('month')!;
    const day = start.get('day')!;
    if (!isRealDate(year, month, day)) continue;
    const time = start.isCertain('hour')
      ? `${String(start.get('hour')).padStart(2, '0')}:${String(start.get('minute') ?? 0).padStart(2, '0')}`
      : undefined;
    return { date: calendarDate(year, month, day), ...(time ? { time } : {}) };
  }
  return undefined;
}

/** `eind maart` is the last day of March, `begin april` its first; the next such month from today. */
function monthEdge(text: string, today: CalendarDate): When | undefined {
  const match = EDGE.exec(text);
  if (!match) return undefined;
  const rest = match[2]!.replace(/\s+/g, ' ');
  const [name, yearText] = rest.split(' ');
  const month = monthNumber(name ?? '');
  if (month === undefined || (yearText !== undefined && !/^\d{4}$/.test(yearText))) return undefined;
  const [thisYear, thisMonth] = parts(today);
  const year = yearText ? Number(yearText) : month >= thisMonth ? thisYear : thisYear + 1;
  const first = calendarDate(year, month, 1);
  const atEnd = match[1] === 'eind' || match[1] === 'einde' || match[1] === 'end';
  const last = addDays(month === 12 ? calendarDate(year + 1, 1, 1) : calendarDate(year, month + 1, 1), -1);
  return { date: atEnd ? last : first };
}

/** Reads a date, with a time where one is written (`10 december 19:30`, `om 19.30`). */
export function parseWhen(typed: string, today: CalendarDate): DateReading {
  const text = typed.trim().toLowerCase().replace(/\s+/g, ' ').replace(/[.,]$/, '');
  if (!text) return { ok: false, problem: 'not-a-date' };
  const offset = lookup(RELATIVE, text);
  if (offset !== undefined) return { ok: true, value: { date: addDays(today, offset) } };
  if (SHORT_YEAR.test(text)) return { ok: false, problem: 'not-a-date' };
  const exact = numeric(text, today);
  if (exact) return exact;
  const edge = monthEdge(text, today);
  if (edge) return { ok: true, value: edge };
  const named = dayAndMonth(text, today) ?? withWeekday(text, today);
  if (named) return named;
  const read = readWithChrono(text, today);
  if (read) return { ok: true, value: read };
  return { ok: false, problem: impossibleDay(text) ? 'no-such-date' : 'not-a-date' };
}

/** Reads a date without a time. */
export function parseDate(
  typed: string,
  today: CalendarDate,
): { ok: true; value: CalendarDate } | { ok: false; problem: DateProblem } {
  const read = parseWhen(typed, today);
  if (!read.ok) return read;
  if (read.value.time !== undefined) return { ok: false, problem: 'not-a-date' };
  return { ok: true, value: read.value.date };
}

/** A date for hints, a few months ahead of today: the first of the month three months on. */
export function exampleDate(today: CalendarDate): CalendarDate {
  const [year, month] = parts(today);
  const target = month + 3;
  return target > 12 ? calendarDate(year + 1, target - 12, 1) : calendarDate(year, target, 1);
}
