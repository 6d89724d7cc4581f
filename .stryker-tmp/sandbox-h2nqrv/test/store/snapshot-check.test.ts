// @ts-nocheck
import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { StartupError } from '../../src/core/errors.ts';
import type { Logger } from '../../src/ops/log.ts';
import { KEY_FILE, Seal } from '../../src/store/seal.ts';
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

/**
 * Puts `text` in db.json, and a proof that claims it was checked when `forge` is set: with
 * the length of the new text and the old seal, or (`withKey`) sealed with the store's own key.
 */
async function replaceDb(dir: string, text: string, forge: { withKey?: boolean } | false): Promise<void> {
  await writeFile(join(dir, 'db.json'), text);
  if (!forge) return;
  const proof = JSON.parse(await readFile(join(dir, 'db.check.json'), 'utf8'));
  const bytes = Buffer.from(text);
  const key = Buffer.from((await readFile(join(dir, KEY_FILE), 'utf8')).trim(), 'hex');
  const seal = forge.withKey ? new Seal(key).of(bytes) : proof.seal;
  await writeFile(join(dir, 'db.check.json'), JSON.stringify({ ...proof, bytes: bytes.length, seal }));
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
  it("is written beside db.json when the store writes it, with its length and the store's seal", async () => {
    const dir = await written(600);
    const bytes = await readFile(join(dir, 'db.json'));
    const proof = JSON.parse(await readFile(join(dir, 'db.check.json'), 'utf8'));
    const key = Buffer.from((await readFile(join(dir, KEY_FILE), 'utf8')).trim(), 'hex');
    expect(proof).toEqual({ bytes: bytes.length, seal: new Seal(key).of(bytes) });
    expect((await stat(join(dir, KEY_FILE))).mode & 0o777).toBe(0o600);
    const store = await Store.open(dir);
    opened.push(store);
    expect(store.db.decisions).toHaveLength(600);
  });

  it('spares the start a check of every item while the bytes are those the store sealed', async () => {
    const dir = await written(2);
    // Only a proof sealed with the store's own key shows it: a file that breaks the schema, claimed to be checked.
    const db = JSON.parse(await readFile(join(dir, 'db.json'), 'utf8'));
    db.decisions[0].at = 'gisteren';
    await replaceDb(dir, JSON.stringify(db), { withKey: true });
    expect(await openError(dir)).toBeUndefined();
  });

  it('checks in full a file whose proof was made by hand (the length fits, the seal is not of these bytes)', async () => {
    const dir = await written(2);
    const db = JSON.parse(await readFile(join(dir, 'db.json'), 'utf8'));
    db.decisions[0].at = 'gisteren';
    await replaceDb(dir, JSON.stringify(db), {});
    const error = await openError(dir);
    expect(error).toBeInstanceOf(StartupError);
    expect((error as Error).message).toContain("klopt niet bij 'decisions.0.at'");
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

  it('checks in full a file sealed by another store (another key)', async () => {
    const dir = await written(2);
    const db = JSON.parse(await readFile(join(dir, 'db.json'), 'utf8'));
    db.decisions[0].at = 'gisteren';
    await replaceDb(dir, JSON.stringify(db), { withKey: true });
    await writeFile(join(dir, KEY_FILE), `${'ab'.repeat(32)}\n`);
    expect(await openError(dir)).toBeInstanceOf(StartupError);
  });

  it('is written for data that passed the schema only: a change that breaks it is refused, and the proof stays true', async () => {
    const errors: string[] = [];
    const logger: Logger = { info: () => {}, warn: () => {}, error: (message) => errors.push(message) };
    const dir = await tempDir();
    const store = await Store.open(dir, { logger });
    for (let index = 1; index <= 700; index++) {
      const written = store.transact(
        (db) => db.decisions.push(decision(index, index === 650 ? 'gisteren' : undefined)),
        () => [],
      );
      if (index === 650) await expect(written).rejects.toThrow("bij 'at'");
      else await written;
    }
    await store.close();
    expect(errors).toEqual([]);
    const again = await Store.open(dir, { logger });
    opened.push(again);
    expect(again.db.decisions).toHaveLength(699);
  });
});
