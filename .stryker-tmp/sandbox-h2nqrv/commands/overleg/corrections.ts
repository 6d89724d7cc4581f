// @ts-nocheck
import type { Args, CommandContext, SubcommandSpec } from '../../src/core/command.ts';
import { CHAIR } from '../../src/domain/roles.ts';
import type { Lang } from '../../src/i18n/lang.ts';
import { meetingMessages } from '../../src/i18n/texts/meetings.ts';
import { correct, fieldCorrection } from '../../src/kit/corrections.ts';
import { findMembers } from '../../src/kit/roster.ts';
import { findOrFail, type Kind, takeItemId, textOrFail } from '../../src/parse/arguments.ts';
import { message, paragraph } from '../../src/port/rich-message.ts';
import { meetingMessage } from '../../src/render/meeting.ts';
import type { Meeting } from '../../src/store/schema.ts';

const texts = {
  nl: {
    notPresent: (id: string, names: string) =>
      `${names} stond niet bij de aanwezigen van ${id}. Er is niets veranderd. Wie er stonden: /overleg toon ${id}.`,
    absent: (id: string, names: string, left: string) =>
      `${names} staat niet meer bij de aanwezigen van ${id}. Aanwezig: ${left || 'niemand'}.`,
    noSuchLine: (id: string, typed: string, count: number) =>
      count === 0
        ? `${id} heeft nog geen notulen.`
        : `'${typed}' is geen regel van de notulen: ${id} heeft notulenregel 1 tot en met ${count}. De nummers staan bij /overleg toon ${id}.`,
    alreadyStruck: (id: string, line: number) => `Regel ${line} van de notulen van ${id} is al geschrapt.`,
    lineChanged: (id: string, line: number) =>
      `✏️ Regel ${line} van de notulen van ${id} is verbeterd. De oude tekst staat in de geschiedenis: /overleg toon ${id} geschiedenis.`,
    lineStruck: (id: string, line: number) =>
      `Regel ${line} van de notulen van ${id} is geschrapt. Hij blijft bewaard in de geschiedenis: /overleg toon ${id} geschiedenis.`,
    sameLine: (id: string, line: number) =>
      `Regel ${line} van de notulen van ${id} is al zo. Er is niets veranderd.`,
    whatLine: 'de nieuwe tekst van de regel',
  },
  en: {
    notPresent: (id: string, names: string) =>
      `${names} was not among the attendees of ${id}. Nothing was changed. Who was: /meeting show ${id}.`,
    absent: (id: string, names: string, left: string) =>
      `${names} is no longer among the attendees of ${id}. Present: ${left || 'nobody'}.`,
    noSuchLine: (id: string, typed: string, count: number) =>
      count === 0
        ? `${id} has no minutes yet.`
        : `'${typed}' is not a line of the minutes: ${id} has minute lines 1 to ${count}. The numbers are in /meeting show ${id}.`,
    alreadyStruck: (id: string, line: number) => `Line ${line} of the minutes of ${id} was already struck.`,
    lineChanged: (id: string, line: number) =>
      `✏️ Line ${line} of the minutes of ${id} was corrected. The old text is in the history: /meeting show ${id} history.`,
    lineStruck: (id: string, line: number) =>
      `Line ${line} of the minutes of ${id} was struck. It stays in the history: /meeting show ${id} history.`,
    sameLine: (id: string, line: number) =>
      `Line ${line} of the minutes of ${id} is already that. Nothing was changed.`,
    whatLine: 'the new text of the line',
  },
} satisfies Record<Lang, unknown>;

const CHANGE = new Set(['wijzig', 'change']);
const STRIKE = new Set(['schrap', 'strike']);

function names(context: CommandContext, ids: readonly string[]): string {
  return ids.map((id) => context.nameOf(id)).join(', ');
}

