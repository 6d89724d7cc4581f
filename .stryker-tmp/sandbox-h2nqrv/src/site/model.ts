// @ts-nocheck
import { actionPointsOf } from '../domain/action-points.ts';
import { mentionedIds } from '../domain/meetings.ts';
import { daysLateDone, type PromiseStatus, promiseStatus, settledOn } from '../domain/promises.ts';
import type { Lang } from '../i18n/lang.ts';
import { guardFor, isConfidential, type Nameable, protectionOf, shownLines } from '../kit/confidentiality.ts';
import { findItem, titleOf } from '../kit/items.ts';
import { attendanceOf } from '../kit/roster.ts';
import type { Config } from '../setup/config.ts';
import type { AdviceRequest, Db, Decision, Development, Meeting, Theme } from '../store/schema.ts';
import { type CalendarDate, daysBetween, localDate } from '../time/time.ts';

/**
 * What the public website may show, taken from the store in one place: every page is
 * rendered from this and nothing else. Confidential items (and free text that names one)
 * are left out here and only counted; members appear only when their roster entry says
 * `"openbaar": true`, with name and roles.
 */
export interface SiteModel {
  readonly lang: Lang;
  readonly today: CalendarDate;
  readonly zone: string;
  readonly members: ReadonlyArray<{ readonly name: string; readonly roles: readonly string[] }>;
  readonly requests: readonly PublicRequest[];
  readonly hiddenRequests: number;
  readonly decisions: readonly PublicDecision[];
  readonly hiddenDecisions: number;
  readonly developments: readonly PublicDevelopment[];
  readonly hiddenDevelopments: number;
  readonly meetings: readonly PublicMeeting[];
  readonly hiddenMeetings: number;
  /** Every year with panel activity, oldest first. */
  readonly years: readonly number[];
}

export interface PublicRequest {
  readonly id: string;
  readonly title: string;
  readonly year: number;
  readonly themes: readonly Theme[];
  readonly request: AdviceRequest;
  readonly development?: { readonly id: string; readonly title: string } | undefined;
  /** Texts of the advice and answer, or undefined when withheld for naming a confidential item. */
  readonly texts: Readonly<Record<'summary' | 'declined' | 'how' | 'reason' | 'note', string | undefined>>;
  readonly withheld: number;
  readonly decisions: readonly PublicDecision[];
  readonly promise?: PublicPromise | undefined;
  /** Where the municipality's answer stands today: late answers are shown as late everywhere. */
  readonly answerStatus: AnswerStatus;
}

export type AnswerStatus =
  | { readonly kind: 'answered'; readonly daysLate: number }
  | { readonly kind: 'overdue'; readonly due: CalendarDate; readonly daysLate: number }
  | { readonly kind: 'due'; readonly due: CalendarDate }
  | { readonly kind: 'declined' }
  | { readonly kind: 'no-advice' };

export function answerStatus(request: AdviceRequest, today: CalendarDate): AnswerStatus {
  if (request.answer) return { kind: 'answered', daysLate: request.answer.daysLate };
  if (request.declined) return { kind: 'declined' };
  if (!request.advice) return { kind: 'no-advice' };
  const due = request.advice.dueDate;
  return due < today ? { kind: 'overdue', due, daysLate: daysBetween(due, today) } : { kind: 'due', due };
}

/** What the municipality promised in its answer, and what became of it. */
export interface PublicPromise {
  readonly promised: CalendarDate;
  readonly due: CalendarDate;
  readonly postponements: ReadonlyArray<{ readonly to: CalendarDate; readonly reason: string | undefined }>;
  readonly status: PromiseStatus;
  readonly settled?: CalendarDate | undefined;
  readonly daysLate: number;
  /** The explanation or reason given with the outcome, unless it names something confidential. */
  readonly note?: string | undefined;
  readonly noteWithheld: boolean;
  /** Open while its date has passed. */
  readonly overdue: boolean;
}

