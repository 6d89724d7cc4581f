// @ts-nocheck
import type {
  ActionContext,
  Args,
  CommandContext,
  CommandSpec,
  ReactionContext,
  ReplyContext,
  ScheduledContext,
} from '../../src/core/command.ts';
import { hasRole } from '../../src/core/permissions.ts';
import { announceItem } from '../../src/kit/anchor.ts';
import { guardFor, visibleIn } from '../../src/kit/confidentiality.ts';
import { nextId } from '../../src/kit/items.ts';
import { dateOrFail, findOrFail, takeItemId } from '../../src/parse/arguments.ts';
import { list, message, paragraph, type RichMessage } from '../../src/port/rich-message.ts';
import type { RenderScope } from '../../src/render/render-scope.ts';
import type { Poll } from '../../src/store/schema.ts';
import { formatLongDate } from '../../src/time/time.ts';
import { pollMessages } from './messages.ts';
import {
  castVote,
  close,
  isDue,
  NUMBERS,
  newKey,
  optionOfEmoji,
  optionOfReply,
  readPoll,
  type VoteResult,
  withdrawVote,
} from './poll.ts';
import { pollLine, pollMessage, resultMessage } from './render.ts';

const POLL = { prefix: 'PEI', noun: { nl: 'peiling', en: 'poll' } } as const;
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

/**
 * A member's vote, from a command, a reply or a reaction: counted in the store, and the
 * poll's message shows the new counts. Answers `respond` for a new or changed vote.
 */
async function vote(
  context: ActionContext,
  id: string,
  option: number,
  respond: ((content: RichMessage) => Promise<unknown>) | undefined,
): Promise<void> {
  const m = pollMessages[context.lang];
  const poll = context.item('polls', id);
  if (!poll) return context.fail(context.t.notFound(id));
  if (poll.closed) return context.fail(m.isClosed(id));
  if (!Number.isInteger(option) || option < 1 || option > poll.options.length)
    return context.fail(m.noSuchOption(option, poll.options.length));
  const voter = context.actor.id;
  // Tried on a copy first (the store hands out a tracked view): an unchanged vote writes nothing.
  const sure: VoteResult = castVote(JSON.parse(JSON.stringify(poll)) as Poll, voter, option);
  if (sure === 'same' || sure === 'already-voted') {
    await respond?.(message(paragraph(sure === 'same' ? m.same(option) : m.alreadyVoted(id))));
    return;
  }
  // A secret vote's audit entry names nobody: the counts must not be linked to the voter.
  const result = await context.transact(
    poll.secret ? { action: 'peiling.stem', anonymous: true } : 'peiling.stem',
    (db) => castVote(db.polls.find((entry) => entry.id === id)!, voter, option),
    () => id,
  );
  const now = context.item('polls', id)!;
  await context.update(now.message, pollMessage(context, now));
  const chosen = now.options[option - 1]!;
  const said = poll.secret
    ? m.secretCounted(id)
    : result === 'changed'
      ? m.changed(option, chosen)
      : m.counted(option, chosen);
  await respond?.(message(paragraph(said)));
}

