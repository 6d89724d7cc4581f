// @ts-nocheck
import { readWord } from '../parse/words.ts';
import type { Config } from '../setup/config.ts';
import type { Category, Expense, ExpenseStep } from '../store/schema.ts';
import { CATEGORIES } from '../store/schema.ts';
import { CATEGORY_WORDS } from './vocabulary.ts';

/**
 * The agreement's money rules (§6e–g) as pure functions. Every amount is in cents.
 * Announced and approved expenses reserve their amount against the yearly caps;
 * rejected and withdrawn ones free it. The website has no cap of its own but counts in
 * the panel's total.
 */
export type Caps = Config['caps'];

/** Steps whose amount counts against the caps. */
const RESERVING: ReadonlySet<ExpenseStep> = new Set([
  'aangevraagd',
  'goedgekeurd',
  'bewijs-ingediend',
  'vergoed',
]);

export function reserves(expense: Expense): boolean {
  return RESERVING.has(expense.step);
}

export function capOf(caps: Caps, category: Category): number | undefined {
  return category === 'website' ? undefined : caps[category];
}

export interface Spending {
  /** Paid out (`vergoed`). */
  readonly paid: number;
  /** Approved, not yet paid (`goedgekeurd`, `bewijs-ingediend`). */
  readonly approved: number;
  /** Announced, awaiting approval (`aangevraagd`). */
  readonly announced: number;
}

export interface BudgetLine extends Spending {
  readonly category: Category | 'totaal';
  readonly cap: number | undefined;
  /** paid + approved + announced. */
  readonly used: number;
  /** cap − used, when there is a cap. */
  readonly left: number | undefined;
}

/** The agreement whose caps a budget year uses, and whether it was in force in that year. */
export interface BudgetAgreement {
  readonly id: string;
  readonly version: number;
  readonly inForce: boolean;
}

export interface Budget {
  readonly year: number;
  /** Where the caps come from; none when no agreement was ever recorded. */
  readonly agreement?: BudgetAgreement | undefined;
  /** The caps of the year. */
  readonly caps: Caps;
  readonly categories: readonly BudgetLine[];
  readonly total: BudgetLine;
}

type Column = keyof Spending;

/** The column an expense's amount counts in, by its step; none when rejected or withdrawn. */
function columnOf(step: ExpenseStep): Column | undefined {
  if (step === 'vergoed') return 'paid';
  if (step === 'goedgekeurd' || step === 'bewijs-ingediend') return 'approved';
  if (step === 'aangevraagd') return 'announced';
  return undefined;
}

function sumKey(year: number, category: Category, column: Column): string {
  return `${year} ${category} ${column}`;
}

/**
 * What one expense adds to the budget figures: its amount under its year, category and
 * column. The store keeps these sums in step with every change (see `Store.tally`).
 */
export function budgetShare(expense: Expense): readonly [key: string, amount: number] | undefined {
  const column = columnOf(expense.step);
  return column && [sumKey(expense.year, expense.category, column), expense.amount];
}

function line(category: Category | 'totaal', cap: number | undefined, sums: Spending): BudgetLine {
  const { paid, approved, announced } = sums;
  const used = paid + approved + announced;
  return { category, cap, paid, approved, announced, used, left: cap === undefined ? undefined : cap - used };
}

/** The year's figures per category and in total, from the sums of the expenses' shares (`budgetShare`). */
export function budgetFromSums(
  year: number,
  caps: Caps,
  sum: (key: string) => number,
  agreement?: BudgetAgreement,
): Budget {
  const spending = (category: Category): Spending => ({
    paid: sum(sumKey(year, category, 'paid')),
    approved: sum(sumKey(year, category, 'approved')),
    announced: sum(sumKey(year, category, 'announced')),
  });
  const lines = CATEGORIES.map((category) => ({ category, sums: spending(category) }));
  const total = (column: Column) => lines.reduce((all, entry) => all + entry.sums[column], 0);
  return {
    year,
    ...(agreement ? { agreement } : {}),
    caps,
    categories: lines.map(({ category, sums }) => line(category, capOf(caps, category), sums)),
    total: line('totaal', caps.totaal, {
      paid: total('paid'),
      approved: total('approved'),
      announced: total('announced'),
    }),
  };
}

/** The year's figures per category and in total, in one walk over the expenses. */
export function budgetFor(
  expenses: readonly Expense[],
  year: number,
  caps: Caps,
  agreement?: BudgetAgreement,
): Budget {
  const sums = new Map<string, number>();
  for (const expense of expenses) {
    if (expense.year !== year) continue;
    const share = budgetShare(expense);
    if (share) sums.set(share[0], (sums.get(share[0]) ?? 0) + share[1]);
  }
  return budgetFromSums(year, caps, (key) => sums.get(key) ?? 0, agreement);
}

export type Fit =
  | { readonly ok: true }
  | { readonly ok: false; readonly cap: 'category' | 'total'; readonly left: number };

/**
 * Whether `extra` cents more in a category still fit its cap and the total of the
 * budget's year. A cap reached exactly is allowed; one cent over is not.
 */
export function fits(budget: Budget, category: Category, extra: number): Fit {
  const own = budget.categories.find((entry) => entry.category === category)!;
  if (own.left !== undefined && extra > own.left)
    return { ok: false, cap: 'category', left: Math.max(0, own.left) };
  const totalLeft = budget.total.left!;
  if (extra > totalLeft) return { ok: false, cap: 'total', left: Math.max(0, totalLeft) };
  return { ok: true };
}

/** Reads a category from the forgiving words people use (`reis`, `opslag`, `inhuur`, `hosting`). */
export function categoryFromWord(word: string): Category | undefined {
  return readWord(word.toLowerCase().replace(/[^a-z]/g, ''), CATEGORY_WORDS);
}

/** Steps in which the amount can still be withdrawn by the announcer. */
export function canWithdraw(expense: Expense): boolean {
  return (
    expense.step === 'aangevraagd' || expense.step === 'goedgekeurd' || expense.step === 'bewijs-ingediend'
  );
}

/** Share of the cap used, 0–∞ (1 = the cap reached). */
export function usedShare(line: BudgetLine): number | undefined {
  if (line.cap === undefined) return undefined;
  return line.cap === 0 ? (line.used > 0 ? Number.POSITIVE_INFINITY : 0) : line.used / line.cap;
}

/**
 * A share as a whole percentage, rounded down: the one rounding rule for every figure,
 * so 100% shows only when nothing is left (`0.999` is 99%).
 */
export function percentOf(share: number): number {
  if (!Number.isFinite(share)) return 100;
  // The small margin keeps 0.29 * 100 = 28.999… at 29.
  return Math.floor(share * 100 + 1e-9);
}

/** `████████░░ 80%`: a bar that reads well on a phone; full only when the cap is reached. */
export function bar(share: number, width = 10): string {
  const filled = Math.max(0, Math.min(width, Math.floor(share * width + 1e-9)));
  return `${'█'.repeat(filled)}${'░'.repeat(width - filled)} ${percentOf(share)}%`;
}

/** How many cents more still fit in a category this year: what is left of its cap and of the total. */
export function roomFor(budget: Budget, category: Category): number {
  const own = budget.categories.find((entry) => entry.category === category)!;
  const lefts = [own.left, budget.total.left].filter((left): left is number => left !== undefined);
  return Math.max(0, Math.min(...lefts));
}
