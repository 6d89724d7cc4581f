// @ts-nocheck
import type { Args, CommandContext } from '../../src/core/command.ts';
import { meetingMessages } from '../../src/i18n/texts/meetings.ts';
import { announceItem } from '../../src/kit/anchor.ts';
import { confidentialityOf } from '../../src/kit/confidentiality.ts';
import { nextId } from '../../src/kit/items.ts';
import { leadingWhenOrFail, textOrFail } from '../../src/parse/arguments.ts';
import { parseTime } from '../../src/parse/values.ts';
import { meetingMessage } from '../../src/render/meeting.ts';
import type { Meeting } from '../../src/store/schema.ts';
import { MEETING } from './kind.ts';

/** The word that makes it the quarterly meeting with the municipality, in either language. */
const MUNICIPAL = new Set(['gemeente', 'municipality']);

/** Two numbers with a colon or a dot between them, as a time is written. */
const LOOKS_LIKE_TIME = /^\d{1,2}[:.]\d{2}$/;

export async function plan(context: CommandContext, args: Args): Promise<void> {
  const m = meetingMessages[context.lang];
  if (!args.word(0)) context.fail(context.t.missingArgument(m.missingDate, context.usage));
  const { when: read, used } = leadingWhenOrFail(context, args);
  const date = read.date;
  let index = used;
  // A time after the date: `19:30`, or `om 19.30`.
  const at = args.word(index)?.toLowerCase() === 'om' || args.word(index)?.toLowerCase() === 'at' ? 1 : 0;
  const typedTime = read.time ? undefined : parseTime(args.word(index + at) ?? '');
  // `om 25.00` or a bare `19:75` is a time typed wrong, not the start of the title.
  const timeWord = args.word(index + at) ?? '';
  if (!read.time && !typedTime && (LOOKS_LIKE_TIME.test(timeWord) || (at === 1 && /^\d/.test(timeWord)))) {
    context.fail(m.notATime(timeWord));
  }
  const time = read.time ?? typedTime;
  if (typedTime) index += at + 1;
  const municipal = MUNICIPAL.has(args.word(index)?.toLowerCase() ?? '');
  if (municipal) index += 1;
  const title = args.rest(index)
    ? textOrFail(context, args, m.whatTitle, index, 200)
    : m.defaultTitle(municipal);
  const confidentiality = confidentialityOf(context, args);
  const created = await context.transact(
    'overleg.plan',
    (db) => {
      const entry: Meeting = {
        id: nextId(db, MEETING.prefix, context.year),
        title,
        date,
        ...(time ? { time } : {}),
        municipal,
        ...confidentiality,
        plannedBy: context.actor.id,
        plannedAt: context.now.toISOString(),
        attendees: [],
        minutes: [],
      };
      db.meetings.push(entry);
      return entry;
    },
    (entry) => entry.id,
  );
  await announceItem(context, created, meetingMessage(context, created));
}
