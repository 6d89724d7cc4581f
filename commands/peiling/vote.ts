import type {
  ActionContext,
  Args,
  CommandContext,
  ReactionContext,
  ReplyContext,
} from '../../src/core/command.ts';
import { findOrFail, takeItemId } from '../../src/parse/arguments.ts';
import { message, paragraph, type RichMessage } from '../../src/port/rich-message.ts';
import type { Db, Poll } from '../../src/store/schema.ts';
import { POLL } from './kind.ts';
import { pollMessages } from './messages.ts';
import { castVote, optionOfEmoji, optionOfReply, type VoteResult, withdrawVote } from './poll.ts';
import { pollMessage } from './render.ts';

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
  // A secret vote is written as the bot: the counts must not be linked to the voter.
  const cast = (db: Db) => castVote(db.polls.find((entry) => entry.id === id)!, voter, option);
  const result = poll.secret
    ? await context.transactAsBot('peiling.stem', cast, () => id)
    : await context.transact('peiling.stem', cast, () => id);
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
export async function voteCommand(context: CommandContext, args: Args): Promise<void> {
  const { id, rest } = takeItemId(context, args, POLL);
  const poll = findOrFail(context, 'polls', id);
  const typed = rest.word(0);
  const option = typed === undefined ? Number.NaN : Number(typed.replace(/^#/, ''));
  if (!Number.isInteger(option)) context.fail(pollMessages[context.lang].whichNumber(poll.options.length));
  await vote(context, id, option, (content) => context.respondPrivately(content));
}

/** A number as a reply in the poll's thread. */
export async function onReply(context: ReplyContext, id: string): Promise<void> {
  const poll = context.item('polls', id);
  if (poll?.secret) return context.fail(pollMessages[context.lang].notInSecret(id));
  await vote(context, id, optionOfReply(context.text)!, (content) => context.respondPrivately(content));
}

/** A number reaction under the poll: added, a vote; taken away, the vote is taken back. */
export async function onReaction(context: ReactionContext, id: string): Promise<void> {
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
