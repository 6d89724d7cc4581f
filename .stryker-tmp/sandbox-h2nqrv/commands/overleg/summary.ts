// @ts-nocheck
import type { ActionContext, Args, CommandContext, ReactionContext } from '../../src/core/command.ts';
import { hasRole } from '../../src/core/permissions.ts';
import { CHAIR } from '../../src/domain/roles.ts';
import { meetingMessages } from '../../src/i18n/texts/meetings.ts';
import { isConfidential } from '../../src/kit/confidentiality.ts';
import { refToString } from '../../src/port/events.ts';
import { message, paragraph } from '../../src/port/rich-message.ts';
import { summaryMessage } from '../../src/render/meeting.ts';
import { meetingFrom as meeting } from './kind.ts';
import { type Publication, previewSummary, publicChannel, publishSummary } from './publish.ts';
import { refuseBeforeTheDay } from './record.ts';

/**
 * `/overleg samenvatting <OVL>`: with a public channel, first a preview here; `publiceer`
 * (or a ✅ on the preview) posts it there, or edits the report already there. A confidential
 * meeting, or a panel without a public channel, gets its report here at once.
 */
export async function summarize(context: CommandContext, args: Args): Promise<void> {
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
export async function onReaction(context: ReactionContext, id: string): Promise<void> {
  const target = context.item('meetings', id);
  if (!target?.preview || refToString(context.event.target) !== target.preview) return;
  if (!context.event.added || context.emoji !== '✅') return;
  if (!hasRole(context.member, CHAIR)) context.refuse(meetingMessages[context.lang].onlyChairPublishes(id));
  const where = publicChannel(context);
  if (!where) return;
  const preview = target.preview;
  const outcome = await publishSummary(context, target, where);
  await context.replyTo(preview, message(paragraph(publicationText(context, id, outcome, where))));
}