/** `/overleg afwezig <OVL> <naam…>`: takes people off the attendance, with the list before and after. */
async function absent(context: CommandContext, args: Args, kind: Kind): Promise<void> {
  const m = texts[context.lang];
  const { id, rest } = takeItemId(context, args, kind);
  const target = findOrFail(context, 'meetings', id);
  const words = rest.words.map((word) => word.value);
  if (words.length === 0)
    context.fail(context.t.missingArgument(meetingMessages[context.lang].whatNames, context.usage));
  const { found, unknown } = findMembers(context.config.members, words);
  if (unknown.length > 0)
    context.fail(meetingMessages[context.lang].unknownNames(unknown.map((name) => `'${name}'`).join(', ')));
  const missing = found.filter((member) => !target.attendees.includes(member.id));
  if (missing.length > 0)
    context.fail(m.notPresent(target.id, missing.map((member) => member.name).join(', ')));
  const leaving = new Set(found.map((member) => member.id));
  const remaining = target.attendees.filter((attendee) => !leaving.has(attendee));
  await correct(context, target, {
    action: 'overleg.afwezig',
    field: 'aanwezigen',
    // Member ids, so forgetting a member (AVG) reaches the history too; shown as names.
    before: target.attendees.join(', '),
    after: remaining.join(', '),
    apply: () => {
      target.attendees = remaining;
    },
  });
  await context.update(target.message, meetingMessage(context, target));
  await context.respond(
    message(paragraph(m.absent(target.id, names(context, [...leaving]), names(context, remaining)))),
  );
}

/**
 * `/overleg notulen <OVL> wijzig <n> <tekst>` and `… schrap <n>`: corrects or strikes a
 * minute line by its number in `/overleg toon`. A struck line keeps its number and its
 * text, marked struck. Returns false when the words are new minutes instead.
 */
export async function correctMinutes(context: CommandContext, target: Meeting, rest: Args): Promise<boolean> {
  const first = rest.words[0];
  const verb = first && !first.quoted ? first.value.toLowerCase() : '';
  const typed = rest.word(1) ?? '';
  if ((!CHANGE.has(verb) && !STRIKE.has(verb)) || !/^\d+$/.test(typed)) return false;
  const m = texts[context.lang];
  const line = Number(typed);
  const entry = target.minutes[line - 1];
  if (!entry) context.fail(m.noSuchLine(target.id, typed, target.minutes.length));
  if (entry.struck) context.fail(m.alreadyStruck(target.id, line));
  const field = `notulen ${line}`;
  if (STRIKE.has(verb)) {
    await correct(context, target, {
      action: 'overleg.notulen-schrap',
      field,
      before: entry.text,
      after: '',
      apply: () => {
        entry.struck = { by: context.actor.id, at: context.now.toISOString() };
      },
    });
    await context.respond(message(paragraph(m.lineStruck(target.id, line))));
    return true;
  }
  const text = textOrFail(context, rest, m.whatLine, 2, 8_000);
  if (text === entry.text) context.fail(m.sameLine(target.id, line));
  await correct(context, target, {
    action: 'overleg.notulen-wijzig',
    field,
    before: entry.text,
    after: text,
    apply: () => {
      entry.text = text;
    },
  });
  await context.respond(message(paragraph(m.lineChanged(target.id, line))));
  return true;
}

/** The corrections of a meeting that are sub-commands of their own: its title and its attendance. */
export function meetingCorrections(kind: Kind): SubcommandSpec[] {
  return [
    fieldCorrection<Meeting>({
      command: 'overleg',
      name: 'titel',
      en: 'title',
      kind,
      field: 'titel',
      usage: { nl: '/overleg titel <OVL> <titel>', en: '/overleg titel <OVL> <title>' },
      summary: {
        nl: 'De titel verbeteren; de oude blijft in de geschiedenis.',
        en: 'Correct the title; the old one stays in the history.',
      },
      allowed: CHAIR,
      max: 200,
      items: (db) => db.meetings,
      get: (meeting) => meeting.title,
      set: (meeting, title) => {
        meeting.title = title;
      },
      render: meetingMessage,
    }),
    {
      name: 'afwezig',
      en: 'absent',
      usage: { nl: '/overleg afwezig <OVL> <naam…>', en: '/overleg afwezig <OVL> <name…>' },
      summary: {
        nl: 'Iemand van de aanwezigen halen die er niet was.',
        en: 'Take someone off the attendees who was not there.',
      },
      allowed: CHAIR,
      changes: true,
      run: (context, args) => absent(context, args, kind),
    },
  ];
}
