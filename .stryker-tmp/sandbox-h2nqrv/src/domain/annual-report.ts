// @ts-nocheck
import type { Config } from '../setup/config.ts';
import { type Agreement, type Db, PHASES, type Phase } from '../store/schema.ts';
import { type CalendarDate, daysBetween, localDate } from '../time/time.ts';
import { agreementsInYear, yearBudget } from './agreements.ts';
import type { Budget } from './budget.ts';
import { type EvaluationResults, evaluationResults, history } from './evaluation.ts';
import { isHeld, presence, quarterOf } from './meetings.ts';
import { noteVersions } from './notes.ts';
import { type FollowThrough, followThrough, type RequestRow, reportDay, requestRows } from './report-rows.ts';

/** The figures for the yearly evaluation of the agreement (§8a), as a pure function. */
export interface AnnualReport {
  readonly year: number;
  /** The agreements the year falls under (8a); none: `spending` names whose caps were kept. */
  readonly agreements: readonly Agreement[];
  readonly requests: {
    readonly received: number;
    readonly adviceIssued: number;
    readonly declined: number;
    readonly stillOpen: number;
  };
  /** Median calendar days from request to advice, for advice issued this year. */
  readonly medianDaysToAdvice: number | undefined;
  /** Median calendar days from advice to the municipality's answer, for answers this year. */
  readonly medianDaysToAnswer: number | undefined;
  readonly answers: {
    /** Answers that came this year. */
    readonly total: number;
    /** Of those, on time. */
    readonly onTime: number;
    /** Answers due this year that had not come by the end of it (or today): late too. */
    readonly missing: number;
    readonly completeFirstTry: number;
    readonly followed: number;
    readonly partly: number;
    readonly not: number;
  };
  readonly spending: Budget;
  readonly meetingsHeld: number;
  /** Per quarter: was there a municipal meeting with a PIT member present, and if not, why not? */
  readonly quartersWithPit: readonly [QuarterOutcome, QuarterOutcome, QuarterOutcome, QuarterOutcome];
  readonly notesEndorsed: number;
  readonly developments: { readonly reported: number; readonly byPhase: Readonly<Record<Phase, number>> };
  /** One row per request received in the year: what became of it. */
  readonly rows: readonly RequestRow[];
  /** The promises that are due, and how many were kept on time. */
  readonly followThrough: FollowThrough;
  /** The year's evaluation (afspraak 8a): not held, still open, or closed with its results. */
  readonly evaluation:
    | { readonly state: 'none' }
    | { readonly state: 'open'; readonly closesOn: CalendarDate }
    | { readonly state: 'closed'; readonly results: EvaluationResults };
  /** Every year's mean marks up to this one, oldest first. */
  readonly evaluationHistory: ReturnType<typeof history>;
}

/**
 * A quarter's meeting with the municipality and its privacy team (PIT): held with PIT
 * (`met`), held without PIT, not held, still to come, or before the bot kept records.
 */
export type QuarterOutcome = 'met' | 'without-pit' | 'no-meeting' | 'not-yet' | 'not-tracked';

/** The first day the panel recorded anything in the bot: what lies before it was not counted. */
export function firstRecordDay(db: Db, zone: string): CalendarDate | undefined {
  const day = (instant: string) => localDate(new Date(instant), zone);
  const days = [
    ...db.adviceRequests.map((request) => day(request.openedAt)),
    ...db.decisions.map((decision) => day(decision.at)),
    ...db.expenses.map((expense) => day(expense.announcedAt)),
    ...db.developments.map((development) => day(development.reportedAt)),
    ...db.meetings.map((meeting) => day(meeting.plannedAt)),
    ...db.notes.map((note) => day(note.createdAt)),
  ];
  // ISO dates sort as text.
  return days.sort()[0];
}

