// @ts-nocheck
import type { ActionContext } from '../../src/core/command.ts';
import { expenseMessages } from '../../src/i18n/texts/expenses.ts';
import type { Expense } from '../../src/store/schema.ts';

/**
 * Rejects an expense, by ❌ or by `/uitgave afwijzen`. With a reason the requester reads
 * it at once; without one (a ❌) the rejection holds and the approver is asked for it.
 * Returns the line for the thread.
 */
export async function rejectExpense(
  context: ActionContext,
  target: Expense,
  reason: string | undefined,
  reaction?: { readonly ref: string | undefined; readonly mark: string },
): Promise<string> {
  const m = expenseMessages[context.lang];
  if (target.rejection) context.fail(m.alreadyRejected(target.id, context.nameOf(target.rejection.by)));
  if (target.approval && target.step !== 'vergoed') context.fail(m.removeApprovalFirst(target.id));
  if (target.step !== 'aangevraagd') context.fail(m.notNow(target.id, m.step[target.step]));
  const at = context.now.toISOString();
  await context.transact(
    { action: 'uitgave.afgewezen', ...(reason ? { detail: reason } : {}) },
    () => {
      target.rejection = {
        by: context.actor.id,
        at,
        ...(reason ? { reason } : {}),
        ...(reaction?.ref ? { reaction: reaction.ref } : {}),
        ...(reaction ? { mark: reaction.mark } : {}),
      };
      target.step = 'afgewezen';
      target.history.push({
        at,
        by: context.actor.id,
        step: 'afgewezen',
        ...(reason ? { note: reason } : {}),
      });
    },
    () => target.id,
  );
  const announcer = context.nameOf(target.announcedBy);
  return reason
    ? m.rejectedWithReason(target.id, context.actor.name, announcer, reason)
    : m.rejectedAskReason(target.id, context.actor.name, announcer);
}

/** Adds the reason to one's own rejection that was given by ❌ without one. */
export async function addRejectionReason(
  context: ActionContext,
  target: Expense,
  reason: string,
): Promise<string> {
  const m = expenseMessages[context.lang];
  const rejection = target.rejection;
  if (!rejection || rejection.by !== context.actor.id || rejection.reason) {
    context.fail(m.alreadyRejected(target.id, context.nameOf(rejection?.by ?? context.actor.id)));
  }
  await context.transact(
    { action: 'uitgave.afwijzing-reden', before: '', after: reason },
    () => {
      rejection.reason = reason;
    },
    () => target.id,
  );
  return m.reasonAdded(target.id, context.nameOf(target.announcedBy), reason);
}
