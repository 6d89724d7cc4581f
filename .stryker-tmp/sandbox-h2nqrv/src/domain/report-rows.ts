// @ts-nocheck
import type { AdviceRequest, AnswerDecision } from '../store/schema.ts';
import { type CalendarDate, daysBetween, localDate } from '../time/time.ts';
import { daysLateDone, type PromiseStatus, promiseStatus, settledOn } from './promises.ts';

/**
 * What became of each advice (the yearly report's table): one row per request received in
 * the year, and per request of an earlier year that was still open during it. Everything
 * is seen as it stood at the end of the year, or today for the current year.
 */
export interface RequestRow {
  /** The request itself, so a rendering can decide what it may show. */
  readonly request: AdviceRequest;
  readonly received: CalendarDate;
  /** Received in an earlier year, and still open when this year began. */
  readonly carriedOver: boolean;
  readonly advice:
    | { readonly kind: 'given'; readonly date: CalendarDate }
    | { readonly kind: 'declined'; readonly date: CalendarDate; readonly reason: string }
    | { readonly kind: 'pending' };
  /** The municipality's answer, once it came. */
  readonly answer?: {
    readonly decision: AnswerDecision;
    readonly date: CalendarDate;
    readonly daysLate: number;
    readonly completeAtOnce: boolean;
  };
  /** An answer that had not come yet: when it is due, and how many days late it is (0: not yet due). */
  readonly awaiting?: { readonly due: CalendarDate; readonly daysLate: number };
  readonly promise?: {
    readonly status: PromiseStatus;
    readonly due: CalendarDate;
    readonly postponements: number;
    readonly daysLate: number;
  };
}

/** How far a promise got: how many were due, and how many of those were kept on time. */
export interface FollowThrough {
  /** Promises whose date has passed or that were settled, and how many of those were kept on time. */
  readonly promisesDue: number;
  readonly promisesKeptOnTime: number;
}

/** The last day a year's report looks at: the end of the year, or today while it runs. */
export function reportDay(year: number, today: CalendarDate): CalendarDate {
  const end: CalendarDate = `${year}-12-31`;
  return today < end ? today : end;
}

/** Whether a request had business left when `day` began: no advice yet, no answer yet, or an open promise. */
function openOn(request: AdviceRequest, day: CalendarDate, zone: string): boolean {
  const date = (instant: string | undefined) => (instant ? localDate(new Date(instant), zone) : undefined);
  const before = (instant: string | undefined) => {
    const when = date(instant);
    return when !== undefined && when < day;
  };
  if (before(request.declined?.at)) return false;
  if (!before(request.advice?.at)) return true;
  if (!before(request.answer?.at)) return true;
  const settled = request.promise ? settledOn(request.promise, zone) : undefined;
  return request.promise !== undefined && (settled === undefined || settled >= day);
}

export function requestRows(
  requests: readonly AdviceRequest[],
  year: number,
  zone: string,
  today: CalendarDate,
): RequestRow[] {
  const day = (instant: string) => localDate(new Date(instant), zone);
  const asOf = reportDay(year, today);
  const start: CalendarDate = `${year}-01-01`;
  const upTo = (instant: string | undefined) => instant !== undefined && day(instant) <= asOf;
  return requests
    .filter((request) => {
      const received = day(request.openedAt);
      if (received > asOf) return false;
      return received >= start || openOn(request, start, zone);
    })
    .map((request): RequestRow => {
      const received = day(request.openedAt);
      const advice = upTo(request.advice?.at) ? request.advice : undefined;
      const declined = upTo(request.declined?.at) ? request.declined : undefined;
      const answer = upTo(request.answer?.at) ? request.answer : undefined;
      return {
        request,
        received,
        carriedOver: received < start,
        advice: advice
          ? { kind: 'given', date: day(advice.at) }
          : declined
            ? { kind: 'declined', date: day(declined.at), reason: declined.reason }
            : { kind: 'pending' },
        ...(answer
          ? {
              answer: {
                decision: answer.decision,
                date: day(answer.at),
                daysLate: answer.daysLate,
                completeAtOnce: request.answerRefusals === 0,
              },
            }
          : {}),
        ...(advice && !answer
          ? { awaiting: { due: advice.dueDate, daysLate: Math.max(0, daysBetween(advice.dueDate, asOf)) } }
          : {}),
        ...(answer && request.promise
          ? {
              promise: {
                status: promiseStatus(request.promise, zone),
                due: request.promise.due,
                postponements: request.promise.postponements.length,
                daysLate: daysLateDone(request.promise, zone),
              },
            }
          : {}),
      };
    });
}

/** Of the rows' promises that are due (settled, or past their first date): how many were kept on time. */
export function followThrough(rows: readonly RequestRow[], today: CalendarDate): FollowThrough {
  const due = rows.filter(
    (row) => row.promise && (row.promise.status !== 'open' || row.request.promise!.promised < today),
  );
  return {
    promisesDue: due.length,
    promisesKeptOnTime: due.filter((row) => row.promise!.status === 'on-time').length,
  };
}
