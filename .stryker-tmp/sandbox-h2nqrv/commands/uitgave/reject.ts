// @ts-nocheck
import type { Args, CommandContext } from '../../src/core/command.ts';
import { isApprover } from '../../src/core/permissions.ts';
import { textOrFail } from '../../src/parse/arguments.ts';
import { expense, texts } from './common.ts';
import { addRejectionReason, rejectExpense } from './decide.ts';
import { reportCommand } from './report.ts';

/** `/uitgave afwijzen <UIT> <reden>`: a rejection with its reason, or the reason for one's own ❌. */
export async function reject(context: CommandContext, args: Args): Promise<void> {
  const m = texts(context);
  if (!isApprover(context.member)) context.refuse(m.notRejecter);
  const { expense: target, rest } = expense(context, args);
  if (context.actor.id === target.announcedBy) context.fail(m.selfApproval(target.id));
  const reason = textOrFail(context, rest, m.whatRejectionReason, 0, 1_000);
  const line =
    target.step === 'afgewezen'
      ? await addRejectionReason(context, target, reason)
      : await rejectExpense(context, target, reason);
  await reportCommand(context, target, line);
}
