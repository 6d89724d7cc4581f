// @ts-nocheck
import { type Budget, type BudgetLine, bar, percentOf, usedShare } from '../domain/budget.ts';
import type { Lang } from '../i18n/lang.ts';
import { expenseMessages } from '../i18n/texts/expenses.ts';
import { guardFor, visibleIn, withheldNote } from '../kit/confidentiality.ts';
import {
  context,
  fields,
  heading,
  list,
  message,
  paragraph,
  type RichMessage,
} from '../port/rich-message.ts';
import type { Expense } from '../store/schema.ts';
import { capsSourceLine } from './agreement-source.ts';
import { formatCents } from './money.ts';
import { dayOf, type RenderScope } from './render-scope.ts';

function money(scope: RenderScope, cents: number): string {
  return formatCents(cents, scope.lang);
}

/** What the category has left in the expense's year (the budget of that year), as one line. */
function leftLine(scope: RenderScope, budget: Budget, expense: Expense): string {
  const m = expenseMessages[scope.lang];
  const own = budget.categories.find((line) => line.category === expense.category)!;
  if (own.left === undefined) return m.noCap(money(scope, Math.max(0, budget.total.left!)));
  return m.leftOf(money(scope, Math.max(0, own.left)), money(scope, own.cap!));
}

/** The expense's own message: its thread root, updated in place at every step; `budget` is of its year. */
export function expenseMessage(scope: RenderScope, budget: Budget, expense: Expense): RichMessage {
  const m = expenseMessages[scope.lang];
  const receipts = expense.receipts.map((receipt) => receipt.text).join(' · ');
  return message(
    heading(m.title(expense.id, money(scope, expense.amount), expense.description)),
    fields([
      { label: m.labels.amount, value: money(scope, expense.amount) },
      { label: m.labels.category, value: m.category[expense.category] },
      {
        label: m.labels.who,
        value: m.whoAt(scope.nameOf(expense.announcedBy), dayOf(scope, expense.announcedAt)),
      },
      { label: m.labels.step, value: m.step[expense.step] },
      ...(expense.approval
        ? [
            {
              label: m.labels.approved,
              value: m.whoAt(scope.nameOf(expense.approval.by), dayOf(scope, expense.approval.at)),
            },
          ]
        : []),
      ...(expense.rejection
        ? [
            {
              label: m.labels.rejected,
              value: m.whoAt(scope.nameOf(expense.rejection.by), dayOf(scope, expense.rejection.at)),
            },
            ...(expense.rejection.reason
              ? [{ label: m.labels.reason, value: expense.rejection.reason }]
              : []),
          ]
        : []),
      ...(receipts ? [{ label: m.labels.receipts, value: receipts }] : []),
      ...(expense.paid
        ? [
            {
              label: m.labels.paid,
              value: m.whoAt(scope.nameOf(expense.paid.by), dayOf(scope, expense.paid.at)),
            },
          ]
        : []),
      {
        label: m.labels.left(m.category[expense.category], expense.year),
        value: leftLine(scope, budget, expense),
      },
    ]),
    (expense.step === 'aangevraagd' || expense.step === 'goedgekeurd') && context(m.hint(expense.id)),
  );
}

export function expenseList(
  scope: RenderScope,
  year: number,
  expenses: readonly Expense[],
  forPublic: boolean,
): RichMessage {
  const m = expenseMessages[scope.lang];
  const guard = guardFor(scope.db, scope.today, forPublic);
  const { shown: inYear, hidden } = visibleIn(
    expenses.filter((expense) => expense.year === year),
    forPublic,
    scope.today,
    undefined,
    guard,
  );
  return message(
    heading(m.listTitle(year, inYear.length)),
    inYear.length
      ? list(
          inYear.map((expense) =>
            m.listLine(
              expense.id,
              money(scope, expense.amount),
              expense.category,
              expense.description,
              m.step[expense.step],
              scope.nameOf(expense.announcedBy),
            ),
          ),
        )
      : paragraph(m.listEmpty(year)),
    hidden > 0 && context(withheldNote(scope.lang, hidden, 'line')!),
  );
}

function label(lang: Lang, line: BudgetLine): string {
  const m = expenseMessages[lang];
  return line.category === 'totaal' ? m.total : m.category[line.category];
}

function budgetLines(scope: RenderScope, line: BudgetLine): string[] {
  const m = expenseMessages[scope.lang];
  const share = usedShare(line);
  const head = `${label(scope.lang, line)}${share === undefined ? '' : `  ${bar(share)}`}`;
  const spent = m.budgetLine(
    money(scope, line.paid),
    money(scope, line.approved),
    money(scope, line.announced),
  );
  const left =
    line.cap === undefined
      ? m.budgetNoCap
      : m.budgetLeft(money(scope, Math.max(0, line.left!)), money(scope, line.cap));
  return [head, `   ${spent}`, `   ${left}`];
}

/** Warnings at 80% and at 100% of a cap. */
export function budgetWarnings(lang: Lang, budget: Budget): string[] {
  const m = expenseMessages[lang];
  return [...budget.categories, budget.total].flatMap((line) => {
    const share = usedShare(line);
    if (share === undefined || share < 0.8) return [];
    return [share >= 1 ? m.warn100(label(lang, line)) : m.warn80(label(lang, line), percentOf(share))];
  });
}

/** `/budget`: per category and in total, with a bar, and warnings at 80% and 100%. */
export function budgetMessage(scope: RenderScope, budget: Budget): RichMessage {
  const m = expenseMessages[scope.lang];
  const warnings = budgetWarnings(scope.lang, budget);
  const source = capsSourceLine(scope.db, budget, scope.lang);
  return message(
    heading(m.budgetTitle(budget.year)),
    source !== undefined && context(source),
    ...budget.categories.map((line) => paragraph(budgetLines(scope, line).join('\n'))),
    paragraph(budgetLines(scope, budget.total).join('\n')),
    warnings.length > 0 && list(warnings),
  );
}
