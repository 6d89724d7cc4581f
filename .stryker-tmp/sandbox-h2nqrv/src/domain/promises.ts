// @ts-nocheck
import type { AdviceRequest, MunicipalPromise } from '../store/schema.ts';
import { type CalendarDate, daysBetween, localDate } from '../time/time.ts';

/**
 * The municipality's promises (`termijn:` in its answer) as pure rules: when the bot asks
 * whether it was done, and what became of it. "On time" is measured against the date
 * that held when it was done (after postponements); the report also says how often it
 * was postponed.
 */
export const PROMISE_REMINDER_DAYS_BEFORE = 7;

export type PromiseReminder = 'before' | 'after';

/** What became of a promise, for lists and the yearly report. */
export type PromiseStatus = 'open' | 'on-time' | 'postponed' | 'late' | 'not-done';

export function isOpenPromise(promise: MunicipalPromise | undefined): promise is MunicipalPromise {
  return promise !== undefined && promise.outcome === undefined;
}

/** Requests whose promise is still open (also when the request itself is closed). */
export function withOpenPromise(requests: readonly AdviceRequest[]): AdviceRequest[] {
  return requests.filter((request) => isOpenPromise(request.promise));
}

/** The reminder due today, if any: 7 days before the date and the day after it, each once. */
export function duePromiseReminder(
  promise: MunicipalPromise,
  today: CalendarDate,
): PromiseReminder | undefined {
  if (promise.outcome) return undefined;
  const days = daysBetween(today, promise.due);
  if (days < 0) return promise.reminders.after ? undefined : 'after';
  if (days <= PROMISE_REMINDER_DAYS_BEFORE) return promise.reminders.before ? undefined : 'before';
  return undefined;
}

/** The calendar day the outcome was recorded. */
export function settledOn(promise: MunicipalPromise, zone: string): CalendarDate | undefined {
  return promise.outcome ? localDate(new Date(promise.outcome.at), zone) : undefined;
}

/** Days after the date that held that it was done (0 when on time or not done). */
export function daysLateDone(promise: MunicipalPromise, zone: string): number {
  const day = settledOn(promise, zone);
  if (!day || promise.outcome?.result !== 'uitgevoerd') return 0;
  return Math.max(0, daysBetween(promise.due, day));
}

export function promiseStatus(promise: MunicipalPromise, zone: string): PromiseStatus {
  if (!promise.outcome) return 'open';
  if (promise.outcome.result === 'niet-uitgevoerd') return 'not-done';
  if (daysLateDone(promise, zone) > 0) return 'late';
  return promise.postponements.length > 0 ? 'postponed' : 'on-time';
}
