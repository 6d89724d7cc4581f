// @ts-nocheck
import { describe, expect, it } from 'vitest';
import {
  bar,
  budgetFor,
  canWithdraw,
  categoryFromWord,
  fits,
  percentOf,
  roomFor,
  usedShare,
} from '../../src/domain/budget.ts';
import { budgetWarnings } from '../../src/render/expense.ts';
import { AGREEMENT_CAPS } from '../../src/setup/config.ts';
import type { Category, Expense, ExpenseStep } from '../../src/store/schema.ts';

let counter = 0;
function expense(
  amount: number,
  category: Category,
  step: ExpenseStep = 'aangevraagd',
  year = 2026,
): Expense {
  counter += 1;
  return {
    id: `UIT-${year}-${String(counter).padStart(3, '0')}`,
    amount,
    category,
    description: 'test',
    confidentiality: 'openbaar',
    year,
    step,
    announcedBy: 'panellid',
    announcedAt: `${year}-06-01T10:00:00.000Z`,
    receipts: [],
    history: [],
  };
}

describe('budgetFor', () => {
  it('splits paid, approved and announced, and frees rejected and withdrawn amounts', () => {
    const expenses = [
      expense(10_000, 'kosten', 'vergoed'),
      expense(2_000, 'kosten', 'goedgekeurd'),
      expense(3_000, 'kosten', 'bewijs-ingediend'),
      expense(500, 'kosten', 'aangevraagd'),
      expense(99_999, 'kosten', 'afgewezen'),
      expense(88_888, 'kosten', 'ingetrokken'),
      expense(7_000, 'website', 'vergoed'),
      expense(1_000, 'kosten', 'vergoed', 2025),
    ];
    const budget = budgetFor(expenses, 2026, AGREEMENT_CAPS);
    expect(budget.categories.find((line) => line.category === 'kosten')).toEqual({
      category: 'kosten',
      cap: 250_000,
      paid: 10_000,
      approved: 5_000,
      announced: 500,
      used: 15_500,
      left: 234_500,
    });
    expect(budget.categories.find((line) => line.category === 'website')).toMatchObject({
      cap: undefined,
      used: 7_000,
      left: undefined,
    });
    expect(budget.total).toMatchObject({ cap: 800_000, used: 22_500, left: 777_500 });
  });
});

describe('fits: the cap boundary', () => {
  const nearlyFull = [expense(249_000, 'kosten', 'goedgekeurd')];
  it('allows reaching a category cap exactly, refuses one cent over', () => {
    expect(fits(budgetFor(nearlyFull, 2026, AGREEMENT_CAPS), 'kosten', 1_000)).toEqual({ ok: true });
    expect(fits(budgetFor(nearlyFull, 2026, AGREEMENT_CAPS), 'kosten', 1_001)).toEqual({
      ok: false,
      cap: 'category',
      left: 1_000,
    });
  });

  it('checks the total too, including the website', () => {
    const spent = [
      expense(160_000, 'bestanden', 'vergoed'),
      expense(250_000, 'kosten', 'vergoed'),
      expense(300_000, 'expertise', 'vergoed'),
      expense(50_000, 'website', 'vergoed'),
    ];
    expect(fits(budgetFor(spent, 2026, AGREEMENT_CAPS), 'website', 40_000)).toEqual({ ok: true });
    expect(fits(budgetFor(spent, 2026, AGREEMENT_CAPS), 'website', 40_001)).toEqual({
      ok: false,
      cap: 'total',
      left: 40_000,
    });
  });

  it('counts only the same year', () => {
    const lastYear = [expense(250_000, 'kosten', 'vergoed', 2025)];
    expect(fits(budgetFor(lastYear, 2026, AGREEMENT_CAPS), 'kosten', 250_000)).toEqual({ ok: true });
    expect(fits(budgetFor(lastYear, 2025, AGREEMENT_CAPS), 'kosten', 1)).toEqual({
      ok: false,
      cap: 'category',
      left: 0,
    });
  });
});

