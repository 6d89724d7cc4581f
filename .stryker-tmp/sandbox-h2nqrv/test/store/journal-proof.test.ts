// @ts-nocheck
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { KEY_FILE, Seal } from '../../src/store/seal.ts';
import { schemaFingerprint } from '../../src/store/snapshot-check.ts';
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
async function crashed(count: number): Promise<{ dir: string; journal: string; seal: Seal }> {
  const dir = await tempDir();
  const { store, crash } = await openUntilCrash(dir);
  for (let index = 1; index <= count; index++)
    await store.transact(
      (db) => db.decisions.push(decision(index)),
      () => [],
    );
  await store.idle();
  crash();
  const key = Buffer.from((await readFile(join(dir, KEY_FILE), 'utf8')).trim(), 'hex');
  return { dir, journal: join(dir, 'db.journal.jsonl'), seal: new Seal(key) };
}

/** The journal's lines as the JSON they hold. */
async function entries(journal: string): Promise<Array<Record<string, unknown>>> {
  const text = await readFile(journal, 'utf8');
  return text
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line.slice(9)));
}

/** Writes lines with a correct checksum, as the store frames them; sealed with `seal` if given. */
async function writeLines(
  journal: string,
  lines: ReadonlyArray<Record<string, unknown>>,
  seal?: Seal,
): Promise<void> {
  const framed = lines.map((entry) => {
    const { seal: _old, ...rest } = entry;
    let json = JSON.stringify(seal ? rest : entry);
    if (seal) json = `${json.slice(0, -1)},"seal":"${seal.of(json)}"}`;
    return `${crc32(json).toString(16).padStart(8, '0')} ${json}\n`;
  });
  await writeFile(journal, framed.join(''));
}

describe('journal lines with the proof of their check', () => {
  it("carry the store's seal over what they hold, made with its own key", async () => {
    const { journal, seal } = await crashed(2);
    const text = await readFile(journal, 'utf8');
    const lines = text.trim().split('\n');
    expect(lines).toHaveLength(2);
    for (const line of lines) {
      const json = line.slice(9);
      const match = /,"seal":"([0-9a-f]{64})"\}$/.exec(json)!;
      expect(match).not.toBeNull();
      expect(seal.verifies(`${json.slice(0, match.index)}}`, match[1])).toBe(true);
    }
  });

  it('are never written for a change that breaks the schema: it is refused, naming the field', async () => {
    const dir = await tempDir();
    const store = await Store.open(dir);
    await expect(
      store.transact(
        (db) => db.decisions.push({ ...decision(1), at: 'gisteren' }),
        () => [],
      ),
    ).rejects.toThrow(/onderdeel 1 \(decisions BES-2026-001\) is geen geldig item bij 'at'/);
    await store.idle();
    expect(await readFile(join(dir, 'db.journal.jsonl'), 'utf8').catch(() => '')).toBe('');
    expect(store.db.decisions).toEqual([]);
    await store.close();
  });

  it("spare the start a check of every item while the seal is the store's own", async () => {
    const { dir, journal, seal } = await crashed(2);
    // Only a line sealed with the store's key shows it: an item that breaks the schema, claimed to be checked.
    const lines = await entries(journal);
    (lines[1]!.items as Array<Record<string, unknown>>)[0]!.at = 'gisteren';
    await writeLines(journal, lines, seal);
    const store = await Store.open(dir);
    expect(store.db.decisions.map((item) => item.id)).toEqual(['BES-2026-001', 'BES-2026-002']);
    await store.close();
  });

  it('are checked in full when made by hand: with the old seal, with the schema fingerprint, or without either', async () => {
    for (const forge of [
      (line: Record<string, unknown>) => line,
      ({ seal: _seal, ...line }: Record<string, unknown>) => ({ ...line, schema: schemaFingerprint() }),
      ({ seal: _seal, ...line }: Record<string, unknown>) => line,
    ]) {
      const { dir, journal } = await crashed(2);
      const lines = await entries(journal);
      (lines[1]!.items as Array<Record<string, unknown>>)[0]!.at = 'gisteren';
      lines[1] = forge(lines[1]!);
      await writeLines(journal, lines);
      await expect(Store.open(dir)).rejects.toThrow(
        /regel 2: onderdeel 1 \(decisions BES-2026-002\) is geen geldig item bij 'at'/,
      );
    }
  });

  it('are checked in full when sealed by another store (another key)', async () => {
    const { dir, journal } = await crashed(2);
    const lines = await entries(journal);
    (lines[1]!.items as Array<Record<string, unknown>>)[0]!.at = 'gisteren';
    await writeLines(journal, lines, new Seal(Buffer.alloc(32, 7)));
    await expect(Store.open(dir)).rejects.toThrow(/regel 2: onderdeel 1/);
  });

  it('are still refused on a flipped byte, whatever seal they carry', async () => {
    const { dir, journal } = await crashed(2);
    const text = await readFile(journal, 'utf8');
    await writeFile(journal, text.replace('"Besluit 2"', '"Besluiu 2"'));
    await expect(Store.open(dir)).rejects.toThrow(/regel 2: de controlesom klopt niet/);
  });
});
