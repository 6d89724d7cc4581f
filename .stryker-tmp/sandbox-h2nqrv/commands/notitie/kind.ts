// @ts-nocheck
import type { Args, CommandContext } from '../../src/core/command.ts';
import { findOrFail, type Kind, takeItemId } from '../../src/parse/arguments.ts';
import type { Note } from '../../src/store/schema.ts';

export const NOTE: Kind = { prefix: 'GN', noun: { nl: 'gespreksnotitie', en: 'conversation note' } };
/** The longest text a note keeps. */
export const MAX_TEXT = 8_000;

/** The note a command names (or whose thread it was typed in), and the words after its id. */
export function noteFrom(context: CommandContext, args: Args): { note: Note; rest: Args } {
  const { id, rest } = takeItemId(context, args, NOTE);
  return { note: findOrFail(context, 'notes', id), rest };
}
