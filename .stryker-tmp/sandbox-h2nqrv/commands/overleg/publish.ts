// @ts-nocheck
import type { ActionContext, CommandContext } from '../../src/core/command.ts';
import {
  type Place,
  type ReportChanges,
  reportChanges,
  reportLines,
  storedLines,
} from '../../src/domain/report-lines.ts';
import { meetingMessages } from '../../src/i18n/texts/meetings.ts';
import { isConfidential } from '../../src/kit/confidentiality.ts';
import { refToString } from '../../src/port/events.ts';
import {
  context as contextLine,
  heading,
  list,
  message,
  paragraph,
  type RichMessage,
} from '../../src/port/rich-message.ts';
import { summaryMessage } from '../../src/render/meeting.ts';
import type { Meeting } from '../../src/store/schema.ts';
import { formatDate } from '../../src/time/time.ts';

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
  const now = reportLines(content);
  const lines = storedLines(now);
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
  const changed = reportChanges(before.lines, now);
  if (changed.added.length === 0 && changed.removed.length === 0) return 'unchanged';
  await context.amendPublished(before.message, content, changes(context, changed));
  await record(before.message);
  return 'updated';
}

/**
 * What changed, for the public thread: the new lines as they read now, and for a line
 * that was changed or taken out only which line it was, never the text it had.
 */
function changes(context: ActionContext, changed: ReportChanges): RichMessage {
  const m = meetingMessages[context.lang];
  const where = (place: Place) =>
    place.kind === 'heading'
      ? m.headingPlace
      : place.kind === 'field'
        ? m.fieldPlace(place.label)
        : place.numbered
          ? m.linePlace(place.section, place.number)
          : m.somePlace(place.section);
  const said = [
    ...changed.changed.map((place) => m.changedPlace(where(place))),
    ...changed.removed.map((place) => m.removedPlace(where(place))),
  ];
  return message(
    heading(m.changedTitle(formatDate(context.today, context.lang))),
    said.length > 0 && paragraph(said.join(' ')),
    changed.added.length > 0 && paragraph(`${m.changedAdded}:`),
    changed.added.length > 0 && list(changed.added.map((line) => line.text.replace(/^• /, ''))),
  );
}
