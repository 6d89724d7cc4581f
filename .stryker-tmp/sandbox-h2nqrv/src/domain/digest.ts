// @ts-nocheck
import type { Config } from '../setup/config.ts';
import type { AdviceRequest, AdviceStep, Db, Development, Expense, Meeting, Note } from '../store/schema.ts';
import { type CalendarDate, daysBetween, localDate } from '../time/time.ts';
import { openByOwner } from './action-points.ts';
import { awaitsAnswer } from './advice.ts';
import { type AgreementNotice, agreementNotice, termsOf, yearBudget } from './agreements.ts';
import type { Budget } from './budget.ts';
import { DUE_SOON_DAYS, QUIET_AFTER_DAYS } from './digest-windows.ts';
import { type PromiseDigest, promiseDigest } from './follow-up.ts';
import { mentionedIds, nextMeeting, type QuarterStatus, quarterStatus } from './meetings.ts';
import { missingSides } from './notes.ts';

export interface Digest {
  readonly today: CalendarDate;
  /** Answers past their due date, most overdue first. */
  readonly overdue: ReadonlyArray<{ readonly request: AdviceRequest; readonly days: number }>;
  /** Answers due within 14 days, soonest first. */
  readonly dueSoon: ReadonlyArray<{ readonly request: AdviceRequest; readonly days: number }>;
  /** Open requests by step, with their age in days. */
  readonly open: ReadonlyArray<{
    readonly step: AdviceStep;
    readonly requests: ReadonlyArray<{ readonly request: AdviceRequest; readonly age: number }>;
  }>;
  readonly awaitingApproval: readonly Expense[];
  readonly budget: Budget;
  readonly nextMeeting: Meeting | undefined;
  readonly quarter: QuarterStatus;
  readonly quietDevelopments: readonly Development[];
  readonly notesAwaiting: ReadonlyArray<{
    readonly note: Note;
    readonly sides: ReadonlyArray<'panel' | 'gemeente'>;
  }>;
  /** The municipality's promises: due soon, overdue, settled this week. */
  readonly promises: PromiseDigest;
  /** Open action points per owner. */
  readonly actions: ReturnType<typeof openByOwner>;
  /** The agreement running out, or none in force, and proposals awaiting approval (afspraak 8). */
  readonly agreement: AgreementNotice;
}

const OPEN_STEPS: readonly AdviceStep[] = [
  'ontvangen',
  'in-overweging',
  'in-gesprek',
  'advies-uitgebracht',
  'geen-advies',
  'reactie-ontvangen',
];

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string | undefined): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    if (key === undefined) continue;
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

function dateOf(instant: string, zone: string): CalendarDate {
  return localDate(new Date(instant), zone);
}

/** Everything the weekly digest shows (docs/ARCHITECTURE.md, "The digest"), as a pure function of the store and the day. */
export function buildDigest(db: Db, config: Config, today: CalendarDate): Digest {
  const zone = config.timezone;
  const awaiting = db.adviceRequests.filter(awaitsAnswer).map((request) => ({
    request,
    days: daysBetween(today, request.advice!.dueDate),
  }));
  // Joined by meeting id once, so the digest stays linear in the size of the store.
  const decisionsByMeeting = groupBy(db.decisions, (decision) => decision.about);
  const actionsByMeeting = groupBy(
    db.actionPoints.filter((point) => !point.removed),
    (point) => point.meeting,
  );
  const linked = new Set<string>([
    ...db.adviceRequests.flatMap((request) => (request.development ? [request.development] : [])),
    ...db.notes.flatMap((note) => (note.development ? [note.development] : [])),
    ...db.meetings.flatMap((meeting) =>
      mentionedIds(
        meeting,
        decisionsByMeeting.get(meeting.id) ?? [],
        Number(meeting.date.slice(0, 4)),
        actionsByMeeting.get(meeting.id) ?? [],
      ),
    ),
  ]);
  return {
    today,
    overdue: awaiting
      .filter((entry) => entry.days < 0)
      .map((entry) => ({ request: entry.request, days: -entry.days }))
      .sort((a, b) => b.days - a.days),
    dueSoon: awaiting
      .filter((entry) => entry.days >= 0 && entry.days <= DUE_SOON_DAYS)
      .sort((a, b) => a.days - b.days),
    open: OPEN_STEPS.map((step) => ({
      step,
      requests: db.adviceRequests
        .filter((request) => request.step === step)
        .map((request) => ({ request, age: daysBetween(dateOf(request.openedAt, zone), today) })),
    })).filter((group) => group.requests.length > 0),
    awaitingApproval: db.expenses.filter((expense) => expense.step === 'aangevraagd'),
    budget: yearBudget(db, config, Number(today.slice(0, 4))),
    nextMeeting: nextMeeting(db.meetings, today),
    quarter: quarterStatus(db.meetings, config.members, today),
    quietDevelopments: db.developments.filter(
      (development) =>
        !linked.has(development.id) &&
        daysBetween(dateOf(development.reportedAt, zone), today) >= QUIET_AFTER_DAYS,
    ),
    notesAwaiting: db.notes
      .filter((note) => note.text && !note.endorsedAt)
      .map((note) => ({ note, sides: missingSides(note) })),
    promises: promiseDigest(db, zone, today),
    actions: openByOwner(db.actionPoints),
    agreement: agreementNotice(db, today, termsOf(config)),
  };
}
