// @ts-nocheck
import { Cron } from 'croner';
import { getISOWeek } from 'date-fns/getISOWeek';
import { getISOWeekYear } from 'date-fns/getISOWeekYear';
import { addDays, type CalendarDate, localDate } from './time.ts';

/**
 * The five-field cron of `digest.cron` (`0 9 * * 1` = Mondays 09:00), read by croner in the
 * panel's time zone, so "09:00" stays 09:00 on the wall clock across DST changes. Day of month
 * and day of week combine as classic cron does: either, when both are set.
 */
export interface DigestCron {
  readonly pattern: string;
}

function schedule(pattern: string, zone: string): Cron {
  return new Cron(pattern, { timezone: zone, mode: '5-part', paused: true });
}

/** The cron when the text is a valid five-field pattern, else undefined. */
export function parseCron(text: string): DigestCron | undefined {
  try {
    schedule(text.trim(), 'UTC');
    return { pattern: text.trim() };
  } catch {
    return undefined;
  }
}

/** The ISO week of a calendar date: `2026-W49`. */
export function weekKey(date: CalendarDate): string {
  const day = new Date(`${date}T12:00:00Z`);
  return `${getISOWeekYear(day)}-W${String(getISOWeek(day)).padStart(2, '0')}`;
}

/** Monday of the ISO week of a date. */
export function weekStart(date: CalendarDate): CalendarDate {
  const weekday = new Date(`${date}T12:00:00Z`).getUTCDay();
  return addDays(date, -((weekday + 6) % 7));
}

/**
 * The latest time the cron fired at or before `now`, within the ISO week of `now`
 * (in `zone`); undefined when it has not fired yet this week.
 */
export function latestThisWeek(cron: DigestCron, now: Date, zone: string): Date | undefined {
  // croner looks strictly before its reference and works in whole seconds.
  const [latest] = schedule(cron.pattern, zone).previousRuns(
    1,
    new Date(Math.floor(now.getTime() / 1000) * 1000 + 1000),
  );
  if (!latest || latest.getTime() > now.getTime()) return undefined;
  return weekStart(localDate(latest, zone)) === weekStart(localDate(now, zone)) ? latest : undefined;
}
