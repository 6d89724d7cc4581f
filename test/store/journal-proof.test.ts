import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { Store } from '../../src/store/store.ts';
import { tempDir } from '../support/harness.ts';
import { openUntilCrash } from '../support/stores.ts';

const decision = (index: number) => ({
  id: `BES-2026-${String(index).padStart(3, '0')}`,
  text: `Besluit ${index}`,
  confidentiality: 'openbaar' as const,
  by: 'voorzitter',
  at: '2026-11-28T09:00:00.000Z',
});

/** A folder whose journal holds `count` confirmed decisions (the store was never closed: a crash). */
async function crashed(count: number): Promise<{ dir: string; journal: string; schema: string }> {
  const dir = await tempDir();
  const { store, crash } = await openUntilCrash(dir);
  for (let index = 1; index <= count; index++)
    await store.transact(
      (db) => db.decisions.push(decision(index)),
      () => [],
    );
  await store.idle();
  crash();
  const proof = JSON.parse(await readFile(join(dir, 'db.check.json'), 'utf8')) as { schema: string };
  return { dir, journal: join(dir, 'db.journal.jsonl'), schema: proof.schema };
}

/** The journal's lines as the JSON they hold. */
async function entries(journal: string): Promise<Array<Record<string, unknown>>> {
  const text = await readFile(journal, 'utf8');
  return text
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line.slice(9)));
}

/** Writes lines with a correct checksum, as the store frames them. */
async function writeLines(journal: string, lines: ReadonlyArray<Record<string, unknown>>): Promise<void> {
  const framed = lines.map((entry) => {
    const json = JSON.stringify(entry);
    return `${crc32(json).toString(16).padStart(8, '0')} ${json}\n`;
  });
  await writeFile(journal, framed.join(''));
}

describe('journal lines with the proof of their check', () => {
  it('carry the fingerprint of the schema their items passed when the store wrote them', async () => {
    const { journal, schema } = await crashed(2);
    const lines = await entries(journal);
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(line.schema).toBe(schema);
  });

  it('carry no fingerprint when an item broke the schema, so the next start checks that line', async () => {
    const dir = await tempDir();
    const { store, crash } = await openUntilCrash(dir);
    await store.transact(
      (db) => db.decisions.push({ ...decision(1), at: 'gisteren' }),
      () => [],
    );
    await store.idle();
    crash();
    const [line] = await entries(join(dir, 'db.journal.jsonl'));
    expect(line?.schema).toBeUndefined();
    await expect(Store.open(dir)).rejects.toThrow(/regel 1: onderdeel 1 is geen geldig item/);
  });

  it('spare the start a check of every item while the fingerprint is that of this schema', async () => {
    const { dir, journal } = await crashed(2);
    // Only a forged line shows it: an item that breaks the schema, claimed to be checked.
    const lines = await entries(journal);
    (lines[1]!.items as Array<Record<string, unknown>>)[0]!.at = 'gisteren';
    await writeLines(journal, lines);
    const store = await Store.open(dir);
    expect(store.db.decisions.map((item) => item.id)).toEqual(['BES-2026-001', 'BES-2026-002']);
    await store.close();
  });

  it('are checked in full when written under another schema, and refused when they break this one', async () => {
    const { dir, journal } = await crashed(2);
    const lines = await entries(journal);
    (lines[1]!.items as Array<Record<string, unknown>>)[0]!.at = 'gisteren';
    lines[1]!.schema = '0:00000000';
    await writeLines(journal, lines);
    await expect(Store.open(dir)).rejects.toThrow(/regel 2: onderdeel 1 is geen geldig item/);
  });

  it('are still refused on a flipped byte, whatever fingerprint they carry', async () => {
    const { dir, journal } = await crashed(2);
    const text = await readFile(journal, 'utf8');
    await writeFile(journal, text.replace('"Besluit 2"', '"Besluiu 2"'));
    await expect(Store.open(dir)).rejects.toThrow(/regel 2: de controlesom klopt niet/);
  });
});
