// @ts-nocheck
import type { Args, CommandContext, CommandSpec, ScheduledContext } from '../../src/core/command.ts';
import { participantDigest, sideOf } from '../../src/domain/evaluation.ts';
import { CHAIR } from '../../src/domain/roles.ts';
import { guardFor } from '../../src/kit/confidentiality.ts';
import { dateOrFail } from '../../src/parse/arguments.ts';
import { message, paragraph } from '../../src/port/rich-message.ts';
import { markText } from '../../src/render/annual-report.ts';
import { formatDate } from '../../src/time/time.ts';
import { cast, close, hasAnswered, newEvaluation, openEvaluation, poolOf, reminderFor } from './ballot.ts';
import { evaluationMessages } from './messages.ts';
import { resultsMessage } from './render.ts';

const texts = (context: { lang: CommandContext['lang'] }) => evaluationMessages[context.lang];

function yearOrFail(context: CommandContext, typed: string | undefined): number | undefined {
  if (typed === undefined) return undefined;
  if (!/^\d{4}$/.test(typed)) context.fail(texts(context).badYear(typed));
  return Number(typed);
}

async function start(context: CommandContext, args: Args): Promise<void> {
  const m = texts(context);
  const year = yearOrFail(context, args.word(0)) ?? context.year;
  const typedUntil = [args.options.get('tot'), ...args.words.slice(1).map((word) => word.value)]
    .filter(Boolean)
    .join(' ');
  if (!typedUntil) context.fail(m.untilMissing);
  const until = dateOrFail(context, typedUntil);
  if (until < context.today) context.fail(m.untilPast(formatDate(until, context.lang)));
  const open = openEvaluation(context.db);
  if (open) context.fail(m.alreadyOpen(open.year));
  if (context.db.evaluations.some((evaluation) => evaluation.year === year))
    context.fail(m.alreadyClosed(year));
  const evaluation = newEvaluation(year, until, context.now, context.config);
  await context.transact(
    'evaluatie.start',
    (db) => {
      db.evaluations.push(evaluation);
    },
    () => `evaluatie-${year}`,
  );
  let sent = 0;
  const unreachable: string[] = [];
  const date = formatDate(until, context.lang);
  for (const member of context.config.members) {
    const reached = await context.sendDirect(
      member,
      message(paragraph(m.invitation(year, date, member.name))),
    );
    if (reached > 0) sent++;
    else unreachable.push(member.name);
  }
  context.memory.set(`evaluatie:reminded:${year}`, true);
  await context.respond(message(paragraph(m.opened(year, date, sent, unreachable))));
}

function markOrFail(context: CommandContext, args: Args, question: 'advisering' | 'betekenis'): number {
  const typed = args.options.get(question);
  if (typed === undefined) context.fail(texts(context).missingMarks);
  if (!/^(10|[1-9])$/.test(typed.trim()))
    context.fail(texts(context).badMark(texts(context).option[question], typed));
  return Number(typed);
}

async function answer(context: CommandContext, args: Args): Promise<void> {
  const m = texts(context);
  // Typed where others read along: refuse without storing or repeating anything.
  if (!context.unseen) {
    await context.respondPrivately(message(paragraph(m.notHere)));
    return;
  }
  const evaluation = openEvaluation(context.db);
  if (!evaluation) context.fail(m.noneOpen);
  const member = context.actor;
  if (hasAnswered(context.memory, evaluation, member.id)) context.fail(m.already(evaluation.year));
  const advisering = markOrFail(context, args, 'advisering');
  const betekenis = markOrFail(context, args, 'betekenis');
  const well = args.options.get('goed')?.trim();
  const better = args.options.get('beter')?.trim();
  const waiting = await cast(context, evaluation, member, {
    side: sideOf(member),
    advisering,
    betekenis,
    ...(well ? { well } : {}),
    ...(better ? { better } : {}),
  });
  await context.respondPrivately(message(paragraph(m.kept(waiting))));
}

