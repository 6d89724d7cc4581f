// @ts-nocheck
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Harness } from '../support/harness.ts';

/** Correcting and removing an action point: nothing is deleted, the audit holds old and new. */
let harness: Harness;
afterEach(async () => {
  await harness.close();
});

async function audit(): Promise<Array<Record<string, string>>> {
  await harness.bot.idle();
  const text = await readFile(join(harness.dir, 'audit.jsonl'), 'utf8');
  return text
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, string>);
}

async function setUp(): Promise<void> {
  harness = await Harness.create({ now: '2026-03-02T20:00:00Z' });
  await harness.command('secretaris', '/overleg plan 2-3-2026 Panelavond');
  await harness.command('secretaris', '/overleg actie OVL-1 Anna Brief aan de wethoder');
  await harness.command('secretaris', '/overleg actie OVL-1 Chris Agenda rondsturen voor:5-3-2026');
}

describe('correcting action points', () => {
  it('numbers the action lines in /overleg toon', async () => {
    await setUp();
    const shown = await harness.command('panellid', '/overleg toon OVL-1');
    expect(shown).toContain('1. 📌 ACT-2026-001 — Anna de Vries: Brief aan de wethoder');
    expect(shown).toContain('2. 📌 ACT-2026-002 — Chris Bakker: Agenda rondsturen (uiterlijk 5-3-2026)');
  });

  it('changes line n with /overleg actie <OVL> wijzig <n>; the audit keeps old and new', async () => {
    await setUp();
    await harness.command('secretaris', '/overleg actie OVL-1 wijzig 1 Brief aan de wethouder');
    const point = harness.store.db.actionPoints[0]!;
    expect(point.text).toBe('Brief aan de wethouder');
    expect(point.corrections).toMatchObject([
      { field: 'text', before: 'Brief aan de wethoder', after: 'Brief aan de wethouder', by: 'secretaris' },
    ]);
    const entry = (await audit()).find((line) => line.action === 'actie.wijzig')!;
    expect(entry).toMatchObject({
      target: 'ACT-2026-001',
      before: 'text: Brief aan de wethoder',
      after: 'text: Brief aan de wethouder',
    });
    const line = harness.adapter.sent.filter((sent) => sent.kind === 'update').at(-1)!;
    expect(line.text).toContain('Brief aan de wethouder');
    expect(line.text).toContain('gewijzigd op 2-3-2026 door Bram Visser');
  });

  it('changes the date by ACT id with /actie wijzig, and the reminders start again', async () => {
    await setUp();
    await harness.command('voorzitter', '/actie wijzig ACT-2 voor:12-3-2026');
    expect(harness.store.db.actionPoints[1]).toMatchObject({ text: 'Agenda rondsturen', due: '2026-03-12' });
    const entry = (await audit()).find((line) => line.action === 'actie.wijzig')!;
    expect(entry).toMatchObject({ before: 'due: 2026-03-05', after: 'due: 2026-03-12' });
  });

  it('removes an action point: it stays in history, struck, and keeps its number', async () => {
    await setUp();
    await harness.command('secretaris', '/overleg actie OVL-1 schrap 1');
    expect(harness.store.db.actionPoints).toHaveLength(2);
    expect(harness.store.db.actionPoints[0]!.removed).toMatchObject({ by: 'secretaris' });
    const entry = (await audit()).find((line) => line.action === 'actie.schrap')!;
    expect(entry).toMatchObject({ target: 'ACT-2026-001', before: 'Brief aan de wethoder', after: '' });
    const shown = await harness.command('panellid', '/overleg toon OVL-1');
    expect(shown).toContain('1. 🗑️ ACT-2026-001 — geschrapt: Brief aan de wethoder');
    expect(shown).toContain('2. 📌 ACT-2026-002');
    expect(await harness.command('panellid', '/acties')).not.toContain('ACT-2026-001');
    expect(await harness.command('secretaris', '/overleg actie OVL-1 wijzig 1 iets')).toContain('geschrapt');
    expect(await harness.command('secretaris', '/overleg actie OVL-1 schrap 7')).toContain('1 tot en met 2');
  });

  it('lets only the chair and the secretary correct', async () => {
    await setUp();
    const refused = await harness.command('panellid', '/actie wijzig ACT-1 Iets anders');
    expect(refused).toMatch(/alleen/i);
    expect(harness.store.db.actionPoints[0]!.text).toBe('Brief aan de wethoder');
  });
});
