// @ts-nocheck
import type { ActionContext, Args, CommandContext } from '../../src/core/command.ts';
import { capOf, fits } from '../../src/domain/budget.ts';
import { expenseMessages } from '../../src/i18n/texts/expenses.ts';
import { findOrFail, type Kind, takeItemId } from '../../src/parse/arguments.ts';
import { capSourceSentence } from '../../src/render/agreement-source.ts';
import { formatCents } from '../../src/render/money.ts';
import type { Category, Expense, ExpenseStep } from '../../src/store/schema.ts';

export const EXPENSE: Kind = { prefix: 'UIT', noun: { nl: 'uitgave', en: 'expense' } };

export function texts(context: { lang: 'nl' | 'en' }) {
  return expenseMessages[context.lang];
}

export function expense(context: CommandContext, args: Args): { expense: Expense; rest: Args } {
  const { id, rest } = takeItemId(context, args, EXPENSE);
  return { expense: findOrFail(context, 'expenses', id), rest };
}

/** Refuses when `extra` cents more would pass the category's cap or the total. */
export function refuseOverCap(context: ActionContext, year: number, category: Category, extra: number): void {
  const budget = context.budget(year);
  const fit = fits(budget, category, extra);
  if (fit.ok) return;
  const m = texts(context);
  const money = (cents: number) => formatCents(cents, context.lang);
  if (fit.cap === 'category') {
    context.fail(
      m.overCategory(m.category[category], year, money(fit.left), money(capOf(budget.caps, category)!)) +
        capSourceSentence(context.db, budget, category, context.lang),
    );
  }
  context.fail(
    m.overTotal(year, money(fit.left), money(budget.caps.totaal)) +
      capSourceSentence(context.db, budget, 'totaal', context.lang),
  );
}

export function moveStep(target: Expense, step: ExpenseStep, by: string, at: string, note?: string): void {
  target.step = step;
  target.history.push({ at, by, step, ...(note ? { note } : {}) });
}
