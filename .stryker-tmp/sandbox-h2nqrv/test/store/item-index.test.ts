// @ts-nocheck
import { rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { budgetFor, budgetFromSums, budgetShare } from '../../src/domain/budget.ts';
import { type Expense, emptyDb, ITEM_COLLECTIONS } from '../../src/store/schema.ts';
import type { Store } from '../../src/store/store.ts';
import { tempDir } from '../support/harness.ts';
import { change, storesClosedAfterEach } from '../support/stores.ts';

const open = storesClosedAfterEach();

function expense(number: number, amount: number, year = 2026): Expense {
  return {
    id: `UIT-${year}-${String(number).padStart(3, '0')}`,
    amount,
    category: 'kosten',
    description: `Uitgave ${number}`,
    confidentiality: 'openbaar',
    year,
    step: 'aangevraagd',
    announcedBy: 'panellid',
    announcedAt: `${year}-03-01T09:00:00.000Z`,
    receipts: [],
    history: [],
  };
}

const IDS = ['UIT-2026-001', 'UIT-2026-002', 'UIT-2026-003', 'UIT-2025-001', 'ADV-2026-001'];

/** What the index must answer: the first item in store order with the id, in that collection. */
function expectInStep(store: Store): void {
  for (const id of IDS)
    for (const collection of Object.values(ITEM_COLLECTIONS))
      expect(store.item(collection, id), `${collection} ${id}`).toBe(
        (store.db[collection] as ReadonlyArray<{ id: string }>).find((item) => item.id === id),
      );
}

describe("the store's index from id to item", () => {
  it('stays in step with new, changed, removed and reordered items', async () => {
    const store = await open(await tempDir());
    expectInStep(store);
    await change(store, (db) => db.expenses.push(expense(1, 100), expense(2, 200)));
    expectInStep(store);
    // The item it finds is the store's own view: a change through it counts.
    const found = store.item('expenses', 'UIT-2026-002')!;
    await change(store, () => {
      found.step = 'goedgekeurd';
    });
    expect(store.db.expenses[1]!.step).toBe('goedgekeurd');
    await change(store, (db) => db.expenses.push(expense(3, 300), expense(1, 400, 2025)));
    expectInStep(store);
    await change(store, (db) => db.expenses.reverse());
    expectInStep(store);
    await change(store, (db) => db.expenses.splice(0, 1));
    expectInStep(store);
    await change(store, (db) => {
      db.expenses = db.expenses.filter((item) => item.year === 2026);
    });
    expectInStep(store);
    // Two items with one id: the first in store order, as a walk would find it.
    await change(store, (db) => db.expenses.push({ ...expense(2, 999) }));
    expectInStep(store);
  });

  it('forgets a change that threw, and one whose write failed', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'db.json'), JSON.stringify({ ...emptyDb(), expenses: [expense(1, 100)] }));
    const store = await open(dir);
    expectInStep(store);
    await expect(
      change(store, (db) => {
        db.expenses.push(expense(2, 200));
        throw new Error('halfway');
      }),
    ).rejects.toThrow('halfway');
    expectInStep(store);
    await symlink('/dev/full', join(dir, 'db.journal.jsonl'));
    await expect(change(store, (db) => db.expenses.push(expense(3, 300)))).rejects.toThrow();
    expect(store.item('expenses', 'UIT-2026-003')).toBeUndefined();
    expectInStep(store);
    await rm(join(dir, 'db.journal.jsonl'));
  });
});

describe("the store's tallies", () => {
  const caps = { kosten: 250_000, bestanden: 160_000, expertise: 300_000, totaal: 800_000 };
  const budget = (store: Store) => budgetFromSums(2026, caps, store.tally('budget', 'expenses', budgetShare));
  const walked = (store: Store) => budgetFor(store.db.expenses, 2026, caps);

  it('keep the sums in step with new, changed, removed and replaced items, as a walk would find them', async () => {
    const store = await open(await tempDir());
    expect(budget(store)).toEqual(walked(store));
    await change(store, (db) => db.expenses.push(expense(1, 100), expense(2, 200), expense(3, 50, 2025)));
    expect(budget(store).total.used).toBe(300);
    expect(budget(store)).toEqual(walked(store));
    await change(store, (db) => {
      db.expenses[0]!.amount = 150;
      db.expenses[1]!.step = 'vergoed';
    });
    expect(budget(store)).toEqual(walked(store));
    await change(store, (db) => {
      db.expenses[0]!.step = 'afgewezen';
    });
    expect(budget(store).total.used).toBe(200);
    expect(budget(store)).toEqual(walked(store));
    await change(store, (db) => {
      db.expenses[2]!.year = 2026;
    });
    expect(budget(store)).toEqual(walked(store));
    await change(store, (db) => db.expenses.splice(1, 1));
    expect(budget(store)).toEqual(walked(store));
    await change(store, (db) => {
      db.expenses = db.expenses.filter((item) => item.amount > 100);
    });
    expect(budget(store)).toEqual(walked(store));
  });

  it('inside a change, count the change as far as it went; an undone change leaves nothing behind', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'db.json'), JSON.stringify({ ...emptyDb(), expenses: [expense(1, 100)] }));
    const store = await open(dir);
    expect(budget(store).total.used).toBe(100);
    await expect(
      change(store, (db) => {
        db.expenses.push(expense(2, 50));
        expect(budget(store).total.used).toBe(150);
        throw new Error('halfway');
      }),
    ).rejects.toThrow('halfway');
    expect(budget(store).total.used).toBe(100);
    await symlink('/dev/full', join(dir, 'db.journal.jsonl'));
    const failing = change(store, (db) => db.expenses.push(expense(3, 30)));
    expect(budget(store).total.used).toBe(130);
    await expect(failing).rejects.toThrow();
    expect(budget(store).total.used).toBe(100);
    expect(budget(store)).toEqual(walked(store));
    await rm(join(dir, 'db.journal.jsonl'));
  });
});
