// @ts-nocheck
import type { Args, CommandContext, CommandSpec } from '../../src/core/command.ts';
import { actionPointsOf } from '../../src/domain/action-points.ts';
import { mentionedIds } from '../../src/domain/meetings.ts';
import { CHAIR } from '../../src/domain/roles.ts';
import { PHASE_WORDS } from '../../src/domain/vocabulary.ts';
import { developmentMessages } from '../../src/i18n/texts/developments.ts';
import { announceItem } from '../../src/kit/anchor.ts';
import {
  confidentialityOf,
  hiddenHere,
  opennessLabel,
  type Protectable,
  visibleHere,
} from '../../src/kit/confidentiality.ts';
import { correctionBlocks, fieldCorrection } from '../../src/kit/corrections.ts';
import { nextId } from '../../src/kit/items.ts';
import { opennessSubcommand } from '../../src/kit/openness.ts';
import { findOrFail, type Kind, takeItemId, textOrFail, themesOrFail } from '../../src/parse/arguments.ts';
import { didYouMean, readWord, suggestWord } from '../../src/parse/words.ts';
import {
  context as contextLine,
  fields,
  heading,
  list,
  message,
  paragraph,
  type RichMessage,
} from '../../src/port/rich-message.ts';
import { dayOf, hiddenNote, listMessage, type RenderScope } from '../../src/render/render-scope.ts';
import type { Db, Development, Phase } from '../../src/store/schema.ts';
import { formatDate } from '../../src/time/time.ts';

export const DEVELOPMENT: Kind = { prefix: 'ONT', noun: { nl: 'ontwikkeling', en: 'development' } };

/** What is linked to a development, in both directions. */
export function linksOf(db: Db, id: string) {
  return {
    requests: db.adviceRequests.filter((request) => request.development === id),
    notes: db.notes.filter((note) => note.development === id),
    meetings: db.meetings.filter((meeting) =>
      mentionedIds(
        meeting,
        db.decisions,
        Number(meeting.date.slice(0, 4)),
        actionPointsOf(db, meeting.id),
      ).includes(id),
    ),
  };
}

export function developmentMessage(scope: RenderScope, development: Development): RichMessage {
  const m = developmentMessages[scope.lang];
  return message(
    heading(m.title(development.id, development.title)),
    fields([
      { label: m.labels.phase, value: m.phase[development.phase] },
      ...(development.themes.length
        ? [{ label: m.labels.themes, value: development.themes.join(', ') }]
        : []),
      {
        label: m.labels.openness,
        value: opennessLabel(development, scope.today, scope.lang),
      },
      {
        label: m.labels.informed,
        value: m.whoAt(scope.nameOf(development.reportedBy), dayOf(scope, development.reportedAt)),
      },
    ]),
    contextLine(m.hint(development.id)),
  );
}

function phaseOrFail(context: CommandContext, typed: string | undefined): Phase {
  const m = developmentMessages[context.lang];
  if (!typed) context.fail(m.missingPhase);
  const phase = readWord(typed, PHASE_WORDS);
  if (!phase)
    context.fail(
      m.unknownPhase(typed, didYouMean(suggestWord(typed, PHASE_WORDS, context.lang), context.lang)),
    );
  return phase;
}

async function report(context: CommandContext, args: Args): Promise<void> {
  const m = developmentMessages[context.lang];
  const title = textOrFail(context, args, m.whatTitle, 0, 200);
  const phase = phaseOrFail(context, args.options.get('fase'));
  const themes = themesOrFail(context, args.options.get('thema'));
  const confidentiality = confidentialityOf(context, args);
  const at = context.now.toISOString();
  const created = await context.transact(
    'ontwikkeling.nieuw',
    (db) => {
      const development: Development = {
        id: nextId(db, DEVELOPMENT.prefix, context.year),
        title,
        phase,
        themes,
        ...confidentiality,
        reportedBy: context.actor.id,
        reportedAt: at,
        phases: [{ phase, at, by: context.actor.id }],
      };
      db.developments.push(development);
      return development;
    },
    (development) => development.id,
  );
  await announceItem(context, created, developmentMessage(context, created));
}

function development(context: CommandContext, args: Args): { development: Development; rest: Args } {
  const { id, rest } = takeItemId(context, args, DEVELOPMENT);
  return { development: findOrFail(context, 'developments', id), rest };
}

async function changePhase(context: CommandContext, args: Args): Promise<void> {
  const m = developmentMessages[context.lang];
  const { development: target, rest } = development(context, args);
  const phase = phaseOrFail(context, rest.word(0) ?? rest.options.get('fase'));
  if (phase === target.phase) context.fail(m.samePhase(target.id, m.phase[phase]));
  await context.transact(
    'ontwikkeling.fase',
    () => {
      target.phase = phase;
      target.phases.push({ phase, at: context.now.toISOString(), by: context.actor.id });
    },
    () => target.id,
  );
  await context.update(target.message, developmentMessage(context, target));
  await context.respond(message(paragraph(m.phaseChanged(target.id, m.phase[phase]))));
}

/** Linked items that may be shown here: confidential ones, and those whose title names one, only where they may be read. */
function linkedHere<T extends Protectable>(context: CommandContext, items: T[]): T[] {
  return visibleHere(context, items).shown;
}