export interface PublicDecision {
  readonly id: string;
  readonly text: string;
  readonly at: string;
  readonly about?: { readonly id: string; readonly title: string } | undefined;
  /** When the text last changed. */
  readonly changedAt?: string | undefined;
  /** A withdrawn decision stays on the list, marked; its reason only when that may be published. */
  readonly withdrawn?: { readonly at: string; readonly reason: string | undefined } | undefined;
}

export interface PublicDevelopment {
  readonly development: Development;
  readonly requests: ReadonlyArray<{ readonly id: string; readonly title: string }>;
}

export interface PublicMeeting {
  readonly meeting: Meeting;
  readonly present: { readonly panel: number; readonly municipality: number };
  readonly minutes: readonly string[];
  /** Action point texts (never their owners: members are named only on the home page). */
  readonly actions: ReadonlyArray<{ readonly text: string; readonly done: boolean }>;
  readonly decisions: readonly PublicDecision[];
  readonly discussed: ReadonlyArray<{ readonly id: string; readonly title: string }>;
  /** Lines and items left out because they concern something confidential. */
  readonly withheld: number;
}

export function siteModel(db: Db, config: Config, today: CalendarDate): SiteModel {
  // The free-text rule: text that names a confidential item is confidential too.
  const guard = guardFor(db, today, true)!;
  const allows = (text: string) => !guard.names(text);
  const isPublic = (item: Nameable) => !isConfidential(item, today) && !guard.namedBy(item);
  const reference = (id: string | undefined) => {
    const item = id ? findItem(db, id) : undefined;
    return item && isPublic(item) ? { id: item.id, title: titleOf(item) } : undefined;
  };
  const decisionView = (decision: Decision): PublicDecision | undefined => {
    const about = decision.about ? findItem(db, decision.about) : undefined;
    if (!isPublic(decision) || (about && !isPublic(about))) return undefined;
    return {
      id: decision.id,
      text: decision.text,
      at: decision.at,
      about: reference(decision.about),
      changedAt: decision.changes?.at(-1)?.at,
      withdrawn: decision.withdrawn && {
        at: decision.withdrawn.at,
        reason: allows(decision.withdrawn.reason) ? decision.withdrawn.reason : undefined,
      },
    };
  };
  const decisions = db.decisions.flatMap((decision) => decisionView(decision) ?? []);
  const decisionsAbout = (id: string) => decisions.filter((decision) => decision.about?.id === id);

  const requests = db.adviceRequests.filter(isPublic).map((request): PublicRequest => {
    const free = {
      summary: request.advice?.summary,
      declined: request.declined?.reason,
      how: request.answer?.how,
      reason: request.answer?.reason,
      note: request.answer?.note,
    };
    const texts = Object.fromEntries(
      Object.entries(free).map(([key, value]) => [
        key,
        value !== undefined && allows(value) ? value : undefined,
      ]),
    ) as PublicRequest['texts'];
    return {
      id: request.id,
      title: request.title,
      year: yearOf(request.openedAt, config.timezone),
      themes: request.themes,
      request,
      development: reference(request.development),
      texts,
      answerStatus: answerStatus(request, today),
      withheld:
        Object.values(free).filter((value) => value !== undefined).length -
        Object.values(texts).filter((value) => value !== undefined).length,
      promise: request.promise && {
        promised: request.promise.promised,
        due: request.promise.due,
        postponements: request.promise.postponements.map((step) => ({
          to: step.to,
          reason: allows(step.reason) ? step.reason : undefined,
        })),
        status: promiseStatus(request.promise, config.timezone),
        settled: settledOn(request.promise, config.timezone),
        daysLate: daysLateDone(request.promise, config.timezone),
        ...publicNote(request.promise.outcome?.note, allows),
        overdue: !request.promise.outcome && request.promise.due < today,
      },
      // A request shows the decisions in force; the list of decisions keeps the withdrawn ones.
      decisions: decisionsAbout(request.id).filter((decision) => !decision.withdrawn),
    };
  });

  const developments = db.developments.filter(isPublic).map((development) => ({
    development,
    requests: requests
      .filter((request) => request.development?.id === development.id)
      .map(({ id, title }) => ({ id, title })),
  }));

  const published = db.meetings.filter((meeting) => meeting.summaryPostedAt !== undefined);
  const meetings = published.filter(isPublic).map((meeting): PublicMeeting => {
    // A struck minute line was a mistake: it is not part of the report. A line or an action
    // point marked confidential is only counted, as one that names a confidential item.
    const lines = meeting.minutes.filter((entry) => !entry.struck);
    const openLines = lines.filter((entry) => !isConfidential(protectionOf(entry), today));
    const minutes = shownLines(
      openLines.map((entry) => entry.text),
      guard,
    );
    const allPoints = actionPointsOf(db, meeting.id);
    const points = allPoints.filter((point) => !isConfidential(point, today));
    const actions = shownLines(
      points.map((point) => point.text),
      guard,
    );
    const done = new Set(points.filter((point) => point.done).map((point) => point.text));
    const all = db.decisions.filter((decision) => decision.about === meeting.id);
    const shownDecisions = decisionsAbout(meeting.id);
    const mentioned = mentionedIds(meeting, db.decisions, Number(meeting.date.slice(0, 4)), points);
    const discussed = mentioned.flatMap((id) => reference(id) ?? []);
    const sides = meeting.attendees.map((id) => {
      const member = config.members.find((candidate) => candidate.id === id);
      return member ? attendanceOf(member) : 'panel';
    });
    return {
      meeting,
      present: {
        panel: sides.filter((side) => side === 'panel').length,
        municipality: sides.filter((side) => side !== 'panel').length,
      },
      minutes: minutes.shown,
      actions: actions.shown.map((text) => ({ text, done: done.has(text) })),
      decisions: shownDecisions,
      discussed,
      withheld:
        minutes.withheld +
        lines.length -
        openLines.length +
        actions.withheld +
        allPoints.length -
        points.length +
        all.length -
        shownDecisions.length +
        mentioned.filter((id) => findItem(db, id)).length -
        discussed.length,
    };
  });

  const years = new Set<number>([Number(today.slice(0, 4))]);
  for (const request of db.adviceRequests) years.add(yearOf(request.openedAt, config.timezone));
  for (const expense of db.expenses) years.add(expense.year);
  for (const meeting of db.meetings) years.add(Number(meeting.date.slice(0, 4)));
  const sortedYears = [...years].filter((year) => year <= Number(today.slice(0, 4))).sort((a, b) => a - b);

  return {
    lang: config.language,
    today,
    zone: config.timezone,
    members: config.members
      .filter((member) => member.openbaar === true)
      .map((member) => ({ name: member.name, roles: member.roles })),
    requests: requests.sort(newestFirst((request) => [request.request.openedAt, request.id])),
    hiddenRequests: db.adviceRequests.length - requests.length,
    decisions: decisions.sort(newestFirst((decision) => [decision.at, decision.id])),
    hiddenDecisions: db.decisions.length - decisions.length,
    developments: developments.sort(
      newestFirst((entry) => [entry.development.reportedAt, entry.development.id]),
    ),
    hiddenDevelopments: db.developments.length - developments.length,
    meetings: meetings.sort(newestFirst((entry) => [entry.meeting.date, entry.meeting.id])),
    hiddenMeetings: published.length - meetings.length,
    years: sortedYears,
  };
}

function publicNote(note: string | undefined, allows: (text: string) => boolean) {
  const shown = note !== undefined && allows(note);
  return { note: shown ? note : undefined, noteWithheld: note !== undefined && !shown };
}

function yearOf(instant: string, zone: string): number {
  return Number(localDate(new Date(instant), zone).slice(0, 4));
}

/** Newest first by time; equal times by id, so a rebuild gives the same order. */
function newestFirst<T>(key: (item: T) => readonly [string, string]) {
  return (a: T, b: T) => {
    const [timeA, idA] = key(a);
    const [timeB, idB] = key(b);
    return timeB.localeCompare(timeA) || idA.localeCompare(idB);
  };
}