async function show(context: CommandContext, args: Args): Promise<void> {
  const m = texts(context);
  const year = yearOrFail(context, args.word(0));
  const evaluation =
    year === undefined
      ? (openEvaluation(context.db) ?? context.db.evaluations.at(-1))
      : context.db.evaluations.find((candidate) => candidate.year === year);
  if (!evaluation) context.fail(year === undefined ? m.none : m.noEvaluation(year));
  if (evaluation.closed) {
    const guard = guardFor(context.db, context.today, context.channel.public);
    await context.respond(resultsMessage(evaluation, context.db, context.lang, guard));
    return;
  }
  const pool = poolOf(context.memory, evaluation.year).answers;
  const answered = [...evaluation.answers, ...pool];
  const count = (side: 'panel' | 'gemeente') => answered.filter((answer) => answer.side === side).length;
  const counts = m.counts(
    count('panel'),
    evaluation.invited.panel,
    count('gemeente'),
    evaluation.invited.gemeente,
  );
  await context.respond(
    message(paragraph(m.status(evaluation.year, formatDate(evaluation.closesOn, context.lang), counts))),
  );
}

async function closeNow(context: CommandContext, args: Args): Promise<void> {
  const m = texts(context);
  const year = yearOrFail(context, args.word(0));
  const evaluation =
    year === undefined
      ? openEvaluation(context.db)
      : context.db.evaluations.find((candidate) => candidate.year === year);
  if (!evaluation) context.fail(year === undefined ? m.noneOpen : m.noEvaluation(year));
  if (evaluation.closed) context.fail(m.alreadyClosed(evaluation.year));
  await close(context, evaluation.year, context.now);
  // Who closed it goes into the audit trail on its own, apart from the answers.
  await context.transact(
    'evaluatie.gesloten',
    () => undefined,
    () => `evaluatie-${evaluation.year}`,
  );
  await context.audit.replaceBackups();
  const closed = context.db.evaluations.find((candidate) => candidate.year === evaluation.year)!;
  const guard = guardFor(context.db, context.today, context.channel.public);
  await context.respond(resultsMessage(closed, context.db, context.lang, guard));
}

function averageOrFail(context: CommandContext, args: Args, question: 'advisering' | 'betekenis'): number {
  const typed = args.options.get(question);
  if (typed === undefined) context.fail(texts(context).missingMarks);
  const value = Number(typed.trim().replace(',', '.'));
  if (!/^\d{1,2}([.,]\d)?$/.test(typed.trim()) || value < 1 || value > 10)
    context.fail(texts(context).badAverage(texts(context).option[question], typed));
  return value;
}

async function earlier(context: CommandContext, args: Args): Promise<void> {
  const year = yearOrFail(context, args.word(0)) ?? context.fail(texts(context).badYear(''));
  const advisering = averageOrFail(context, args, 'advisering');
  const betekenis = averageOrFail(context, args, 'betekenis');
  await context.transact(
    'evaluatie.vorige',
    (db) => {
      db.earlierEvaluations = [
        ...db.earlierEvaluations.filter((entry) => entry.year !== year),
        { year, advisering, betekenis, at: context.now.toISOString() },
      ].sort((a, b) => a.year - b.year);
    },
    () => `evaluatie-${year}`,
  );
  await context.respond(
    message(
      paragraph(
        texts(context).earlierSaved(
          year,
          markText(advisering, context.lang),
          markText(betekenis, context.lang),
        ),
      ),
    ),
  );
}

