import type { AdviceRequest, AnswerDecision } from '../store/schema.ts';
import { type CalendarDate, localDate } from '../time.ts';
import { daysLateDone, type PromiseStatus, promiseStatus } from './promises.ts';

/**
 * What became of each advice (the yearly report's table, §8a): one row per request
 * received in the year, from receipt to the outcome of the municipality's promise.
 */
export interface RequestRow {
  /** The request itself, so a rendering can decide what it may show. */
  readonly request: AdviceRequest;
  readonly received: CalendarDate;
  readonly advice:
    | { readonly kind: 'given'; readonly date: CalendarDate }
    | { readonly kind: 'declined'; readonly date: CalendarDate }
    | { readonly kind: 'pending' };
  readonly answer?: {
    readonly decision: AnswerDecision;
    readonly date: CalendarDate;
    readonly onTime: boolean;
    readonly completeAtOnce: boolean;
  };
  readonly promise?: {
    readonly status: PromiseStatus;
    readonly due: CalendarDate;
    readonly postponements: number;
    readonly daysLate: number;
  };
}

/** The evaluation's first improvement point in two figures. */
export interface FollowThrough {
  /** Promises whose date has passed or that were settled, and how many of those were kept on time. */
  readonly promisesDue: number;
  readonly promisesKeptOnTime: number;
}

export function requestRows(requests: readonly AdviceRequest[], year: number, zone: string): RequestRow[] {
  const day = (instant: string) => localDate(new Date(instant), zone);
  return requests
    .filter((request) => day(request.openedAt).startsWith(`${year}-`))
    .map((request) => ({
      request,
      received: day(request.openedAt),
      advice: request.advice
        ? { kind: 'given' as const, date: day(request.advice.at) }
        : request.declined
          ? { kind: 'declined' as const, date: day(request.declined.at) }
          : { kind: 'pending' as const },
      ...(request.answer
        ? {
            answer: {
              decision: request.answer.decision,
              date: day(request.answer.at),
              onTime: request.answer.daysLate === 0,
              completeAtOnce: request.answerRefusals === 0,
            },
          }
        : {}),
      ...(request.promise
        ? {
            promise: {
              status: promiseStatus(request.promise, zone),
              due: request.promise.due,
              postponements: request.promise.postponements.length,
              daysLate: daysLateDone(request.promise, zone),
            },
          }
        : {}),
    }));
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
