// @ts-nocheck
import { TZDate } from '@date-fns/tz';

/**
 * Calendar dates are kept as `yyyy-MM-dd` strings in the panel's time zone
 * (Europe/Amsterdam by default); instants as ISO strings in UTC. Day arithmetic works on
 * the calendar date, so a DST change never shifts a due date.
 */
export type CalendarDate = string;

const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Offsets change only at quarter hours in every real time zone, so one lookup serves 15 minutes. */
const OFFSET_BUCKET_MS = 15 * 60_000;
const offsets = new Map<string, number>();

/** Minutes east of UTC in `zone` at `ms`; @date-fns/tz is asked once per quarter hour and zone. */
function offsetMinutes(ms: number, zone: string): number {
  const key = `${zone} ${Math.floor(ms / OFFSET_BUCKET_MS)}`;
  let offset = offsets.get(key);
  if (offset === undefined) {
    if (offsets.size >= 100_000) offsets.clear();
    offset = -new TZDate(ms, zone).getTimezoneOffset();
    offsets.set(key, offset);
  }
  return offset;
}

/** The wall-clock reading of an instant in a time zone, as the UTC fields of a Date. */
function inZone(instant: Date, zone: string): Date {
  const ms = instant.getTime();
  return new Date(ms + offsetMinutes(ms, zone) * 60_000);
}

export function localDate(instant: Date, zone: string): CalendarDate {
  const local = inZone(instant, zone);
  return calendarDate(local.getUTCFullYear(), local.getUTCMonth() + 1, local.getUTCDate());
}

export function localYear(instant: Date, zone: string): number {
  return inZone(instant, zone).getUTCFullYear();
}

function toUtcMidnight(date: CalendarDate): number {
  const match = ISO_DATE.exec(date);
  if (!match) throw new Error(`Not a calendar date: ${date}`);
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  return new Date(toUtcMidnight(date) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return Math.round((toUtcMidnight(to) - toUtcMidnight(from)) / DAY_MS);
}

/** True when y-m-d is a real date (31-02-2027 is not). */
export function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1 || year < 1000 || year > 9999) return false;
  const probe = new Date(Date.UTC(year, month - 1, day));
  return probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
}

export function calendarDate(year: number, month: number, day: number): CalendarDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const LOCAL_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?$/;

/**
 * Reads an ISO time as people write it. With a zone (`Z`, `+01:00`) it is exact;
 * without one it is a wall-clock time in `zone` (`2026-11-30T09:00` is 09:00 in Amsterdam).
 * Returns undefined when the text is not such a time.
 */
export function parseInstant(text: string, zone: string): Date | undefined {
  const trimmed = text.trim();
  const local = LOCAL_TIME.exec(trimmed);
  if (local) {
    const [year, month, day, hour, minute, second] = local.slice(1).map((part) => Number(part ?? 0)) as [
      number,
      number,
      number,
      number,
      number,
      number,
    ];
    if (!isRealDate(year, month, day) || hour > 23 || minute > 59 || second > 59) return undefined;
    return new Date(new TZDate(year, month - 1, day, hour, minute, second, zone).getTime());
  }
  if (!/^\d{4}-\d{2}-\d{2}T[\d:.]+(Z|[+-]\d{2}:?\d{2})$/.test(trimmed)) return undefined;
  const parsed = new Date(trimmed);
  return Number.isNaN(parsed.getTime()) ? undefined : parsed;
}

/** `28-11-2026` in Dutch, `2026-11-28` in English. */
export function formatDate(date: CalendarDate, lang: 'nl' | 'en'): string {
  if (lang === 'en') return date;
  const [year, month, day] = date.split('-');
  return `${Number(day)}-${Number(month)}-${year}`;
}

const MONTH_NAMES = {
  nl: [
    'januari',
    'februari',
    'maart',
    'april',
    'mei',
    'juni',
    'juli',
    'augustus',
    'september',
    'oktober',
    'november',
    'december',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
};

/** The date written out, as a reply echoes a date it read: `3 maart 2027`, `3 March 2027`. */
export function formatLongDate(date: CalendarDate, lang: 'nl' | 'en'): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return `${day} ${MONTH_NAMES[lang][month - 1]} ${year}`;
}

const WEEKDAY_NAMES = {
  nl: ['zondag', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag'],
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
} as const;

/** The day of the week of a date, 0 for Sunday. */
export function weekdayOf(date: CalendarDate): number {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

/** `zaterdag 13 november 2027`. */
export function formatWeekdayDate(date: CalendarDate, lang: 'nl' | 'en'): string {
  return `${WEEKDAY_NAMES[lang][weekdayOf(date)]} ${formatLongDate(date, lang)}`;
}

export function formatDateTime(instant: Date, zone: string, lang: 'nl' | 'en'): string {
  const local = inZone(instant, zone);
  const time = `${String(local.getUTCHours()).padStart(2, '0')}:${String(local.getUTCMinutes()).padStart(2, '0')}`;
  return `${formatDate(localDate(instant, zone), lang)} ${time}`;
}
