// @ts-nocheck
import { rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { guardFor } from '../../src/kit/confidentiality.ts';
import { allItems } from '../../src/kit/items.ts';
import { markedConfidential } from '../../src/store/confidential-index.ts';
import { type Db, emptyDb } from '../../src/store/schema.ts';
import type { Store } from '../../src/store/store.ts';
import { tempDir } from '../support/harness.ts';
import { change, storesClosedAfterEach } from '../support/stores.ts';

const open = storesClosedAfterEach();

function request(number: number, confidential = false) {
  return {
    id: `ADV-2026-${String(number).padStart(3, '0')}`,
    title: `Verzoek nummer ${number}`,
    themes: ['privacy' as const],
    confidentiality: confidential ? ('vertrouwelijk' as const) : ('openbaar' as const),
    step: 'ontvangen' as const,
    openedBy: 'gemeente',
    openedAt: '2026-11-28T09:00:00.000Z',
    history: [],
    answerRefusals: 0,
    reminders: {},
  };
}

function decision(number: number, confidential = false) {
  return {
    id: `BES-2026-${String(number).padStart(3, '0')}`,
    text: `Besluit ${number}`,
    confidentiality: confidential ? ('vertrouwelijk' as const) : ('openbaar' as const),
    by: 'voorzitter',
    at: '2026-11-28T09:00:00.000Z',
  };
}

/** What the index must hold: every item marked confidential, in store order, as a walk finds them. */
function walk(db: Db): string[] {
  return allItems(db)
    .filter((item) => item.confidentiality === 'vertrouwelijk')
    .map((item) => item.id);
}

function expectInStep(store: Store): void {
  expect(markedConfidential(store.db)?.map((item) => (item as { id: string }).id)).toEqual(walk(store.db));
}

const TODAY = '2026-11-28';

describe("the store's list of confidential items", () => {
  it('stays in step with every kind of change', async () => {
    const store = await open(await tempDir());
    expectInStep(store);
    await change(store, (db) => db.adviceRequests.push(request(1), request(2, true), request(3)));
    expectInStep(store);
    await change(store, (db) => {
      db.adviceRequests[0]!.confidentiality = 'vertrouwelijk';
    });
    expectInStep(store);
    await change(store, (db) => {
      db.adviceRequests[1]!.confidentiality = 'openbaar';
    });
    expectInStep(store);
    await change(store, (db) => db.decisions.push(decision(1, true)));
    expectInStep(store);
    await change(store, (db) => db.adviceRequests.reverse());
    expectInStep(store);
    await change(store, (db) => db.adviceRequests.splice(0, 1));
    expectInStep(store);
    await change(store, (db) => {
      db.adviceRequests = db.adviceRequests.filter(() => false);
    });
    expectInStep(store);
    // The list holds the store's own views: what a later change writes shows in it.
    await change(store, (db) => {
      db.decisions[0]!.text = 'Ander besluit';
    });
    expect((markedConfidential(store.db)![0] as { text: string }).text).toBe('Ander besluit');
  });

  it('keeps its list, and the free-text guard, while changes touch no confidential item', async () => {
    const store = await open(await tempDir());
    await change(store, (db) => db.adviceRequests.push(request(1, true), request(2)));
    const list = markedConfidential(store.db);
    const guard = guardFor(store.db, TODAY, true);
    expect(guard?.names('Verzoek nummer 1')).toBe(true);
    await change(store, (db) => db.decisions.push(decision(1)));
    await change(store, (db) => {
      db.adviceRequests[1]!.title = 'Verzoek nummer 1 bis';
    });
    expect(markedConfidential(store.db)).toBe(list);
    expect(guardFor(store.db, TODAY, true)).toBe(guard);
    // Another day may end a confidentiality: the guard is built again.
    expect(guardFor(store.db, '2026-11-29', true)).not.toBe(guard);
    // A confidential item's new title is what the guard looks for from then on.
    await change(store, (db) => {
      db.adviceRequests[0]!.title = 'Camera-experiment Zuidpark';
    });
    expect(markedConfidential(store.db)).not.toBe(list);
    const renewed = guardFor(store.db, TODAY, true)!;
    expect(renewed.names('Verzoek nummer 1')).toBe(false);
    expect(renewed.names('het camera-experiment zuidpark')).toBe(true);
    // A newly confidential item is named at once.
    await change(store, (db) => db.decisions.push(decision(2, true)));
    expect(guardFor(store.db, TODAY, true)!.names('BES-2026-002')).toBe(true);
  });

  it('is not used while a change runs, which may be marking an item', async () => {
    const store = await open(await tempDir());
    await change(store, (db) => db.adviceRequests.push(request(1)));
    expect(guardFor(store.db, TODAY, true)!.names('ADV-2026-001')).toBe(false);
    let during: boolean | undefined;
    await change(store, (db) => {
      db.adviceRequests[0]!.confidentiality = 'vertrouwelijk';
      during = guardFor(db, TODAY, true)!.names('ADV-2026-001');
    });
    expect(during).toBe(true);
  });

  it('forgets a change that threw, and one whose write failed', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'db.json'), JSON.stringify({ ...emptyDb(), adviceRequests: [request(1)] }));
    const store = await open(dir);
    expectInStep(store);
    await expect(
      change(store, (db) => {
        db.adviceRequests[0]!.confidentiality = 'vertrouwelijk';
        throw new Error('halfway');
      }),
    ).rejects.toThrow('halfway');
    expectInStep(store);
    expect(guardFor(store.db, TODAY, true)!.names('ADV-2026-001')).toBe(false);
    await symlink('/dev/full', join(dir, 'db.journal.jsonl'));
    const failing = change(store, (db) => {
      db.adviceRequests[0]!.confidentiality = 'vertrouwelijk';
    });
    // Applied in memory at once, so the next command already sees it as confidential.
    expectInStep(store);
    expect(guardFor(store.db, TODAY, true)!.names('ADV-2026-001')).toBe(true);
    await expect(failing).rejects.toThrow();
    expectInStep(store);
    expect(guardFor(store.db, TODAY, true)!.names('ADV-2026-001')).toBe(false);
    await rm(join(dir, 'db.journal.jsonl'));
  });

  it('answers nothing for data that is not a store, so the caller walks the items itself', () => {
    const db = { ...emptyDb(), adviceRequests: [request(1, true)] } as Db;
    expect(markedConfidential(db)).toBeUndefined();
    expect(guardFor(db, TODAY, true)!.names('ADV-2026-001')).toBe(true);
  });
});
