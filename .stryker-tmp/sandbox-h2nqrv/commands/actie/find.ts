// @ts-nocheck
import type { Args, CommandContext } from '../../src/core/command.ts';
import { findOrFail, type Kind, takeItemId } from '../../src/parse/arguments.ts';
import type { ActionPoint } from '../../src/store/schema.ts';

export const ACTION: Kind = { prefix: 'ACT', noun: { nl: 'actiepunt', en: 'action point' } };

/** The action point named by the first word (`ACT-2026-001`, `ACT-1`). */
export function actionFrom(context: CommandContext, args: Args): { point: ActionPoint; rest: Args } {
  const { id, rest } = takeItemId(context, args, ACTION);
  return { point: findOrFail(context, 'actionPoints', id), rest };
}
