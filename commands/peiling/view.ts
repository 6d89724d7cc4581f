import type { Args, CommandContext } from '../../src/core/command.ts';
import { guardFor, visibleIn } from '../../src/kit/confidentiality.ts';
import { findOrFail, takeItemId } from '../../src/parse/arguments.ts';
import { list, message, paragraph } from '../../src/port/rich-message.ts';
import type { RenderScope } from '../../src/render/render-scope.ts';
import type { Poll } from '../../src/store/schema.ts';
import { POLL } from './kind.ts';
import { pollMessages } from './messages.ts';
import { pollLine, pollMessage } from './render.ts';

export async function show(context: CommandContext, args: Args): Promise<void> {
  const { id } = takeItemId(context, args, POLL);
  await context.respond(pollMessage(context, findOrFail(context, 'polls', id)));
}

/** The open polls that may be shown here: in a public channel none whose words name something confidential. */
export function openPolls(scope: RenderScope, forPublic: boolean): Poll[] {
  const open = scope.db.polls.filter((poll) => !poll.closed);
  const guard = guardFor(scope.db, scope.today, forPublic);
  const { shown } = visibleIn(open, forPublic, scope.today, undefined, guard);
  return shown.filter((poll) => !guard?.names(poll.options.join('\n'), poll.id));
}

export async function listOpen(context: CommandContext): Promise<void> {
  const m = pollMessages[context.lang];
  const lines = openPolls(context, context.channel.public).map((poll) => pollLine(context, poll));
  await context.respond(message(paragraph(m.listTitle), lines.length ? list(lines) : paragraph(m.none)));
}
