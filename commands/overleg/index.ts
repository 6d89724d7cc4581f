import { announceItem } from '../../src/anchor.ts';
import { findOrFail, type Kind, leadingWhenOrFail, takeItemId, textOrFail } from '../../src/arguments.ts';
import type { ActionContext, Args, CommandContext, CommandSpec, ReactionContext } from '../../src/command.ts';
import { confidentialityOf, hiddenHere, isConfidential, visibleHere } from '../../src/confidentiality.ts';
import { correctionBlocks } from '../../src/corrections.ts';
import { isHeld, quarterStatus } from '../../src/domain/meetings.ts';
import { refToString } from '../../src/events.ts';
import { nextId } from '../../src/items.ts';
import { parseTime } from '../../src/parse/values.ts';
import { hasRole } from '../../src/permissions.ts';
import {
  meetingMessage,
  quarterLine,
  requirementLine,
  summaryMessage,
  when,
} from '../../src/render/meeting.ts';
import { hiddenNote, listMessage } from '../../src/render-scope.ts';
import { message, paragraph } from '../../src/rich-message.ts';
import { CHAIR } from '../../src/roles.ts';
import { findMembers } from '../../src/roster.ts';
import type { Meeting } from '../../src/store/schema.ts';
import { meetingMessages } from '../../src/texts/meetings.ts';
import { formatDate } from '../../src/time.ts';
import { actionSubcommand } from './actions.ts';
import { correctMinutes, meetingCorrections } from './corrections.ts';
import { type Publication, previewSummary, publicChannel, publishSummary } from './publish.ts';

export const MEETING: Kind = { prefix: 'OVL', noun: { nl: 'overleg', en: 'meeting' } };

function meeting(context: CommandContext, args: Args): { meeting: Meeting; rest: Args } {
  const { id, rest } = takeItemId(context, args, MEETING);
  return { meeting: findOrFail(context, 'meetings', id), rest };
}

/** The word that makes it the quarterly meeting with the municipality, in either language. */
const MUNICIPAL = new Set(['gemeente', 'municipality']);

/** Two numbers with a colon or a dot between them, as a time is written. */
const LOOKS_LIKE_TIME = /^\d{1,2}[:.]\d{2}$/;

async function plan(context: CommandContext, args: Args): Promise<void> {
  const m = meetingMessages[context.lang];
  if (!args.word(0)) context.fail(context.t.missingArgument(m.missingDate, context.usage));
  const { when: read, used } = leadingWhenOrFail(context, args);
  const date = read.date;
  let index = used;
  // A time after the date: `19:30`, or `om 19.30`.
  const at = args.word(index)?.toLowerCase() === 'om' || args.word(index)?.toLowerCase() === 'at' ? 1 : 0;
  const typedTime = read.time ? undefined : parseTime(args.word(index + at) ?? '');
  // `om 25.00` or a bare `19:75` is a time typed wrong, not the start of the title.
  const timeWord = args.word(index + at) ?? '';
  if (!read.time && !typedTime && (LOOKS_LIKE_TIME.test(timeWord) || (at === 1 && /^\d/.test(timeWord)))) {
    context.fail(m.notATime(timeWord));
  }
  const time = read.time ?? typedTime;
  if (typedTime) index += at + 1;
  const municipal = MUNICIPAL.has(args.word(index)?.toLowerCase() ?? '');
  if (municipal) index += 1;
  const title = (args.rest(index) || m.defaultTitle(municipal)).slice(0, 200);
  const confidentiality = confidentialityOf(context, args);
  const created = await context.transact(
    'overleg.plan',
    (db) => {
      const entry: Meeting = {
        id: nextId(db, MEETING.prefix, context.year),
        title,
        date,
        ...(time ? { time } : {}),
        municipal,
        ...confidentiality,
        plannedBy: context.actor.id,
        plannedAt: context.now.toISOString(),
        attendees: [],
        minutes: [],
      };
      db.meetings.push(entry);
      return entry;
    },
    (entry) => entry.id,
  );
  await announceItem(context, created, meetingMessage(context, created));
}

/** Attendance and the report belong to a meeting that has taken place (or takes place today). */
function refuseBeforeTheDay(context: CommandContext, target: Meeting): void {
  if (target.date > context.today) {
    context.fail(meetingMessages[context.lang].notYet(target.id, formatDate(target.date, context.lang)));
  }
}

