// @ts-nocheck
import { attendanceOf } from '../kit/roster.ts';
import { findItemIds } from '../parse/values.ts';
import type { Member } from '../setup/config.ts';
import type { Decision, Meeting } from '../store/schema.ts';
import { type CalendarDate, calendarDate } from '../time/time.ts';

/**
 * Meeting rules (§6c–d) as pure functions. Once a quarter the municipality joins the
 * panel's meeting, with a member of its Privacy and Information-security Team (PIT).
 */
export interface Quarter {
  readonly year: number;
  readonly quarter: 1 | 2 | 3 | 4;
  readonly start: CalendarDate;
  readonly end: CalendarDate;
}

const QUARTER_ENDS = ['03-31', '06-30', '09-30', '12-31'];

/** The calendar quarter of a date (in the panel's time zone, as all calendar dates are). */
export function quarterOf(date: CalendarDate): Quarter {
  const year = Number(date.slice(0, 4));
  const quarter = (Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1) as Quarter['quarter'];
  return {
    year,
    quarter,
    start: calendarDate(year, (quarter - 1) * 3 + 1, 1),
    end: `${year}-${QUARTER_ENDS[quarter - 1]}`,
  };
}

export interface Presence {
  readonly municipality: boolean;
  readonly pit: boolean;
  /** Both present: the quarterly requirement is met by this meeting. */
  readonly met: boolean;
}

/** Whether the municipality and a PIT member attended (a PIT member is part of the municipality). */
export function presence(meeting: Meeting, members: readonly Member[]): Presence {
  const sides = meeting.attendees.flatMap((id) => {
    const member = members.find((candidate) => candidate.id === id);
    return member ? [attendanceOf(member)] : [];
  });
  const pit = sides.includes('pit');
  const municipality = pit || sides.includes('gemeente');
  return { municipality, pit, met: meeting.municipal && municipality && pit };
}

/**
 * Whether a meeting was held: its day has come and its attendance is recorded. Every
 * screen (the list, the digest, the yearly report, the quarter check) asks this one rule.
 */
export function isHeld(meeting: Meeting, today: CalendarDate): boolean {
  return meeting.date <= today && meeting.attendees.length > 0;
}

export type QuarterState = 'held' | 'planned' | 'missing';

export interface QuarterStatus {
  readonly quarter: Quarter;
  readonly state: QuarterState;
  /** The meeting that meets (or will meet) the requirement. */
  readonly meeting?: Meeting;
  /** A municipal meeting this quarter that was held without a PIT member. */
  readonly heldWithoutPit?: Meeting;
}

/**
 * For the quarter of `today`: was a municipal meeting with a PIT member held, is one
 * planned (today or later), or is it missing?
 */
export function quarterStatus(
  meetings: readonly Meeting[],
  members: readonly Member[],
  today: CalendarDate,
): QuarterStatus {
  const quarter = quarterOf(today);
  const inQuarter = meetings
    .filter((meeting) => meeting.municipal && meeting.date >= quarter.start && meeting.date <= quarter.end)
    .sort((a, b) => a.date.localeCompare(b.date));
  const held = inQuarter.find((meeting) => isHeld(meeting, today) && presence(meeting, members).met);
  if (held) return { quarter, state: 'held', meeting: held };
  const heldWithoutPit = inQuarter.find((meeting) => meeting.date < today);
  const planned = inQuarter.find((meeting) => meeting.date >= today);
  const extra = heldWithoutPit ? { heldWithoutPit } : {};
  if (planned) return { quarter, state: 'planned', meeting: planned, ...extra };
  return { quarter, state: 'missing', ...extra };
}

/** Item ids mentioned in a meeting's minutes and decisions, in order; a line marked confidential is not looked at. */
export function mentionedIds(
  meeting: Meeting,
  decisions: readonly Decision[],
  year: number,
  actions: readonly { readonly text: string }[] = [],
): string[] {
  const texts = [
    ...meeting.minutes
      .filter((entry) => entry.confidentiality !== 'vertrouwelijk')
      .map((entry) => entry.text),
    ...actions.map((action) => action.text),
    ...decisions.filter((decision) => decision.about === meeting.id).map((decision) => decision.text),
  ];
  return findItemIds(texts.join('\n'), year).filter((id) => id !== meeting.id);
}

/** The next meeting on or after today. */
export function nextMeeting(meetings: readonly Meeting[], today: CalendarDate): Meeting | undefined {
  return meetings
    .filter((meeting) => meeting.date >= today)
    .sort((a, b) => `${a.date}${a.time ?? ''}`.localeCompare(`${b.date}${b.time ?? ''}`))[0];
}