/** Closes an evaluation the day after its last day, and reminds once a day after a restart. */
async function tick(context: ScheduledContext): Promise<void> {
  const evaluation = context.db.evaluations.find((candidate) => !candidate.closed);
  if (!evaluation) return;
  if (context.today > evaluation.closesOn) {
    const ballot = { memory: context.memory, db: context.db, transactAsBot: context.transact };
    await close(ballot, evaluation.year, context.now);
    await context.replaceCopies();
    const closed = context.db.evaluations.find((candidate) => candidate.year === evaluation.year)!;
    await context.broadcast('panel', (forPublic) =>
      resultsMessage(closed, context.db, context.lang, guardFor(context.db, context.today, forPublic)),
    );
    return;
  }
  // Answers wait in memory: after a restart, those not yet stored are gone. Ask again, once a day.
  const flag = `evaluatie:reminded:${evaluation.year}`;
  if (context.memory.get(flag) || evaluation.remindedOn === context.today) return;
  context.memory.set(flag, true);
  await context.transact(
    'evaluatie.herinnering',
    (db) => {
      db.evaluations.find((candidate) => candidate.year === evaluation.year)!.remindedOn = context.today;
    },
    () => `evaluatie-${evaluation.year}`,
  );
  for (const member of context.config.members) {
    if (evaluation.key && evaluation.participants.includes(participantDigest(evaluation.key, member.id)))
      continue;
    await context.sendDirect(member, reminderFor(context.config, evaluation, member));
  }
}

export const evaluatie: CommandSpec = {
  name: 'evaluatie',
  en: 'evaluation',
  summary: {
    nl: 'De jaarlijkse evaluatie van de samenwerking: twee cijfers per lid, anoniem (afspraak 8a).',
    en: 'The yearly evaluation of the collaboration: two marks per member, anonymous (agreement 8a).',
  },
  scheduled: [{ name: 'evaluatie', run: tick }],
  subcommands: [
    {
      name: '',
      bare: true,
      usage: { nl: '/evaluatie [jaar]', en: '/evaluatie [year]' },
      summary: {
        nl: 'Hoeveel leden antwoordden (per kant, zonder namen), of de uitslag als de evaluatie gesloten is.',
        en: 'How many members answered (per side, no names), or the result once the evaluation is closed.',
      },
      allowed: 'everyone',
      changes: false,
      maxWords: 1,
      run: show,
    },
    {
      name: 'start',
      en: 'start',
      usage: { nl: '/evaluatie start <jaar> tot:<datum>', en: '/evaluatie start <year> tot:<date>' },
      summary: {
        nl: 'Opent de evaluatie: elk lid krijgt de vragen in een persoonlijk bericht.',
        en: 'Opens the evaluation: every member gets the questions in a direct message.',
      },
      allowed: CHAIR,
      changes: true,
      options: ['tot'],
      run: start,
    },
    {
      name: 'cijfer',
      en: 'mark',
      usage: {
        nl: '/evaluatie cijfer advisering:<1-10> betekenis:<1-10> [goed:"…"] [beter:"…"]',
        en: '/evaluatie cijfer advisering:<1-10> betekenis:<1-10> [goed:"…"] [beter:"…"]',
      },
      summary: {
        nl: 'Je antwoord, anoniem. Alleen in een persoonlijk gesprek met de bot (of als Slack-commando).',
        en: 'Your answer, anonymous. Only in a direct conversation with the bot (or as a Slack command).',
      },
      allowed: 'members',
      changes: false,
      options: ['advisering', 'betekenis', 'goed', 'beter'],
      maxWords: 0,
      run: answer,
    },
    {
      name: 'sluiten',
      en: 'close',
      usage: { nl: '/evaluatie sluiten [jaar]', en: '/evaluatie sluiten [year]' },
      summary: {
        nl: 'Sluit de evaluatie en toont de uitslag; wie antwoordde is daarna door niemand meer na te gaan.',
        en: 'Closes the evaluation and shows the result; who answered can then no longer be traced by anyone.',
      },
      allowed: CHAIR,
      changes: true,
      maxWords: 1,
      run: closeNow,
    },
    {
      name: 'vorige',
      en: 'earlier',
      usage: {
        nl: '/evaluatie vorige <jaar> advisering:<cijfer> betekenis:<cijfer>',
        en: '/evaluatie vorige <year> advisering:<mark> betekenis:<mark>',
      },
      summary: {
        nl: 'De cijfers van een eerder jaar invoeren, zoals 2022: advisering:7,8 betekenis:8,5.',
        en: 'Enter the marks of an earlier year, such as 2022: advisering:7.8 betekenis:8.5.',
      },
      allowed: CHAIR,
      changes: true,
      options: ['advisering', 'betekenis'],
      maxWords: 1,
      run: earlier,
    },
  ],
};