async function attend(context: CommandContext, args: Args): Promise<void> {
  const m = meetingMessages[context.lang];
  const { meeting: target, rest } = meeting(context, args);
  refuseBeforeTheDay(context, target);
  if (rest.words.length === 0) context.fail(context.t.missingArgument(m.whatNames, context.usage));
  const { found, unknown } = findMembers(
    context.config.members,
    rest.words.map((word) => word.value),
  );
  if (unknown.length > 0) context.fail(m.unknownNames(unknown.map((name) => `'${name}'`).join(', ')));
  await context.transact(
    'overleg.aanwezig',
    () => {
      for (const member of found) if (!target.attendees.includes(member.id)) target.attendees.push(member.id);
    },
    () => target.id,
  );
  await context.update(target.message, meetingMessage(context, target));
  const names = target.attendees.map((id) => context.nameOf(id)).join(', ');
  const line = target.municipal
    ? `${m.present(target.id, names)} ${m.labels.requirement}: ${requirementLine(context, target)}`
    : m.present(target.id, names);
  await context.respond(message(paragraph(line)));
}

async function addMinutes(context: CommandContext, args: Args): Promise<void> {
  const m = meetingMessages[context.lang];
  const { meeting: target, rest } = meeting(context, args);
  if (await correctMinutes(context, target, rest)) return;
  const text = textOrFail(context, rest, m.whatMinutes).slice(0, 8_000);
  await context.transact(
    'overleg.notulen',
    () => {
      target.minutes.push({ text, by: context.actor.id, at: context.now.toISOString() });
    },
    () => target.id,
  );
  await context.respond(message(paragraph(m.minutesAdded(target.id))));
}

/**
 * `/overleg samenvatting <OVL>`: with a public channel, first a preview here; `publiceer`
 * (or a ✅ on the preview) posts it there, or edits the report already there. A confidential
 * meeting, or a panel without a public channel, gets its report here at once.
 */
async function summarize(context: CommandContext, args: Args): Promise<void> {
  const m = meetingMessages[context.lang];
  const { meeting: target } = meeting(context, args);
  refuseBeforeTheDay(context, target);
  const toPublic = isConfidential(target, context.today) ? undefined : publicChannel(context);
  if (!toPublic) {
    if (context.channel.public && isConfidential(target, context.today))
      context.fail(m.confidentialHere(target.id));
    await context.transact(
      'overleg.samenvatting',
      () => {
        target.summaryPostedAt = context.now.toISOString();
      },
      () => target.id,
    );
    // One answer: the report itself, where the command was typed.
    await context.respond(
      summaryMessage(context, context.db, target, context.channel.public ? 'public' : 'all'),
    );
    return;
  }
  if (!args.flags.has('publiceer') && !args.flags.has('publish')) {
    await previewSummary(context, target, toPublic);
    return;
  }
  const outcome = await publishSummary(context, target, toPublic);
  await context.respond(message(paragraph(publicationText(context, target.id, outcome, toPublic))));
}

function publicationText(context: ActionContext, id: string, outcome: Publication, where: string): string {
  const m = meetingMessages[context.lang];
  if (outcome === 'posted') return m.summaryPosted(id, where);
  return outcome === 'updated' ? m.summaryUpdated(id, where) : m.summaryUnchanged(id, where);
}

/** A ✅ by the chair or secretary on a report's preview publishes it; other reactions are ignored. */
async function onReaction(context: ReactionContext, id: string): Promise<void> {
  const target = context.item('meetings', id);
  if (!target?.preview || refToString(context.event.target) !== target.preview) return;
  if (!context.event.added || context.emoji !== '✅') return;
  if (!hasRole(context.member, CHAIR)) context.fail(meetingMessages[context.lang].onlyChairPublishes(id));
  const where = publicChannel(context);
  if (!where) return;
  const preview = target.preview;
  const outcome = await publishSummary(context, target, where);
  await context.replyTo(preview, message(paragraph(publicationText(context, id, outcome, where))));
}

async function show(context: CommandContext, args: Args): Promise<void> {
  const { meeting: target } = meeting(context, args);
  if (hiddenHere(context, target)) {
    context.fail(meetingMessages[context.lang].confidentialHere(target.id));
  }
  const summary = summaryMessage(context, context.db, target, context.channel.public ? 'public' : 'all');
  await context.respond(message(...summary.blocks, ...correctionBlocks(context, target, args)));
}

async function listAll(context: CommandContext): Promise<void> {
  const m = meetingMessages[context.lang];
  const all = [...context.db.meetings].sort((a, b) => b.date.localeCompare(a.date));
  const { shown, hidden } = visibleHere(context, all);
  // In a public channel the quarter check looks only at meetings that may be named there.
  const status = quarterStatus(shown, context.config.members, context.today);
  const line = (entry: Meeting) => {
    // A meeting today still counts as planned until its attendance is recorded.
    const state = isHeld(entry, context.today)
      ? m.stateHeld(entry.attendees.length)
      : entry.date >= context.today
        ? m.statePlanned
        : m.stateUnrecorded;
    return `${entry.id} ${when(context, entry)} ${entry.title}${entry.municipal ? ' 🏛️' : ''} — ${state}`;
  };
  await context.respond(
    listMessage({
      title: m.listTitle(shown.length),
      lines: shown.map(line),
      empty: m.listEmpty,
      after: [paragraph(quarterLine(context, status))],
      hidden: hiddenNote(context.lang, hidden, m.noun, m.nouns),
    }),
  );
}

