// @ts-nocheck
import type { ReactionContext, StoredReaction } from '../../src/core/command.ts';
import { isApprover } from '../../src/core/permissions.ts';
import { fits } from '../../src/domain/budget.ts';
import { expenseMessages } from '../../src/i18n/texts/expenses.ts';
import { refToString } from '../../src/port/events.ts';
import type { Db, Expense } from '../../src/store/schema.ts';
import { rejectExpense } from './decide.ts';
import { logInThread } from './report.ts';

const APPROVE = '✅';
const REJECT = '❌';

/**
 * Approval by reaction (§6g): ✅ approves, ❌ rejects, by the programme manager or a
 * municipal approver, never by the announcer. Removing one's own ✅ (before the receipt)
 * or ❌ undoes it: the very reaction that decided (its `mark`, as the platform spells it),
 * not a second mark (✔️ beside the ✅) that was refused. Other emoji are people talking,
 * not commands: they are ignored.
 */
export async function handleExpenseReaction(context: ReactionContext, id: string): Promise<void> {
  const m = expenseMessages[context.lang];
  const target = context.item('expenses', id);
  if (!target) return;
  const added = context.event.added;
  const refuse = (text: string) => (added ? context.refuse(text) : undefined);
  if (context.emoji !== APPROVE && context.emoji !== REJECT) return;
  if (!context.member || !isApprover(context.member)) return refuse(m.notApprover(id));
  if (context.member.id === target.announcedBy) return refuse(m.selfApproval(id));
  if (added) return context.emoji === APPROVE ? approve(context, target) : reject(context, target);
  return context.emoji === APPROVE ? undoApproval(context, target) : undoRejection(context, target);
}

async function approve(context: ReactionContext, target: Expense): Promise<void> {
  const m = expenseMessages[context.lang];
  if (target.approval) context.fail(m.alreadyApproved(target.id, context.nameOf(target.approval.by)));
  if (target.step !== 'aangevraagd') context.fail(m.notNow(target.id, m.step[target.step]));
  const at = context.now.toISOString();
  const reaction = context.event.message ? refToString(context.event.message) : undefined;
  const mark = markOf(context);
  await change(context, target, 'uitgave.goedgekeurd', () => {
    target.approval = { by: context.actor.id, at, ...(reaction ? { reaction } : {}), mark };
    target.step = target.receipts.length > 0 ? 'bewijs-ingediend' : 'goedgekeurd';
    target.history.push({ at, by: context.actor.id, step: 'goedgekeurd' });
  });
  const line =
    target.receipts.length > 0
      ? m.approvedWithReceipt(target.id, context.actor.name)
      : m.approved(target.id, context.actor.name, context.nameOf(target.announcedBy));
  await logInThread(context, target, line);
}

async function reject(context: ReactionContext, target: Expense): Promise<void> {
  const ref = context.event.message ? refToString(context.event.message) : undefined;
  const line = await rejectExpense(context, target, undefined, { ref, mark: markOf(context) });
  await logInThread(context, target, line);
}

async function undoApproval(context: ReactionContext, target: Expense): Promise<void> {
  const m = expenseMessages[context.lang];
  if (target.approval?.by !== context.actor.id || !decidedBy(target.approval, context)) return;
  // Once the receipt is in or the money is paid, the approval is part of the record.
  if (target.step === 'vergoed') context.fail(m.approvalStaysPaid(target.id, context.actor.name));
  if (target.step === 'bewijs-ingediend') context.fail(m.approvalStaysReceipt(target.id, context.actor.name));
  if (target.step !== 'goedgekeurd') return;
  const at = context.now.toISOString();
  await change(context, target, 'uitgave.goedkeuring-weg', () => {
    delete target.approval;
    target.step = 'aangevraagd';
    target.history.push({ at, by: context.actor.id, step: 'aangevraagd' });
  });
  await logInThread(
    context,
    target,
    expenseMessages[context.lang].approvalUndone(target.id, context.actor.name),
  );
}

async function undoRejection(context: ReactionContext, target: Expense): Promise<void> {
  if (target.rejection?.by !== context.actor.id || target.step !== 'afgewezen') return;
  if (!decidedBy(target.rejection, context)) return;
  const m = expenseMessages[context.lang];
  const fit = fits(context.budget(target.year), target.category, target.amount);
  if (!fit.ok) return;
  const at = context.now.toISOString();
  await change(context, target, 'uitgave.afwijzing-weg', () => {
    delete target.rejection;
    target.step = 'aangevraagd';
    target.history.push({ at, by: context.actor.id, step: 'aangevraagd' });
  });
  await logInThread(context, target, m.rejectionUndone(target.id, context.actor.name));
}

/** The reaction as the platform spelled it (`heavy_check_mark`, `✔️`): what tells two marks apart. */
function markOf(context: ReactionContext): string {
  return context.event.emoji.trim();
}

/** Whether the removed reaction is the one that decided (older decisions kept no mark: any spelling). */
function decidedBy(decision: { readonly mark?: string | undefined }, context: ReactionContext): boolean {
  return decision.mark === undefined || decision.mark === markOf(context);
}

function change(context: ReactionContext, target: Expense, action: string, apply: () => void): Promise<void> {
  return context.transact(action, apply, () => target.id);
}

/** The ✅ or ❌ stored with an expense under this platform message id, to undo it after a restart. */
export function findExpenseReaction(db: Db, reaction: string): StoredReaction | undefined {
  for (const expense of db.expenses) {
    if (expense.approval?.reaction === reaction)
      return { itemId: expense.id, emoji: expense.approval.mark ?? APPROVE, by: expense.approval.by };
    if (expense.rejection?.reaction === reaction)
      return { itemId: expense.id, emoji: expense.rejection.mark ?? REJECT, by: expense.rejection.by };
  }
  return undefined;
}
