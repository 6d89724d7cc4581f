// @ts-nocheck
import { rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allItems } from '../../src/kit/items.ts';
import { type Db, emptyDb } from '../../src/store/schema.ts';
import { Store } from '../../src/store/store.ts';
import { tempDir } from '../support/harness.ts';
import { change, storesClosedAfterEach } from '../support/stores.ts';

const open = storesClosedAfterEach();

function request(number: number, message?: string) {
  return {
    id: `ADV-2026-${String(number).padStart(3, '0')}`,
    title: `Verzoek ${number}`,
    themes: ['privacy' as const],
    confidentiality: 'openbaar' as const,
    step: 'ontvangen' as const,
    openedBy: 'gemeente',
    openedAt: '2026-11-28T09:00:00.000Z',
    history: [],
    answerRefusals: 0,
    reminders: {},
    ...(message ? { message } : {}),
  };
}

/** A meeting: the kind of item with a preview (its report, awaiting publication). */
function meeting(number: number) {
  return {
    id: `OVL-2026-00${number}`,
    title: `Overleg ${number}`,
    date: '2026-12-01',
    municipal: false,
    confidentiality: 'openbaar' as const,
    plannedBy: 'voorzitter',
    plannedAt: '2026-11-28T09:00:00.000Z',
    attendees: [],
    minutes: [],
  };
}

/** What the index must answer: the first item in store order that names the message. */
function walk(db: Db, message: string): string | undefined {
  return allItems(db).find((item) => item.message === message || item.preview === message)?.id;
}

const MESSAGES = ['shell:panel:1', 'shell:panel:2', 'shell:panel:3', 'shell:panel:4', 'shell:panel:9'];

function expectInStep(store: Store): void {
  for (const message of MESSAGES)
    expect(store.itemByMessage(message)?.id, message).toBe(walk(store.db, message));
}

describe("the store's index from message to item", () => {
  it('names every message that leads to an item, so the shell continues its numbering after them', async () => {
    const store = await open(await tempDir());
    await change(store, (db) => {
      db.adviceRequests.push(request(1, 'shell:panel:1'), request(2), request(3, 'shell:bestuur:7'));
      db.meetings.push({ ...meeting(1), preview: 'shell:panel:4' });
    });
    expect(store.knownMessages().sort()).toEqual(['shell:bestuur:7', 'shell:panel:1', 'shell:panel:4']);
    await change(store, (db) => {
      db.adviceRequests[1]!.message = 'shell:panel:9';
    });
    expect(store.knownMessages()).toContain('shell:panel:9');
  });

  it('stays in step with every kind of change', async () => {
    const store = await open(await tempDir());
    expectInStep(store);
    await change(store, (db) => db.adviceRequests.push(request(1, 'shell:panel:1'), request(2)));
    expectInStep(store);
    // The item it found is the store's own view: a change through it counts.
    expect(store.itemByMessage('shell:panel:1')).toBe(store.db.adviceRequests[0]);
    await change(store, (db) => {
      db.adviceRequests[1]!.message = 'shell:panel:2';
    });
    expectInStep(store);
    await change(store, (db) => {
      db.adviceRequests[0]!.message = 'shell:panel:3';
      db.meetings.push({ ...meeting(1), preview: 'shell:panel:4' });
    });
    expectInStep(store);
    await change(store, (db) => {
      delete db.meetings[0]!.preview;
    });
    expectInStep(store);
    // Two items on one message: the first in store order wins, before and after either moves.
    await change(store, (db) => {
      db.adviceRequests[1]!.message = 'shell:panel:3';
    });
    expectInStep(store);
    await change(store, (db) => {
      db.adviceRequests[0]!.message = 'shell:panel:9';
    });
    expectInStep(store);
    await change(store, (db) => db.adviceRequests.reverse());
    expectInStep(store);
    await change(store, (db) => db.adviceRequests.splice(0, 1));
    expectInStep(store);
    await change(store, (db) => {
      db.adviceRequests = db.adviceRequests.filter(() => false);
    });
    expectInStep(store);
    await change(store, (db) =>
      db.decisions.push({
        id: 'BES-2026-001',
        text: 'Besluit',
        confidentiality: 'openbaar',
        by: 'voorzitter',
        at: '2026-11-28T09:00:00.000Z',
        message: 'shell:panel:1',
      }),
    );
    expect(store.itemByMessage('shell:panel:1')?.id).toBe('BES-2026-001');
  });

  it('forgets a change that threw, and one whose write failed', async () => {
    const dir = await tempDir();
    await writeFile(
      join(dir, 'db.json'),
      JSON.stringify({ ...emptyDb(), adviceRequests: [request(1, 'shell:panel:1')] }),
    );
    const store = await open(dir);
    expectInStep(store);
    await expect(
      change(store, (db) => {
        db.adviceRequests[0]!.message = 'shell:panel:2';
        throw new Error('halfway');
      }),
    ).rejects.toThrow('halfway');
    expectInStep(store);
    await symlink('/dev/full', join(dir, 'db.journal.jsonl'));
    await expect(
      change(store, (db) => {
        db.adviceRequests[0]!.message = 'shell:panel:2';
      }),
    ).rejects.toThrow();
    expect(store.itemByMessage('shell:panel:1')?.id).toBe('ADV-2026-001');
    expectInStep(store);
    await rm(join(dir, 'db.journal.jsonl'));
  });

  it('finds what a replayed journal says after a restart', async () => {
    const dir = await tempDir();
    const first = await Store.open(dir);
    await change(first, (db) => db.adviceRequests.push(request(1)));
    expect(first.itemByMessage('shell:panel:1')).toBeUndefined();
    await change(first, (db) => {
      db.adviceRequests[0]!.message = 'shell:panel:1';
    });
    await first.close();
    const second = await open(dir);
    expect(second.itemByMessage('shell:panel:1')?.id).toBe('ADV-2026-001');
    expectInStep(second);
  });
});
