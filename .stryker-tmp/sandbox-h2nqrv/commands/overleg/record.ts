// @ts-nocheck
import type { Args, CommandContext } from '../../src/core/command.ts';
import { meetingMessages } from '../../src/i18n/texts/meetings.ts';
import { takeConfidentialMark } from '../../src/kit/confidential-mark.ts';
import { findMembers } from '../../src/kit/roster.ts';
import { textOrFail } from '../../src/parse/arguments.ts';
import { message, paragraph } from '../../src/port/rich-message.ts';
import { meetingMessage, requirementLine } from '../../src/render/meeting.ts';
import type { Meeting } from '../../src/store/schema.ts';
import { formatDate } from '../../src/time/time.ts';
import { correctMinutes } from './corrections.ts';
import { meetingFrom as meeting } from './kind.ts';

/** Attendance and the report belong to a meeting that has taken place (or takes place today). */
export function refuseBeforeTheDay(context: CommandContext, target: Meeting): void {
  if (target.date > context.today) {
    context.fail(meetingMessages[context.lang].notYet(target.id, formatDate(target.date, context.lang)));
  }
}

export async function attend(context: CommandContext, args: Args): Promise<void> {
  const m = meetingMessages[context.lang];
  const { meeting: target, rest } = meeting(context, args);
  refuseBeforeTheDay(context, target);
  if (rest.words.length === 0) context.fail(context.t.missingArgument(m.whatNames, context.usage));
  const { found, unknown } = findMembers(
    context.config.members,
    rest.words.map((word) => word.value),
  );
  if (unknown.length > 0) context.fail(m.unknownNames(unknown.map((name) => `'${name}'`).join(', ')));
  await context.transact(
    'overleg.aanwezig',
    () => {
      for (const member of found) if (!target.attendees.includes(member.id)) target.attendees.push(member.id);
    },
    () => target.id,
  );
  await context.update(target.message, meetingMessage(context, target));
  const names = target.attendees.map((id) => context.nameOf(id)).join(', ');
  const line = target.municipal
    ? `${m.present(target.id, names)} ${m.labels.requirement}: ${requirementLine(context, target)}`
    : m.present(target.id, names);
  await context.respond(message(paragraph(line)));
}

export async function addMinutes(context: CommandContext, args: Args): Promise<void> {
  const m = meetingMessages[context.lang];
  const { meeting: target, rest } = meeting(context, args);
  if (await correctMinutes(context, target, rest)) return;
  const { marked, rest: words } = takeConfidentialMark(rest);
  const text = textOrFail(context, words, m.whatMinutes, 0, 8_000);
  await context.transact(
    'overleg.notulen',
    () => {
      target.minutes.push({
        text,
        by: context.actor.id,
        at: context.now.toISOString(),
        ...(marked ? { confidentiality: 'vertrouwelijk' as const } : {}),
      });
    },
    () => target.id,
  );
  await context.respond(message(paragraph(m.minutesAdded(target.id, marked))));
}
