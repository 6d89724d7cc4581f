// @ts-nocheck
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Store } from '../../src/store/store.ts';
import { tempDir } from '../support/harness.ts';

describe('a version 2 store with action points inside its meetings', () => {
  it('moves them to items of their own with ACT ids and the meeting’s confidentiality', async () => {
    const dir = await tempDir();
    const meeting = {
      id: 'OVL-2026-001',
      title: 'Geheim overleg',
      date: '2026-03-02',
      municipal: false,
      confidentiality: 'vertrouwelijk',
      plannedBy: 'secretaris',
      plannedAt: '2026-03-01T09:00:00.000Z',
      attendees: [],
      minutes: [],
      actions: [
        { owner: 'voorzitter', text: 'Brief', by: 'secretaris', at: '2026-03-02T20:00:00.000Z' },
        { owner: 'panellid', text: 'Agenda', by: 'secretaris', at: '2026-03-02T20:01:00.000Z' },
      ],
    };
    await writeFile(
      join(dir, 'db.json'),
      JSON.stringify({ schemaVersion: 2, counters: { 'OVL-2026': 1 }, meetings: [meeting] }),
    );
    const store = await Store.open(dir);
    expect(store.db.meetings[0]).not.toHaveProperty('actions');
    expect(store.db.actionPoints).toMatchObject([
      {
        id: 'ACT-2026-001',
        meeting: 'OVL-2026-001',
        owner: 'voorzitter',
        text: 'Brief',
        confidentiality: 'vertrouwelijk',
      },
      { id: 'ACT-2026-002', owner: 'panellid', text: 'Agenda' },
    ]);
    expect(store.db.counters['ACT-2026']).toBe(2);
    await store.close();
  });
});
