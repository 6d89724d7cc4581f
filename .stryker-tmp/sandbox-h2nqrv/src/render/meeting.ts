// @ts-nocheck
import { actionPointsOf } from '../domain/action-points.ts';
import { mentionedIds, presence, type QuarterStatus } from '../domain/meetings.ts';
import { messages } from '../i18n/messages.ts';
import { decisionLine } from '../i18n/texts/decisions.ts';
import { meetingMessages } from '../i18n/texts/meetings.ts';
import {
  guardFor,
  isConfidential,
  type MentionGuard,
  opennessLabel,
  protectionOf,
  shownLines,
  visibleIn,
  withheldNote,
} from '../kit/confidentiality.ts';
import { findItem, titleOf } from '../kit/items.ts';
import { attendanceOf } from '../kit/roster.ts';
import {
  context as contextLine,
  fields,
  heading,
  list,
  message,
  paragraph,
  type RichMessage,
} from '../port/rich-message.ts';
import type { Db, Meeting } from '../store/schema.ts';
import { formatDate, formatLongDate } from '../time/time.ts';
import { actionText } from './action.ts';
import type { RenderScope } from './render-scope.ts';

export function when(scope: RenderScope, meeting: Meeting): string {
  return `${formatDate(meeting.date, scope.lang)}${meeting.time ? ` ${meeting.time}` : ''}`;
}

/** The day written out (`10 december 2026 19:30`), as the meeting's own message shows it. */
function whenWritten(scope: RenderScope, meeting: Meeting): string {
  return `${formatLongDate(meeting.date, scope.lang)}${meeting.time ? ` ${meeting.time}` : ''}`;
}

/** The meeting's own message: its thread root. */
export function meetingMessage(scope: RenderScope, meeting: Meeting): RichMessage {
  const m = meetingMessages[scope.lang];
  return message(
    heading(m.title(meeting.id, meeting.title)),
    fields([
      { label: m.labels.when, value: whenWritten(scope, meeting) },
      { label: m.labels.kind, value: m.kind(meeting.municipal) },
      { label: m.labels.openness, value: opennessLabel(meeting, scope.today, scope.lang) },
      ...(meeting.attendees.length
        ? [{ label: m.labels.attendees, value: attendeeNames(scope, meeting).join(', ') }]
        : []),
    ]),
    contextLine(m.hint(meeting.id)),
  );
}

function attendeeNames(scope: RenderScope, meeting: Meeting): string[] {
  const m = meetingMessages[scope.lang];
  return meeting.attendees.map((id) => {
    const member = scope.config.members.find((candidate) => candidate.id === id);
    return member ? `${member.name} (${m.attendance[attendanceOf(member)]})` : id;
  });
}

export function requirementLine(scope: RenderScope, meeting: Meeting): string {
  const m = meetingMessages[scope.lang];
  const seen = presence(meeting, scope.config.members);
  if (seen.met) return m.requirementMet;
  const missing = [!seen.municipality && m.missingMunicipality, !seen.pit && m.missingPit].filter(
    Boolean,
  ) as string[];
  return m.requirementMissing(messages[scope.lang].joinAnd(missing));
}

/**
 * How a summary is rendered: `all` in a channel where confidential content may be read;
 * `public` for a public channel (confidential items and free text that names one are left
 * out and counted); `preview` shows the public version with the withheld lines marked.
 */
export type SummaryView = 'all' | 'public' | 'preview';

/** A free-text line of a report, and whether it was itself marked confidential. */
interface SectionLine {
  readonly text: string;
  readonly secret: boolean;
}

/**
 * Free-text lines of one section, as the view shows them, and the note on what was
 * withheld: a line marked confidential, and one that names a confidential item, stay out
 * of a public view; the preview marks them; the full view marks a confidential line 🔒.
 */
function sectionLines(
  scope: RenderScope,
  view: SummaryView,
  guard: MentionGuard | undefined,
  lines: readonly SectionLine[],
  noun: 'minute' | 'action',
): { lines: string[]; note: string | undefined } {
  const m = meetingMessages[scope.lang];
  if (view === 'all') {
    return { lines: lines.map((line) => (line.secret ? `${line.text} 🔒` : line.text)), note: undefined };
  }
  if (view === 'preview') {
    const shown = lines.map((line) =>
      line.secret ? m.secretMark(line.text) : guard?.names(line.text) ? m.withheldMark(line.text) : line.text,
    );
    return { lines: shown, note: undefined };
  }
  const { shown, withheld } = shownLines(
    lines.filter((line) => !line.secret).map((line) => line.text),
    guard,
  );
  const count = withheld + lines.filter((line) => line.secret).length;
  return { lines: shown, note: withheldNote(scope.lang, count, noun) };
}

