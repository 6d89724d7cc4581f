import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { StartupError } from '../../src/errors.ts';
import type { Logger } from '../../src/log.ts';
import { Store } from '../../src/store/store.ts';
import { tempDir } from '../support/harness.ts';

const opened: Store[] = [];
afterEach(async () => {
  for (const store of opened.splice(0)) await store.close();
});

const decision = (index: number, at = '2026-11-28T09:00:00.000Z') => ({
  id: `BES-2026-${String(index).padStart(3, '0')}`,
  text: `Besluit ${index}`,
  confidentiality: 'openbaar' as const,
  by: 'voorzitter',
  at,
});

/** A folder with db.json as the store writes it (with its proof), holding `count` decisions. */
async function written(count: number, logger?: Logger): Promise<string> {
  const dir = await tempDir();
  const store = await Store.open(dir, logger ? { logger } : {});
  for (let index = 1; index <= count; index++)
    await store.transact(
      (db) => db.decisions.push(decision(index)),
      () => [],
    );
  await store.close();
  return dir;
}

/** Puts `text` in db.json, and a proof that claims it was checked when `forge` is set. */
async function replaceDb(dir: string, text: string, forge: { schema?: string } | false): Promise<void> {
  await writeFile(join(dir, 'db.json'), text);
  if (!forge) return;
  const proof = JSON.parse(await readFile(join(dir, 'db.check.json'), 'utf8'));
  const bytes = Buffer.from(text);
  await writeFile(
    join(dir, 'db.check.json'),
    JSON.stringify({ ...proof, bytes: bytes.length, crc32: crc32(bytes), ...forge }),
  );
}

async function openError(dir: string): Promise<unknown> {
  return Store.open(dir).then(
    (store) => {
      opened.push(store);
      return undefined;
    },
    (error: unknown) => error,
  );
}

describe('db.json with the proof of its check', () => {
  it('is written beside db.json when the store writes it, with its length and checksum', async () => {
    const dir = await written(600);
    const bytes = await readFile(join(dir, 'db.json'));
    const proof = JSON.parse(await readFile(join(dir, 'db.check.json'), 'utf8'));
    expect(proof).toMatchObject({ bytes: bytes.length, crc32: crc32(bytes) });
    const store = await Store.open(dir);
    opened.push(store);
    expect(store.db.decisions).toHaveLength(600);
  });

  it('spares the start a check of every item while the bytes are those the store checked', async () => {
    const dir = await written(2);
    // Only a forged proof shows it: a file that breaks the schema, claimed to be checked.
    const db = JSON.parse(await readFile(join(dir, 'db.json'), 'utf8'));
    db.decisions[0].at = 'gisteren';
    await replaceDb(dir, JSON.stringify(db), {});
    expect(await openError(dir)).toBeUndefined();
  });

  it('checks in full a file edited by hand since, and refuses it when it breaks the schema', async () => {
    const dir = await written(2);
    const db = JSON.parse(await readFile(join(dir, 'db.json'), 'utf8'));
    db.decisions[1].at = 'gisteren';
    await replaceDb(dir, JSON.stringify(db), false);
    const error = await openError(dir);
    expect(error).toBeInstanceOf(StartupError);
    expect((error as Error).message).toContain("klopt niet bij 'decisions.1.at'");
  });

  it('checks in full when the schema changed since the proof was written', async () => {
    const dir = await written(2);
    const db = JSON.parse(await readFile(join(dir, 'db.json'), 'utf8'));
    db.decisions[0].at = 'gisteren';
    await replaceDb(dir, JSON.stringify(db), { schema: '3:0' });
    expect(await openError(dir)).toBeInstanceOf(StartupError);
  });

  it('is not written for data that breaks the schema: the log says so, and the next start checks in full', async () => {
    const errors: string[] = [];
    const logger: Logger = { info: () => {}, warn: () => {}, error: (message) => errors.push(message) };
    const dir = await tempDir();
    const store = await Store.open(dir, { logger });
    await store.close();
    const before = await readFile(join(dir, 'db.check.json'), 'utf8');
    const again = await Store.open(dir, { logger });
    for (let index = 1; index <= 700; index++)
      await again.transact(
        (db) => db.decisions.push(decision(index, index === 650 ? 'gisteren' : undefined)),
        () => [],
      );
    await again.close();
    expect(errors.join('\n')).toContain("klopt niet bij 'decisions.649.at'");
    expect(await readFile(join(dir, 'db.check.json'), 'utf8')).toBe(before);
    const error = await openError(dir);
    expect(error).toBeInstanceOf(StartupError);
    expect((error as Error).message).toContain("klopt niet bij 'decisions.649.at'");
  });
});