async function show(context: CommandContext, args: Args): Promise<void> {
  const m = developmentMessages[context.lang];
  const { development: target } = development(context, args);
  if (hiddenHere(context, target)) context.fail(m.confidentialHere(target.id));
  const links = linksOf(context.db, target.id);
  const section = (label: string, lines: string[]) => [
    paragraph(`${label}:`),
    lines.length ? list(lines) : contextLine(m.nothingLinked),
  ];
  await context.respond(
    message(
      ...developmentMessage(context, target).blocks.slice(0, 2),
      paragraph(`${m.labels.history}:`),
      list(
        target.phases.map(
          (entry) => `${dayOf(context, entry.at)} ${m.phase[entry.phase]} — ${context.nameOf(entry.by)}`,
        ),
      ),
      ...section(
        m.labels.requests,
        linkedHere(context, links.requests).map((request) => `${request.id} ${request.title}`),
      ),
      ...section(
        m.labels.notes,
        linkedHere(context, links.notes).map((note) => `${note.id} ${note.title}`),
      ),
      ...section(
        m.labels.meetings,
        linkedHere(context, links.meetings).map(
          (meeting) => `${meeting.id} ${formatDate(meeting.date, context.lang)} ${meeting.title}`,
        ),
      ),
      ...correctionBlocks(context, target, args),
    ),
  );
}

async function listAll(context: CommandContext): Promise<void> {
  const m = developmentMessages[context.lang];
  const all = context.db.developments;
  const { shown, hidden } = visibleHere(context, all);
  const line = (item: Development) => {
    const links = linksOf(context.db, item.id);
    const count =
      linkedHere(context, links.requests).length +
      linkedHere(context, links.notes).length +
      linkedHere(context, links.meetings).length;
    return `${item.id} ${item.title} — ${m.phase[item.phase]}, ${dayOf(context, item.reportedAt)} (${count} 🔗)`;
  };
  await context.respond(
    listMessage({
      title: m.listTitle(shown.length),
      lines: shown.map(line),
      empty: m.listEmpty,
      hidden: hiddenNote(context.lang, hidden, m.noun, m.nouns),
    }),
  );
}

export const ontwikkeling: CommandSpec = {
  name: 'ontwikkeling',
  en: 'development',
  items: {
    kind: DEVELOPMENT,
    collection: 'developments',
    plural: { nl: 'Ontwikkelingen', en: 'Developments' },
    show: 'toon',
  },
  reads: ['lijst'],
  aliases: ['ontwikkelingen'],
  summary: {
    nl: 'Het register van digitale ontwikkelingen waarover de gemeente het panel op tijd informeert (afspraak 6a).',
    en: 'The register of digital developments the municipality reports to the panel in time (agreement 6a).',
  },
  subcommands: [
    {
      name: 'nieuw',
      en: 'new',
      usage: {
        nl: '/ontwikkeling nieuw <titel> fase:<verkenning|ontwikkeling|implementatie> [thema:<thema>] [vertrouwelijk]',
        en: '/ontwikkeling nieuw <title> fase:<verkenning|ontwikkeling|implementatie> [thema:<theme>] [vertrouwelijk]',
      },
      summary: { nl: 'Een nieuwe ontwikkeling melden.', en: 'Report a new development.' },
      allowed: ['gemeente', ...CHAIR],
      changes: true,
      options: ['fase', 'thema', 'tot'],
      flags: ['vertrouwelijk'],
      run: report,
    },
    {
      name: 'fase',
      en: 'phase',
      usage: { nl: '/ontwikkeling fase <ONT> <fase>', en: '/ontwikkeling fase <ONT> <phase>' },
      summary: {
        nl: 'De fase bijwerken; eerdere fases blijven bewaard.',
        en: 'Update the phase; earlier phases are kept.',
      },
      allowed: ['gemeente', ...CHAIR],
      changes: true,
      options: ['fase'],
      maxWords: 2,
      run: changePhase,
    },
    {
      name: 'toon',
      en: 'show',
      usage: { nl: '/ontwikkeling toon <ONT> [geschiedenis]', en: '/ontwikkeling toon <ONT> [geschiedenis]' },
      summary: {
        nl: 'Alles over één ontwikkeling, met gekoppelde verzoeken, notities en overleggen; met geschiedenis: ook wat er is gecorrigeerd.',
        en: 'Everything about one development, with linked requests, notes and meetings; with history: also what was corrected.',
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
      usage: { nl: '/ontwikkeling lijst', en: '/ontwikkeling lijst' },
      summary: { nl: 'Alle gemelde ontwikkelingen.', en: 'All reported developments.' },
      allowed: 'everyone',
      changes: false,
      maxWords: 0,
      run: listAll,
    },
    fieldCorrection<Development>({
      command: 'ontwikkeling',
      name: 'titel',
      en: 'title',
      kind: DEVELOPMENT,
      field: 'titel',
      usage: { nl: '/ontwikkeling titel <ONT> <titel>', en: '/ontwikkeling titel <ONT> <title>' },
      summary: {
        nl: 'De titel verbeteren; de oude blijft in de geschiedenis.',
        en: 'Correct the title; the old one stays in the history.',
      },
      allowed: ['gemeente', ...CHAIR],
      max: 200,
      items: (db) => db.developments,
      get: (development) => development.title,
      set: (development, title) => {
        development.title = title;
      },
      render: (context, development) => developmentMessage(context, development),
    }),
    opennessSubcommand({
      command: 'ontwikkeling',
      kind: DEVELOPMENT,
      items: (db) => db.developments,
      render: developmentMessage,
    }),
  ],
};