const BY_CHAIR = { allowed: CHAIR, changes: true } as const;

export const overleg: CommandSpec = {
  name: 'overleg',
  reactions: { prefix: MEETING.prefix, handle: onReaction },
  en: 'meeting',
  aliases: ['vergadering'],
  summary: {
    nl: 'Overleggen plannen en vastleggen: aanwezigen, notulen, besluiten, actiepunten en het verslag (afspraak 6c, 6d, 7b).',
    en: 'Plan and record meetings: attendees, minutes, decisions, action points and the report (agreement 6c, 6d, 7b).',
  },
  subcommands: [
    {
      name: 'plan',
      en: 'plan',
      usage: {
        nl: '/overleg plan <datum> [tijd] [gemeente] [titel] [vertrouwelijk [tot:<datum>]]',
        en: '/overleg plan <date> [time] [municipality] [title] [vertrouwelijk [tot:<date>]]',
      },
      summary: {
        nl: "Een overleg plannen; met 'gemeente' is het het kwartaaloverleg met de gemeente.",
        en: "Plan a meeting; with 'municipality' it is the quarterly meeting with the municipality.",
      },
      ...BY_CHAIR,
      options: ['tot'],
      flags: ['vertrouwelijk'],
      run: plan,
    },
    {
      name: 'aanwezig',
      en: 'present',
      usage: { nl: '/overleg aanwezig <OVL> <naam…>', en: '/overleg aanwezig <OVL> <name…>' },
      summary: { nl: 'Noteren wie er waren.', en: 'Record who was present.' },
      ...BY_CHAIR,
      run: attend,
    },
    {
      name: 'notulen',
      en: 'minutes',
      usage: {
        nl: '/overleg notulen <OVL> <tekst> · notulen <OVL> wijzig <n> <tekst> · notulen <OVL> schrap <n>',
        en: '/overleg notulen <OVL> <text> · minutes <OVL> change <n> <text> · minutes <OVL> strike <n>',
      },
      summary: {
        nl: 'Notulen toevoegen, of regel <n> (zie /overleg toon) verbeteren of schrappen.',
        en: 'Add minutes, or correct or strike line <n> (see /meeting show).',
      },
      ...BY_CHAIR,
      run: addMinutes,
    },
    actionSubcommand,
    {
      name: 'samenvatting',
      en: 'summary',
      aliases: ['verslag'],
      usage: { nl: '/overleg samenvatting <OVL> [publiceer]', en: '/overleg samenvatting <OVL> [publish]' },
      summary: {
        nl: 'Eerst een voorbeeld van het openbare verslag; met publiceer (of ✅ op het voorbeeld) komt het in het openbare kanaal. Opnieuw publiceren past het geplaatste verslag aan. Een vertrouwelijk overleg komt in het panelkanaal.',
        en: 'First a preview of the public report; with publish (or ✅ on the preview) it goes to the public channel. Publishing again edits the posted report. A confidential meeting goes to the panel channel.',
      },
      ...BY_CHAIR,
      flags: ['publiceer', 'publish'],
      maxWords: 2,
      run: summarize,
    },
    {
      name: 'toon',
      en: 'show',
      usage: { nl: '/overleg toon <OVL> [geschiedenis]', en: '/overleg toon <OVL> [geschiedenis]' },
      summary: {
        nl: 'Het verslag hier bekijken, met genummerde notulen; met geschiedenis: ook wat er is gecorrigeerd.',
        en: 'View the report here, with numbered minutes; with history: also what was corrected.',
      },
      allowed: 'everyone',
      changes: false,
      flags: ['geschiedenis'],
      maxWords: 1,
      run: show,
    },
    {
      name: 'lijst',
      en: 'list',
      usage: { nl: '/overleg lijst', en: '/overleg lijst' },
      summary: {
        nl: 'Alle overleggen, en of dit kwartaal het overleg met gemeente en PIT is gehouden of gepland.',
        en: 'All meetings, and whether this quarter has its meeting with municipality and PIT.',
      },
      allowed: 'everyone',
      changes: false,
      maxWords: 0,
      run: listAll,
    },
    ...meetingCorrections(MEETING),
  ],
};