/** `/peiling stem <PEI> <nummer>`: the way to vote in a secret poll, and anywhere else. */
async function voteCommand(context: CommandContext, args: Args): Promise<void> {
  const { id, rest } = takeItemId(context, args, POLL);
  const poll = findOrFail(context, 'polls', id);
  const typed = rest.word(0);
  const option = typed === undefined ? Number.NaN : Number(typed.replace(/^#/, ''));
  if (!Number.isInteger(option)) context.fail(pollMessages[context.lang].whichNumber(poll.options.length));
  await vote(context, id, option, (content) => context.respondPrivately(content));
}

/** A number as a reply in the poll's thread. */
async function onReply(context: ReplyContext, id: string): Promise<void> {
  const poll = context.item('polls', id);
  if (poll?.secret) return context.fail(pollMessages[context.lang].notInSecret(id));
  await vote(context, id, optionOfReply(context.text)!, (content) => context.respondPrivately(content));
}

/** A number reaction under the poll: added, a vote; taken away, the vote is taken back. */
async function onReaction(context: ReactionContext, id: string): Promise<void> {
  const option = optionOfEmoji(context.emoji);
  const poll = context.item('polls', id);
  if (option === undefined || !poll) return;
  const m = pollMessages[context.lang];
  if (context.event.added) {
    if (poll.secret) return context.fail(m.notInSecret(id));
    await vote(context, id, option, undefined);
    return;
  }
  if (poll.closed || !context.member) return;
  const voter = context.member.id;
  if (!poll.votes.some((entry) => entry.by === voter && entry.option === option)) return;
  await context.transact(
    'peiling.stem-terug',
    (db) => withdrawVote(db.polls.find((entry) => entry.id === id)!, voter, option),
    () => id,
  );
  const now = context.item('polls', id)!;
  await context.update(now.message, pollMessage(context, now));
}

/** `/peiling sluiten <PEI>`: by who started it, or the chair or secretary; the result goes in its thread. */
async function closeCommand(context: CommandContext, args: Args): Promise<void> {
  const m = pollMessages[context.lang];
  const { id } = takeItemId(context, args, POLL);
  const poll = findOrFail(context, 'polls', id);
  if (poll.openedBy !== context.actor.id && !hasRole(context.member, ['voorzitter', 'secretaris']))
    context.refuse(m.onlyOpenerCloses(id, context.nameOf(poll.openedBy)));
  if (poll.closed) context.fail(m.alreadyClosed(id));
  await context.transact(
    'peiling.sluiten',
    (db) => close(db.polls.find((entry) => entry.id === id)!, context.now.toISOString(), context.actor.id),
    () => id,
  );
  const closed = context.item('polls', id)!;
  await context.update(closed.message, pollMessage(context, closed));
  await context.respondInThread(
    closed.message,
    resultMessage(context, closed, m.closedBy(id, context.nameOf(context.actor.id))),
  );
}

async function show(context: CommandContext, args: Args): Promise<void> {
  const { id } = takeItemId(context, args, POLL);
  await context.respond(pollMessage(context, findOrFail(context, 'polls', id)));
}

/** The open polls that may be shown here: in a public channel none whose words name something confidential. */
function openPolls(scope: RenderScope, forPublic: boolean): Poll[] {
  const open = scope.db.polls.filter((poll) => !poll.closed);
  const guard = guardFor(scope.db, scope.today, forPublic);
  const { shown } = visibleIn(open, forPublic, scope.today, undefined, guard);
  return shown.filter((poll) => !guard?.names(poll.options.join('\n'), poll.id));
}

async function listOpen(context: CommandContext): Promise<void> {
  const m = pollMessages[context.lang];
  const lines = openPolls(context, context.channel.public).map((poll) => pollLine(context, poll));
  await context.respond(message(paragraph(m.listTitle), lines.length ? list(lines) : paragraph(m.none)));
}

/** Polls whose end date has passed close by themselves; the result goes in their thread. */
const closing = {
  name: 'poll-closing',
  async run(context: ScheduledContext): Promise<void> {
    for (const poll of context.db.polls.filter((entry) => isDue(entry, context.today))) {
      await context.transact(
        'peiling.sluiten',
        (db) => close(db.polls.find((entry) => entry.id === poll.id)!, context.now.toISOString(), undefined),
        () => poll.id,
      );
      const closed = context.db.polls.find((entry) => entry.id === poll.id)!;
      await context.update(closed.message, pollMessage(context, closed));
      await context.replyTo(
        closed.message,
        resultMessage(context, closed, pollMessages[context.lang].closedByDate(poll.id)),
      );
    }
  },
};

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
        en: '/peiling "<question>" <option> | <option> [| …] [geheim] [tot:<date>]',
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
