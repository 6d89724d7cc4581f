// @ts-nocheck
import type { Args, CommandContext } from '../../src/core/command.ts';
import { findOrFail, type Kind, takeItemId } from '../../src/parse/arguments.ts';
import type { Meeting } from '../../src/store/schema.ts';

export const MEETING: Kind = { prefix: 'OVL', noun: { nl: 'overleg', en: 'meeting' } };

/** The meeting a command names (or whose thread it was typed in), and the words after its id. */
export function meetingFrom(context: CommandContext, args: Args): { meeting: Meeting; rest: Args } {
  const { id, rest } = takeItemId(context, args, MEETING);
  return { meeting: findOrFail(context, 'meetings', id), rest };
}
