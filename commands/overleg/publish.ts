import type { ActionContext, CommandContext } from '../../src/command.ts';
import { guardFor, isConfidential, shownLines, withheldNote } from '../../src/confidentiality.ts';
import { refToString } from '../../src/events.ts';
import { summaryMessage } from '../../src/render/meeting.ts';
import {
  context as contextLine,
  heading,
  list,
  message,
  paragraph,
  type RichMessage,
  renderText,
} from '../../src/rich-message.ts';
import type { Meeting } from '../../src/store/schema.ts';
import { meetingMessages } from '../../src/texts/meetings.ts';
import { formatDate } from '../../src/time.ts';

/**
 * Publishing a meeting's report (§7b) in the public channel: first a preview in the panel
 * channel, then the report itself. A later publication (after a correction) edits the
 * message that is already there and says in its thread what changed, so a wrong report
 * never stands next to the right one.
 */

/** The public channel to publish reports in, when one is configured for this platform. */
export function publicChannel(context: ActionContext): string | undefined {
  const key = Object.entries(context.config.channels).find(([, channel]) => channel.public)?.[0];
  return key && context.hasChannel(key) ? key : undefined;
}

/** Lines that are in `after` but not in `before`, and the other way round (as many times as they occur). */
export function changedLines(
  before: readonly string[],
  after: readonly string[],
): { added: string[]; removed: string[] } {
  const minus = (from: readonly string[], what: readonly string[]) => {
    const left = [...what];
    return from.filter((line) => {
      const index = left.indexOf(line);
      if (index < 0) return true;
      left.splice(index, 1);
      return false;
    });
  };
  return { added: minus(after, before), removed: minus(before, after) };
}

/** Shows, where the command was typed, exactly what would be posted, with the withheld lines marked. */
export async function previewSummary(context: CommandContext, target: Meeting, where: string): Promise<void> {
  const m = meetingMessages[context.lang];
  const view = context.channel.public ? 'public' : 'preview';
  const summary = summaryMessage(context, context.db, target, view);
  const preview = message(
    paragraph(m.previewTitle(target.id, where)),
    ...summary.blocks,
    contextLine(m.previewHint(target.id)),
  );
  const posted = await context.respond(preview);
  if (!posted) return;
  await context.transact(
    'overleg.voorbeeld',
    () => {
      target.preview = refToString(posted);
    },
    () => target.id,
  );
}

export type Publication = 'posted' | 'updated' | 'unchanged';

/**
 * Posts the public report, or edits the one already posted; the edit's thread says what
 * changed. Refuses a confidential meeting: its report never goes public.
 */
export async function publishSummary(
  context: ActionContext,
  target: Meeting,
  key: string,
): Promise<Publication> {
  const m = meetingMessages[context.lang];
  if (isConfidential(target, context.today)) context.fail(m.confidentialHere(target.id));
  const content = summaryMessage(context, context.db, target, 'public');
  const lines = renderText(content).split('\n');
  const before = target.publication;
  const record = (ref: string) =>
    context.transact(
      'overleg.samenvatting',
      () => {
        target.summaryPostedAt = context.now.toISOString();
        target.publication = { message: ref, at: context.now.toISOString(), by: context.actor.id, lines };
        delete target.preview;
      },
      () => target.id,
    );
  if (!before) {
    const posted = await context.publish(key, content);
    if (posted) await record(refToString(posted));
    return 'posted';
  }
  const { added, removed } = changedLines(before.lines, lines);
  if (added.length === 0 && removed.length === 0) return 'unchanged';
  await context.amendPublished(before.message, content, changes(context, added, removed));
  await record(before.message);
  return 'updated';
}

function changes(context: ActionContext, added: readonly string[], removed: readonly string[]): RichMessage {
  const m = meetingMessages[context.lang];
  const strip = (line: string) => line.replace(/^• /, '');
  // A line taken out because it now names a confidential item is not repeated here.
  const { shown, withheld } = shownLines(removed, guardFor(context.db, context.today, true));
  return message(
    heading(m.changedTitle(formatDate(context.today, context.lang))),
    added.length > 0 && paragraph(`${m.changedAdded}:`),
    added.length > 0 && list(added.map(strip)),
    shown.length > 0 && paragraph(`${m.changedRemoved}:`),
    shown.length > 0 && list(shown.map(strip)),
    withheld > 0 && contextLine(withheldNote(context.lang, withheld, 'line')!),
  );
}
