// @ts-nocheck
import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { stage } from '../../app/backup/archive.ts';
import { Store } from '../../src/store/store.ts';
import { Harness, tempDir, testConfig } from '../support/harness.ts';
import { openUntilCrash } from '../support/stores.ts';

let harness: Harness;
afterEach(async () => {
  await harness.close();
});

async function lines(file: string): Promise<string[]> {
  return (await readFile(join(harness.dir, file), 'utf8')).trim().split('\n');
}

/** 23:00 on New Year's Eve in Amsterdam, then half past midnight there. */
const EVE = '2026-12-31T22:00:00Z';
const NEW_YEAR = '2026-12-31T23:30:00Z';

describe('the audit trail by year', () => {
  it('begins audit.jsonl again when a new year begins in Amsterdam, and keeps the old year as audit-2026.jsonl', async () => {
    harness = await Harness.create({ now: EVE });
    await harness.command('voorzitter', '/besluit Oud jaar');
    harness.clock.set(new Date(NEW_YEAR));
    await harness.command('voorzitter', '/besluit Nieuw jaar');
    await harness.store.idle();
    expect((await readdir(harness.dir)).filter((name) => name.startsWith('audit')).sort()).toEqual([
      'audit-2026.jsonl',
      'audit.jsonl',
    ]);
    expect((await lines('audit-2026.jsonl')).every((line) => line.includes('"at":"2026-12-31T22:'))).toBe(
      true,
    );
    expect(await lines('audit.jsonl')).toHaveLength(1);
    expect((await lines('audit.jsonl'))[0]).toContain('BES-2027-001');
    // A restart adds nothing twice, also when the new year's file is still empty.
    const dir = harness.dir;
    await harness.close();
    await rm(join(dir, 'audit.jsonl'));
    harness = await Harness.create({ dir, now: NEW_YEAR });
    await harness.store.idle();
    const all = [...(await lines('audit-2026.jsonl'))];
    expect(new Set(all).size).toBe(all.length);
  });

  it('/privacy inzage counts, /privacy vergeet rewrites, and a backup holds every year', async () => {
    harness = await Harness.create({ now: EVE, config: testConfig() });
    await harness.command('voorzitter', '/lid nieuw fatima "Fatima El Amrani" rol:panel');
    await harness.command('fatima', '/uitgave 5 reis Bus');
    harness.clock.set(new Date(NEW_YEAR));
    await harness.command('fatima', '/uitgave 6 reis Tram');
    await harness.store.idle();
    const byFatima = async (file: string) =>
      (await lines(file)).filter((line) => line.includes('"actor":"fatima"')).length;
    expect(await byFatima('audit-2026.jsonl')).toBeGreaterThan(0);
    const both = (await byFatima('audit-2026.jsonl')) + (await byFatima('audit.jsonl'));
    expect(await harness.command('voorzitter', '/privacy inzage fatima')).toContain(
      `Regels in het logboek: ${both}`,
    );
    const staged = await stage(harness.dir, harness.store);
    expect((await readdir(staged)).filter((name) => name.startsWith('audit')).sort()).toEqual([
      'audit-2026.jsonl',
      'audit.jsonl',
    ]);
    await rm(staged, { recursive: true });
    await harness.command('voorzitter', '/lid weg fatima');
    expect(await harness.command('voorzitter', '/privacy vergeet fatima')).toContain('oud-lid-1');
    await harness.store.idle();
    for (const file of ['audit-2026.jsonl', 'audit.jsonl']) {
      expect((await lines(file)).join('\n'), file).not.toContain('"fatima"');
    }
  });

  it('a restart after the new year began, with last year’s changes still in the journal, writes nothing twice', async () => {
    harness = await Harness.create();
    const dir = await tempDir();
    const { store, crash } = await openUntilCrash(dir);
    const entry = (at: string, n: number) => () => [{ at, actor: 'bot', action: `proef.${n}` }];
    for (let n = 1; n <= 3; n++) await store.transact(() => undefined, entry('2026-12-31T22:00:00Z', n));
    for (let n = 4; n <= 5; n++) await store.transact(() => undefined, entry('2026-12-31T23:30:00Z', n));
    await store.idle();
    // The bot stops without closing: the journal still holds all five changes.
    crash();
    const again = await Store.open(dir);
    await again.idle();
    await again.close();
    const read = async (file: string) => (await readFile(join(dir, file), 'utf8')).trim().split('\n');
    const actions = [...(await read('audit-2026.jsonl')), ...(await read('audit.jsonl'))].map(
      (line) => (JSON.parse(line) as { action: string }).action,
    );
    expect(actions).toEqual(['proef.1', 'proef.2', 'proef.3', 'proef.4', 'proef.5']);
  });
});
