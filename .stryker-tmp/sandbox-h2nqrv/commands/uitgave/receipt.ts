// @ts-nocheck
import type { Args, CommandContext } from '../../src/core/command.ts';
import { hasRole } from '../../src/core/permissions.ts';
import { roomFor } from '../../src/domain/budget.ts';
import { CHAIR } from '../../src/domain/roles.ts';
import { amountOrFail, textOrFail } from '../../src/parse/arguments.ts';
import { formatCents } from '../../src/render/money.ts';
import { expense, moveStep, texts } from './common.ts';
import { reportCommand } from './report.ts';

/**
 * `/uitgave bewijs`: the receipt, invoice or quote. It is always kept. A lower amount
 * takes its place; a higher one needs approval again, and when it does not fit the cap
 * the expense waits with the most that still fits, for the approver to approve or reject.
 */
export async function receipt(context: CommandContext, args: Args): Promise<void> {
  const m = texts(context);
  const { expense: target, rest } = expense(context, args);
  if (target.announcedBy !== context.actor.id && !hasRole(context.member, CHAIR))
    context.refuse(m.receiptNotAllowed(target.id));
  if (!['aangevraagd', 'goedgekeurd', 'bewijs-ingediend'].includes(target.step)) {
    context.fail(m.notNow(target.id, m.step[target.step]));
  }
  const text = textOrFail(context, rest, m.whatReceipt, 0, 500);
  const amountText = rest.options.get('bedrag');
  const newAmount = amountText ? amountOrFail(context, amountText) : undefined;
  const higher = newAmount !== undefined && newAmount > target.amount;
  const room = roomFor(context.budget(target.year), target.category);
  const fitting = higher ? Math.min(newAmount, target.amount + room) : newAmount;
  const overCap = higher && fitting! < newAmount;
  const approvedBefore = target.step !== 'aangevraagd';
  const at = context.now.toISOString();
  await context.transact(
    {
      action: 'uitgave.bewijs',
      ...(fitting !== undefined && fitting !== target.amount
        ? { before: String(target.amount), after: String(fitting) }
        : {}),
    },
    () => {
      target.receipts.push({
        text,
        by: context.actor.id,
        at,
        ...(newAmount !== undefined ? { amount: newAmount } : {}),
      });
      if (fitting !== undefined) target.amount = fitting;
      if (higher) {
        delete target.approval;
        if (approvedBefore) moveStep(target, 'aangevraagd', context.actor.id, at, text);
      } else if (approvedBefore) {
        moveStep(target, 'bewijs-ingediend', context.actor.id, at, text);
      }
    },
    () => target.id,
  );
  const money = (cents: number) => formatCents(cents, context.lang);
  if (overCap) {
    await reportCommand(
      context,
      target,
      m.receiptOverCap(target.id, text, money(newAmount), money(fitting!)),
    );
    return;
  }
  const change =
    newAmount === undefined
      ? ''
      : `\n${higher && approvedBefore ? m.amountHigher(target.id, money(target.amount)) : m.amountLower(target.id, money(target.amount))}`;
  await reportCommand(context, target, `${m.receipt(target.id, text)}${change}`);
}
