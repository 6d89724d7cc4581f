// @ts-nocheck
import type { AdviceRequest, Db } from '../store/schema.ts';
import { addDays, type CalendarDate, daysBetween } from '../time/time.ts';
import { DUE_SOON_DAYS } from './digest-windows.ts';
import { isOpenPromise, settledOn } from './promises.ts';

/** The digest's view of the municipality's promises: what is due, what is overdue, what was settled. */
export interface PromiseDigest {
  /** Open promises due within 14 days, soonest first. */
  readonly dueSoon: ReadonlyArray<{ readonly request: AdviceRequest; readonly days: number }>;
  /** Open promises past their date, the oldest first. */
  readonly overdue: ReadonlyArray<{ readonly request: AdviceRequest; readonly days: number }>;
  /** Promises settled in the last 7 days. */
  readonly settled: readonly AdviceRequest[];
}

export function promiseDigest(db: Db, zone: string, today: CalendarDate): PromiseDigest {
  const open = db.adviceRequests
    .filter((request) => isOpenPromise(request.promise))
    .map((request) => ({ request, days: daysBetween(today, request.promise!.due) }));
  const weekAgo = addDays(today, -7);
  return {
    dueSoon: open
      .filter((entry) => entry.days >= 0 && entry.days <= DUE_SOON_DAYS)
      .sort((a, b) => a.days - b.days),
    overdue: open
      .filter((entry) => entry.days < 0)
      .map((entry) => ({ request: entry.request, days: -entry.days }))
      .sort((a, b) => b.days - a.days),
    settled: db.adviceRequests.filter((request) => {
      const day = request.promise ? settledOn(request.promise, zone) : undefined;
      return day !== undefined && day > weekAgo && day <= today;
    }),
  };
}