describe('categoryFromWord', () => {
  it.each([
    ['reis', 'kosten'],
    ['Reiskosten', 'kosten'],
    ['onderzoek', 'kosten'],
    ['kosten', 'kosten'],
    ['bestanden', 'bestanden'],
    ['opslag', 'bestanden'],
    ['expert', 'expertise'],
    ['inhuur', 'expertise'],
    ['website', 'website'],
    ['hosting', 'website'],
    ['feest', undefined],
  ])('%s → %s', (word, category) => {
    expect(categoryFromWord(word)).toBe(category);
  });
});

describe('bar', () => {
  it('reads well on a phone', () => {
    expect(bar(0.8)).toBe('████████░░ 80%');
    expect(bar(0)).toBe('░░░░░░░░░░ 0%');
    expect(bar(1)).toBe('██████████ 100%');
    expect(bar(1.3)).toBe('██████████ 130%');
  });
});

/** Pins for the budget rules once caps are data (issue 27, "Money that stays right"). */
describe('the budget, pinned', () => {
  it('gives the website (no cap of its own) the room of the total, never NaN', () => {
    const budget = budgetFor(
      [expense(30_000, 'website', 'goedgekeurd'), expense(700_000, 'kosten', 'vergoed')],
      2026,
      {
        ...AGREEMENT_CAPS,
        kosten: 800_000,
      },
    );
    const website = budget.categories.find((line) => line.category === 'website')!;
    expect(website).toMatchObject({ cap: undefined, left: undefined, used: 30_000 });
    expect(usedShare(website)).toBeUndefined();
    expect(roomFor(budget, 'website')).toBe(70_000);
    expect(fits(budget, 'website', 70_000)).toEqual({ ok: true });
    expect(fits(budget, 'website', 70_001)).toEqual({ ok: false, cap: 'total', left: 70_000 });
  });

  it('shows no bar and no cap warning for the website, however much it uses', () => {
    const budget = budgetFor([expense(790_000, 'website', 'vergoed')], 2026, AGREEMENT_CAPS);
    const warnings = budgetWarnings('nl', budget);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('totaal');
    expect(warnings.join(' ')).not.toContain('website');
  });

  it('takes a cap of 0: nothing fits, and the line is full at once when used', () => {
    const caps = { ...AGREEMENT_CAPS, expertise: 0 };
    const empty = budgetFor([], 2026, caps);
    const line = empty.categories.find((entry) => entry.category === 'expertise')!;
    expect(line).toMatchObject({ cap: 0, used: 0, left: 0 });
    expect(usedShare(line)).toBe(0);
    expect(roomFor(empty, 'expertise')).toBe(0);
    expect(fits(empty, 'expertise', 1)).toEqual({ ok: false, cap: 'category', left: 0 });
    const used = budgetFor([expense(5_000, 'expertise', 'vergoed')], 2026, caps);
    const over = used.categories.find((entry) => entry.category === 'expertise')!;
    expect(usedShare(over)).toBe(Number.POSITIVE_INFINITY);
    expect(percentOf(usedShare(over)!)).toBe(100);
    expect(bar(usedShare(over)!)).toBe('██████████ 100%');
    expect(roomFor(used, 'expertise')).toBe(0);
  });

  it('frees the amount of an approved or receipted expense that is withdrawn', () => {
    for (const step of ['goedgekeurd', 'bewijs-ingediend'] as const) {
      const held = expense(40_000, 'kosten', step);
      expect(canWithdraw(held)).toBe(true);
      expect(budgetFor([held], 2026, AGREEMENT_CAPS).total.used).toBe(40_000);
      const withdrawn = { ...held, step: 'ingetrokken' as const };
      const budget = budgetFor([withdrawn], 2026, AGREEMENT_CAPS);
      expect(budget.total.used).toBe(0);
      expect(roomFor(budget, 'kosten')).toBe(AGREEMENT_CAPS.kosten);
    }
    expect(canWithdraw(expense(1, 'kosten', 'vergoed'))).toBe(false);
    expect(canWithdraw(expense(1, 'kosten', 'afgewezen'))).toBe(false);
    expect(canWithdraw(expense(1, 'kosten', 'ingetrokken'))).toBe(false);
  });
});
