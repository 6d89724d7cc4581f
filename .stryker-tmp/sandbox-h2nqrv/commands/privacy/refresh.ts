// @ts-nocheck
import type { CommandContext } from '../../src/core/command.ts';
import { type Place, reportChanges, reportLines, storedLines } from '../../src/domain/report-lines.ts';
import { meetingMessages } from '../../src/i18n/texts/meetings.ts';
import { isConfidential } from '../../src/kit/confidentiality.ts';
import { meetingMessage, summaryMessage } from '../../src/render/meeting.ts';

/**
 * After a member is forgotten: the meetings they attended or own an action point of get
 * their own message drawn again, and their public report too when only the attendance or
 * the action points read differently now (the forgotten name). This reaches messages the
 * bot posted before it kept its messages (posted.jsonl); `edited` are those already done.
 */
export async function refreshMeetings(
  context: CommandContext,
  label: string,
  edited: ReadonlySet<string>,
): Promise<void> {
  const m = meetingMessages[context.lang];
  const named = (place: Place) =>
    (place.kind === 'field' && place.label === m.labels.attendees) ||
    (place.kind === 'line' && place.section === m.labels.actions);
  for (const meeting of context.db.meetings) {
    const owns = context.db.actionPoints.some(
      (point) => point.meeting === meeting.id && point.owner === label,
    );
    if (!meeting.attendees.includes(label) && !owns) continue;
    if (meeting.message && !edited.has(meeting.message))
      await context.update(meeting.message, meetingMessage(context, meeting));
    const publication = meeting.publication;
    if (!publication || edited.has(publication.message) || isConfidential(meeting, context.today)) continue;
    const report = summaryMessage(context, context.db, meeting, 'public');
    const lines = reportLines(report);
    const changes = reportChanges(publication.lines, lines);
    // Anything else that changed since it was published waits for the next publication, with its note.
    const onlyNames =
      changes.changed.length > 0 &&
      changes.removed.length === 0 &&
      changes.added.length === changes.changed.length &&
      changes.changed.every(named);
    if (!onlyNames) continue;
    await context.update(publication.message, report);
    await context.transact(
      'privacy.vergeet.verslag',
      () => {
        meeting.publication!.lines = storedLines(lines);
      },
      () => meeting.id,
    );
  }
}
