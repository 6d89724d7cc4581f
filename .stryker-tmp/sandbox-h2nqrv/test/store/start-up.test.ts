// @ts-nocheck
import { copyFile, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../src/store/audit.ts';
import { tempDir } from '../support/harness.ts';
import { storesClosedAfterEach } from '../support/stores.ts';

const open = storesClosedAfterEach();

function decision(index: number) {
  return {
    id: `BES-2026-${String(index).padStart(3, '0')}`,
    text: `Besluit ${index}`,
    confidentiality: 'openbaar' as const,
    by: 'voorzitter',
    at: '2026-11-28T09:00:00.000Z',
  };
}

/** A store with `count` decisions in its journal (a bot that crashed before folding it in), copied to a new folder. */
async function crashedWithJournal(count: number): Promise<string> {
  const dir = await tempDir();
  const store = await open(dir);
  for (let index = 1; index <= count; index++) {
    await store.transact(
      (db) => db.decisions.push(decision(index)),
      (): AuditEntry[] => [
        { at: '2026-11-28T09:00:00.000Z', actor: 'voorzitter', action: `besluit-${index}` },
      ],
    );
  }
  const copy = await tempDir();
  for (const file of ['db.json', 'db.journal.jsonl', 'audit.jsonl'])
    await copyFile(join(dir, file), join(copy, file));
  return copy;
}

describe('starting on a store with a journal', () => {
  it('replays the journal and leaves db.json as it is while the journal is small', async () => {
    const dir = await crashedWithJournal(3);
    const before = await readFile(join(dir, 'db.json'), 'utf8');
    const store = await open(dir);
    expect(store.db.decisions.map((item) => item.text)).toEqual(['Besluit 1', 'Besluit 2', 'Besluit 3']);
    await store.idle();
    expect(await readFile(join(dir, 'db.json'), 'utf8')).toBe(before);
    expect((await stat(join(dir, 'db.journal.jsonl'))).size).toBeGreaterThan(0);
    await store.transact(
      (db) => db.decisions.push(decision(4)),
      () => [],
    );
    await store.close();
    const again = await open(dir);
    expect(again.db.decisions).toHaveLength(4);
  });

  it('folds a journal that is already due in after start, without holding up the start', async () => {
    const dir = await crashedWithJournal(5);
    const store = await open(dir, { compactAfter: 3 });
    expect(store.db.decisions).toHaveLength(5);
    await new Promise((resolve) => setTimeout(resolve, 50));
    await store.idle();
    expect(JSON.parse(await readFile(join(dir, 'db.json'), 'utf8')).decisions).toHaveLength(5);
  });

  it('adds to the audit trail what a crash kept from it, reading only its end, and cuts a torn last line', async () => {
    const dir = await crashedWithJournal(2);
    // A long trail (entries of earlier versions carry no number) and a long torn line after it.
    const old = Array.from({ length: 300 }, (_, index) =>
      JSON.stringify({
        at: '2026-01-01T09:00:00.000Z',
        actor: 'panellid',
        action: 'oud',
        detail: `${index} ${'x'.repeat(700)}`,
      }),
    ).join('\n');
    const torn = `{"at":"2026-11-28T09:00:00.000Z","actor":"voorzitter","detail":"${'y'.repeat(150_000)}`;
    await writeFile(join(dir, 'audit.jsonl'), `${old}\n${torn}`);
    await open(dir);
    const lines = (await readFile(join(dir, 'audit.jsonl'), 'utf8')).split('\n');
    expect(lines.at(-1)).toBe('');
    expect(lines.slice(0, 300).join('\n')).toBe(old);
    expect(lines.slice(300, -1).map((line) => JSON.parse(line).action)).toEqual(['besluit-1', 'besluit-2']);
  });

  it('adds nothing to an audit trail that has every entry, whatever the length of its last line', async () => {
    const dir = await crashedWithJournal(2);
    const trail = await readFile(join(dir, 'audit.jsonl'), 'utf8');
    const long = JSON.stringify({
      at: '2026-11-28T09:00:00.000Z',
      actor: 'bot',
      action: 'lang',
      detail: 'z'.repeat(200_000),
      seq: 2,
    });
    const lines = trail.trim().split('\n');
    await writeFile(join(dir, 'audit.jsonl'), `${[...lines.slice(0, -1), long].join('\n')}\n`);
    await open(dir);
    const after = (await readFile(join(dir, 'audit.jsonl'), 'utf8')).trim().split('\n');
    expect(after).toHaveLength(lines.length);
    expect(after.at(-1)).toBe(long);
  });
});