/**
 * The summary of a meeting (§7b). For a public channel, confidential decisions and the
 * titles of confidential items it discussed are left out and only counted, and so are
 * minute lines, action points and decisions whose text names a confidential item.
 */
export function summaryMessage(scope: RenderScope, db: Db, meeting: Meeting, view: SummaryView): RichMessage {
  const m = meetingMessages[scope.lang];
  const t = messages[scope.lang];
  const forPublic = view !== 'all';
  const guard = guardFor(db, scope.today, forPublic);
  const decisions = db.decisions.filter((decision) => decision.about === meeting.id);
  const shownDecisions = visibleIn(decisions, forPublic, scope.today, undefined, guard).shown;
  const points = db.actionPoints.filter((point) => point.meeting === meeting.id);
  const discussed = mentionedIds(
    meeting,
    db.decisions,
    Number(meeting.date.slice(0, 4)),
    actionPointsOf(db, meeting.id),
  ).flatMap((id) => {
    const item = findItem(db, id);
    return item ? [item] : [];
  });
  const shownDiscussed = visibleIn(discussed, forPublic, scope.today, undefined, guard).shown;
  const hidden = decisions.length - shownDecisions.length + discussed.length - shownDiscussed.length;
  const minutes = sectionLines(
    scope,
    view,
    guard,
    // Numbered as typed, so a correction can name the line; a struck line keeps its number.
    meeting.minutes.flatMap((entry, index) =>
      entry.struck
        ? []
        : [{ text: `${index + 1}. ${entry.text}`, secret: isConfidential(protectionOf(entry), scope.today) }],
    ),
    'minute',
  );
  const actions = sectionLines(
    scope,
    view,
    guard,
    // Numbered as `/overleg actie <OVL> wijzig <n>` counts them; a removed one keeps its number.
    points.flatMap((point, index) =>
      point.removed && view !== 'all'
        ? []
        : [
            {
              text: `${index + 1}. ${actionText(scope, point)}`,
              // Marked on its own: in a confidential meeting every point is.
              secret: isConfidential(point, scope.today) && !isConfidential(meeting, scope.today),
            },
          ],
    ),
    'action',
  );
  const section = (label: string, lines: readonly string[], note?: string) => [
    paragraph(`${label}:`),
    lines.length ? list(lines) : contextLine(m.none),
    note !== undefined && contextLine(note),
  ];
  return message(
    heading(m.summaryTitle(meeting.id, meeting.title)),
    fields([
      { label: m.labels.when, value: when(scope, meeting) },
      { label: m.labels.kind, value: m.kind(meeting.municipal) },
      {
        label: m.labels.attendees,
        value: meeting.attendees.length ? attendeeNames(scope, meeting).join(', ') : m.nobody,
      },
      ...(meeting.municipal ? [{ label: m.labels.requirement, value: requirementLine(scope, meeting) }] : []),
    ]),
    ...section(m.labels.minutes, minutes.lines, minutes.note),
    ...section(
      m.labels.decisions,
      shownDecisions.map((decision) => `${decision.id}: ${decisionLine(scope, decision)}`),
    ),
    ...section(m.labels.actions, actions.lines, actions.note),
    ...section(
      m.labels.discussed,
      shownDiscussed.map((item) => `${item.id} ${titleOf(item)} (${m.kindOf[item.id.split('-')[0]!] ?? ''})`),
    ),
    hidden > 0 && contextLine(t.hiddenConfidential(hidden, hidden === 1 ? 'item' : 'items')),
  );
}

export function quarterLine(scope: RenderScope, status: QuarterStatus): string {
  const m = meetingMessages[scope.lang];
  const label = m.quarterLabel(status.quarter.quarter, status.quarter.year);
  const main =
    status.state === 'held'
      ? m.quarterHeld(label, status.meeting!.id)
      : status.state === 'planned'
        ? m.quarterPlanned(label, status.meeting!.id, formatDate(status.meeting!.date, scope.lang))
        : m.quarterMissing(label);
  return status.heldWithoutPit ? `${main} ${m.quarterWithoutPit(status.heldWithoutPit.id)}` : main;
}
