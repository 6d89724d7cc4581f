// @ts-nocheck
import type { Args, CommandContext } from '../../src/core/command.ts';
import { findOrFail, type Kind, takeItemId } from '../../src/parse/arguments.ts';
import type { AdviceRequest } from '../../src/store/schema.ts';

export const ADVICE: Kind = { prefix: 'ADV', noun: { nl: 'adviesverzoek', en: 'advice request' } };

/** The request named by the first word, or the one whose thread this is. */
export function requestFrom(context: CommandContext, args: Args): { request: AdviceRequest; rest: Args } {
  const { id, rest } = takeItemId(context, args, ADVICE);
  return { request: findOrFail(context, 'adviceRequests', id), rest };
}
