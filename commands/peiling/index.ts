import type { Args, CommandContext, CommandSpec } from '../../src/core/command.ts';
import { announceItem } from '../../src/kit/anchor.ts';
import { nextId } from '../../src/kit/items.ts';
import { dateOrFail } from '../../src/parse/arguments.ts';
import type { Poll } from '../../src/store/schema.ts';
import { formatLongDate } from '../../src/time/time.ts';
import { closeCommand, closing } from './close.ts';
import { POLL } from './kind.ts';
import { pollMessages } from './messages.ts';
import { NUMBERS, newKey, optionOfReply, readPoll } from './poll.ts';
import { pollLine, pollMessage } from './render.ts';
import { listOpen, openPolls, show } from './view.ts';
import { onReaction, onReply, voteCommand } from './vote.ts';

const SECRET = ['geheim', 'secret'];

/** `/peiling "Wanneer?" di 14 jan | do 16 jan [geheim] [tot:<datum>]`: a new poll, with the numbers under it. */
async function create(context: CommandContext, args: Args): Promise<void> {
  const m = pollMessages[context.lang];
  const read = readPoll(args.words);
  if (!read.ok) {
    const problems = { 'no-question': m.noQuestion, 'too-few': m.tooFew, 'too-many': m.tooMany };
    context.fail(read.problem === 'empty-option' ? m.emptyOption : problems[read.problem]);
  }
  const typed = args.options.get('tot');
  const until = typed === undefined ? undefined : dateOrFail(context, typed);
  if (until && until < context.today) context.fail(m.untilPast(formatLongDate(until, context.lang)));
  const secret = SECRET.some((flag) => args.flags.has(flag));
  const created = await context.transact(
    'peiling.nieuw',
    (db) => {
      const poll: Poll = {
        id: nextId(db, POLL.prefix, context.year),
        title: read.question,
        options: [...read.options],
        secret,
        ...(until ? { until } : {}),
        confidentiality: 'openbaar',
        openedBy: context.actor.id,
        openedAt: context.now.toISOString(),
        votes: [],
        ballots: [],
        ...(secret ? { counts: read.options.map(() => 0), key: newKey() } : {}),
      };
      db.polls.push(poll);
      return poll;
    },
    (poll) => poll.id,
  );
  await announceItem(context, created, pollMessage(context, created));
  // Under a secret poll no numbers: a reaction shows everyone who chose what.
  if (!secret)
    await context.react(context.item('polls', created.id)?.message, NUMBERS.slice(0, read.options.length));
}

export const peiling: CommandSpec = {
  name: 'peiling',
  en: 'poll',
  items: { kind: POLL, collection: 'polls', plural: { nl: 'Peilingen', en: 'Polls' }, show: 'toon' },
  reads: ['lijst'],
  summary: {
    nl: 'Een vraag met opties waarop leden stemmen, met een reactie of een nummer in de draad; ook geheim.',
    en: 'A question with options members vote on, with a reaction or a number in the thread; also secret.',
  },
  reactions: { handle: onReaction },
  replies: { accepts: (text) => optionOfReply(text) !== undefined, handle: onReply },
  scheduled: [closing],
  digest: (scope, forPublic) => ({
    title: pollMessages[scope.lang].digestTitle,
    lines: openPolls(scope, forPublic).map((poll) => pollLine(scope, poll)),
  }),
  subcommands: [
    {
      name: '',
      usage: {
        nl: '/peiling "<vraag>" <optie> | <optie> [| …] [geheim] [tot:<datum>]',
        en: '/peiling "<question>" <option> | <option> [| …] [secret] [tot:<date>]',
      },
      summary: {
        nl: 'Een peiling beginnen, met 2 tot 10 opties; geheim: alleen de aantallen worden bewaard.',
        en: 'Start a poll with 2 to 10 options; secret: only the counts are kept.',
      },
      allowed: 'members',
      changes: true,
      options: ['tot'],
      flags: SECRET,
      run: create,
    },
    {
      name: 'stem',
      en: 'vote',
      usage: { nl: '/peiling stem <PEI> <nummer>', en: '/peiling stem <PEI> <number>' },
      summary: {
        nl: 'Stemmen; zo stem je bij een geheime peiling (in Slack ziet niemand anders het commando).',
        en: 'Vote; this is how to vote in a secret poll (in Slack nobody else sees the command).',
      },
      allowed: 'members',
      changes: true,
      maxWords: 2,
      run: voteCommand,
    },
    {
      name: 'toon',
      en: 'show',
      usage: { nl: '/peiling toon <PEI>', en: '/peiling toon <PEI>' },
      summary: {
        nl: 'De opties met hun aantal stemmen (bij een geheime peiling pas als hij gesloten is).',
        en: 'The options with their votes (for a secret poll once it is closed).',
      },
      allowed: 'everyone',
      changes: false,
      maxWords: 1,
      run: show,
    },
    {
      name: 'sluiten',
      en: 'close',
      usage: { nl: '/peiling sluiten <PEI>', en: '/peiling sluiten <PEI>' },
      summary: {
        nl: 'De peiling sluiten; de uitslag komt in de draad.',
        en: 'Close the poll; the result goes in its thread.',
      },
      allowed: 'members',
      who: {
        nl: 'wie de peiling begon, de voorzitter of de secretaris',
        en: 'who started the poll, the chair or the secretary',
      },
      changes: true,
      maxWords: 1,
      run: closeCommand,
    },
    {
      name: 'lijst',
      en: 'list',
      usage: { nl: '/peiling lijst', en: '/peiling lijst' },
      summary: { nl: 'De open peilingen.', en: 'The open polls.' },
      allowed: 'everyone',
      changes: false,
      maxWords: 0,
      run: listOpen,
    },
  ],
};
