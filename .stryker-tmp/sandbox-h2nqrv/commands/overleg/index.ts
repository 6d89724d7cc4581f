// @ts-nocheck
import type { Args, CommandContext, CommandSpec } from '../../src/core/command.ts';
import { isHeld, quarterStatus } from '../../src/domain/meetings.ts';
import { CHAIR } from '../../src/domain/roles.ts';
import { meetingMessages } from '../../src/i18n/texts/meetings.ts';
import { hiddenHere, visibleHere } from '../../src/kit/confidentiality.ts';
import { correctionBlocks } from '../../src/kit/corrections.ts';
import { opennessSubcommand } from '../../src/kit/openness.ts';
import { message, paragraph } from '../../src/port/rich-message.ts';
import { meetingMessage, quarterLine, summaryMessage, when } from '../../src/render/meeting.ts';
import { hiddenNote, listMessage } from '../../src/render/render-scope.ts';
import type { Meeting } from '../../src/store/schema.ts';
import { actionSubcommand } from './actions.ts';
import { meetingCorrections } from './corrections.ts';
import { MEETING, meetingFrom as meeting } from './kind.ts';
import { minuteLine } from './openness.ts';
import { plan } from './plan.ts';
import { addMinutes, attend } from './record.ts';
import { onReaction, summarize } from './summary.ts';

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
  reactions: { handle: onReaction },
  en: 'meeting',
  items: {
    kind: MEETING,
    collection: 'meetings',
    plural: { nl: 'Overleggen', en: 'Meetings' },
    show: 'toon',
  },
  reads: ['lijst'],
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
    opennessSubcommand({
      command: 'overleg',
      kind: MEETING,
      items: (db) => db.meetings,
      render: meetingMessage,
      part: minuteLine,
      usage: {
        nl: '/overleg openbaarheid <OVL> [<regel>] vertrouwelijk|openbaar [tot:<datum>] reden:"…"',
        en: '/overleg openbaarheid <OVL> [<line>] vertrouwelijk|openbaar [tot:<date>] reden:"…"',
      },
    }),
  ],
};