export function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export function annualReport(db: Db, config: Config, year: number, today: CalendarDate): AnnualReport {
  const zone = config.timezone;
  const day = (instant: string) => localDate(new Date(instant), zone);
  const inYear = (instant: string | undefined) =>
    instant !== undefined && day(instant).startsWith(`${year}-`);
  const received = db.adviceRequests.filter((request) => inYear(request.openedAt));
  const issued = db.adviceRequests.filter((request) => inYear(request.advice?.at));
  const answered = db.adviceRequests.filter((request) => inYear(request.answer?.at));
  const held = db.meetings.filter((meeting) => meeting.date.startsWith(`${year}-`) && isHeld(meeting, today));
  const since = firstRecordDay(db, zone) ?? today;
  const quartersWithPit = [1, 2, 3, 4].map((quarter): QuarterOutcome => {
    const { end } = quarterOf(`${year}-${String(quarter * 3).padStart(2, '0')}-01`);
    if (end < since) return 'not-tracked';
    const inQuarter = held.filter(
      (meeting) => quarterOf(meeting.date).quarter === quarter && meeting.municipal,
    );
    if (inQuarter.some((meeting) => presence(meeting, config.members).met)) return 'met';
    // A quarter that has not ended yet can still be met.
    if (end >= today) return 'not-yet';
    return inQuarter.length > 0 ? 'without-pit' : 'no-meeting';
  }) as [QuarterOutcome, QuarterOutcome, QuarterOutcome, QuarterOutcome];
  const reported = db.developments.filter((development) => inYear(development.reportedAt));
  const rows = requestRows(db.adviceRequests, year, zone, today);
  const asOf = reportDay(year, today);
  // An answer whose date passed in this year without it coming counts as not on time.
  const missing = db.adviceRequests.filter(
    (request) =>
      request.advice?.dueDate.startsWith(`${year}-`) === true &&
      request.advice.dueDate < asOf &&
      !(request.answer && day(request.answer.at) <= asOf),
  );
  const evaluation = db.evaluations.find((candidate) => candidate.year === year);
  return {
    year,
    rows,
    evaluation: !evaluation
      ? { state: 'none' }
      : evaluation.closed
        ? { state: 'closed', results: evaluationResults(evaluation.answers) }
        : { state: 'open', closesOn: evaluation.closesOn },
    evaluationHistory: history(db).filter((entry) => entry.year <= year),
    followThrough: followThrough(rows, today),
    requests: {
      received: received.length,
      adviceIssued: issued.length,
      declined: db.adviceRequests.filter((request) => inYear(request.declined?.at)).length,
      stillOpen: received.filter((request) =>
        ['ontvangen', 'in-overweging', 'in-gesprek'].includes(request.step),
      ).length,
    },
    medianDaysToAdvice: median(
      issued.map((request) => daysBetween(day(request.openedAt), day(request.advice!.at))),
    ),
    medianDaysToAnswer: median(
      answered.map((request) => daysBetween(day(request.advice!.at), day(request.answer!.at))),
    ),
    answers: {
      total: answered.length,
      onTime: answered.filter((request) => request.answer!.daysLate === 0).length,
      missing: missing.length,
      completeFirstTry: answered.filter((request) => request.answerRefusals === 0).length,
      followed: answered.filter((request) => request.answer!.decision === 'opgevolgd').length,
      partly: answered.filter((request) => request.answer!.decision === 'deels').length,
      not: answered.filter((request) => request.answer!.decision === 'niet').length,
    },
    spending: yearBudget(db, config, year),
    agreements: agreementsInYear(db, year),
    meetingsHeld: held.length,
    quartersWithPit,
    notesEndorsed: db.notes.filter((note) => noteVersions(note).some((version) => inYear(version.endorsedAt)))
      .length,
    developments: {
      reported: reported.length,
      byPhase: Object.fromEntries(
        PHASES.map((phase) => [phase, reported.filter((development) => development.phase === phase).length]),
      ) as Record<Phase, number>,
    },
  };
}
