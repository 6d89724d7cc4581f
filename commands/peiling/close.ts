import type { Args, CommandContext, ScheduledContext } from '../../src/core/command.ts';
import { hasRole } from '../../src/domain/roles.ts';
import { findOrFail, takeItemId } from '../../src/parse/arguments.ts';
import { POLL } from './kind.ts';
import { pollMessages } from './messages.ts';
import { close, isDue } from './poll.ts';
import { pollMessage, resultMessage } from './render.ts';

/** `/peiling sluiten <PEI>`: by who started it, or the chair or secretary; the result goes in its thread. */
export async function closeCommand(context: CommandContext, args: Args): Promise<void> {
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

/** Polls whose end date has passed close by themselves; the result goes in their thread. */
export const closing = {
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
