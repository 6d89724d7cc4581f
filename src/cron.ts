import { TZDate } from '@date-fns/tz';
import { getISOWeek } from 'date-fns/getISOWeek';
import { getISOWeekYear } from 'date-fns/getISOWeekYear';
import { addDays, type CalendarDate, localDate } from './time.ts';

/**
 * The five-field cron of `digest.cron` (`0 9 * * 1` = Mondays 09:00), read in the panel's
 * time zone, so "09:00" stays 09:00 on the wall clock across DST changes.
 * Fields: minute hour day-of-month month day-of-week (0 or 7 = Sunday); each `*`, a
 * number, a range `1-5`, a list `1,3`, or a step `*\/15`.
 */
export interface Cron {
  readonly minutes: readonly number[];
  readonly hours: readonly number[];
  readonly daysOfMonth: ReadonlySet<number> | undefined;
  readonly months: ReadonlySet<number>;
  readonly daysOfWeek: ReadonlySet<number> | undefined;
}

function field(text: string, min: number, max: number): number[] | undefined {
  const values = new Set<number>();
  for (const part of text.split(',')) {
    const match = /^(\*|(\d+)(?:-(\d+))?)(?:\/(\d+))?$/.exec(part);
    if (!match) return undefined;
    const from = match[1] === '*' ? min : Number(match[2]);
    const to = match[1] === '*' ? max : match[3] !== undefined ? Number(match[3]) : match[4] ? max : from;
    const step = match[4] ? Number(match[4]) : 1;
    if (from < min || to > max || from > to || step < 1) return undefined;
    for (let value = from; value <= to; value += step) values.add(value);
  }
  return [...values].sort((a, b) => a - b);
}

export function parseCron(text: string): Cron | undefined {
  const parts = text.trim().split(/\s+/);
  if (parts.length !== 5) return undefined;
  const [minute, hour, dayOfMonth, month, dayOfWeek] = parts as [string, string, string, string, string];
  const minutes = field(minute, 0, 59);
  const hours = field(hour, 0, 23);
  const daysOfMonth = field(dayOfMonth, 1, 31);
  const months = field(month, 1, 12);
  const daysOfWeek = field(dayOfWeek, 0, 7);
  if (!minutes || !hours || !daysOfMonth || !months || !daysOfWeek) return undefined;
  return {
    minutes,
    hours,
    daysOfMonth: dayOfMonth === '*' ? undefined : new Set(daysOfMonth),
    months: new Set(months),
    daysOfWeek: dayOfWeek === '*' ? undefined : new Set(daysOfWeek.map((day) => day % 7)),
  };
}

function weekday(date: CalendarDate): number {
  return new Date(`${date}T12:00:00Z`).getUTCDay();
}

/** Whether the cron fires on this calendar date (day of month and day of week as cron does: either, when both are set). */
export function firesOn(cron: Cron, date: CalendarDate): boolean {
  if (!cron.months.has(Number(date.slice(5, 7)))) return false;
  const byMonthDay = cron.daysOfMonth?.has(Number(date.slice(8, 10)));
  const byWeekday = cron.daysOfWeek?.has(weekday(date));
  if (byMonthDay === undefined && byWeekday === undefined) return true;
  if (byMonthDay === undefined) return byWeekday!;
  if (byWeekday === undefined) return byMonthDay;
  return byMonthDay || byWeekday;
}

/** The ISO week of a calendar date: `2026-W49`. */
export function weekKey(date: CalendarDate): string {
  const day = new Date(`${date}T12:00:00Z`);
  return `${getISOWeekYear(day)}-W${String(getISOWeek(day)).padStart(2, '0')}`;
}

/** Monday of the ISO week of a date. */
export function weekStart(date: CalendarDate): CalendarDate {
  return addDays(date, -((weekday(date) + 6) % 7));
}

/**
 * The latest time the cron fired at or before `now`, within the ISO week of `now`
 * (in `zone`); undefined when it has not fired yet this week.
 */
export function latestThisWeek(cron: Cron, now: Date, zone: string): Date | undefined {
  const today = localDate(now, zone);
  const monday = weekStart(today);
  for (let date = today; date >= monday; date = addDays(date, -1)) {
    if (!firesOn(cron, date)) continue;
    const [year, month, day] = date.split('-').map(Number) as [number, number, number];
    for (const hour of [...cron.hours].reverse()) {
      for (const minute of [...cron.minutes].reverse()) {
        const instant = new Date(new TZDate(year, month - 1, day, hour, minute, 0, zone).getTime());
        if (instant.getTime() <= now.getTime() && localDate(instant, zone) === date) return instant;
      }
    }
  }
  return undefined;
}
