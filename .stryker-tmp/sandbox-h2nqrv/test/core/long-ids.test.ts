// @ts-nocheck
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { findItemIds, parseItemId } from '../../src/parse/values.ts';
import { emptyDb } from '../../src/store/schema.ts';
import { Harness, tempDir } from '../support/harness.ts';

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

/** A store with 10,000 decisions in 2026, as a busy year would leave it. */
async function busyYear(): Promise<string> {
  const dir = await tempDir();
  const decisions = Array.from({ length: 10_000 }, (_, index) => ({
    id: `BES-2026-${String(index + 1).padStart(3, '0')}`,
    text: `Besluit ${index + 1}`,
    confidentiality: 'openbaar',
    by: 'voorzitter',
    at: '2026-06-01T09:00:00.000Z',
  }));
  await writeFile(
    join(dir, 'db.json'),
    JSON.stringify({ ...emptyDb(), counters: { 'BES-2026': 10_000 }, decisions }),
  );
  return dir;
}

describe('ids have no ceiling', () => {
  it('reads ids of any length, typed in full or short', () => {
    expect(parseItemId('BES-10000', 2026)).toEqual({ prefix: 'BES', year: 2026, number: 10_000 });
    expect(parseItemId('bes-2026-10000', 2026)).toEqual({ prefix: 'BES', year: 2026, number: 10_000 });
    expect(parseItemId('adv-2026-123456', 2026)?.number).toBe(123_456);
    expect(findItemIds('zie BES-2026-10000 en adv-10001', 2026)).toEqual([
      'BES-2026-10000',
      'ADV-2026-10001',
    ]);
  });

  it('creates, lists in numeric order and loads the 10,001st decision of a year', async () => {
    const dir = await busyYear();
    harness = await Harness.create({ dir });
    expect(await harness.command('voorzitter', '/besluit De tienduizend-en-eerste')).toContain(
      'Besluit BES-2026-10001 vastgelegd',
    );
    await harness.close();
    harness = await Harness.create({ dir });
    expect(harness.store.db.decisions).toHaveLength(10_001);
    const list = await harness.command('voorzitter', '/besluit lijst');
    const ids = [...list.matchAll(/BES-2026-\d+/g)].map((match) => match[0]);
    expect(ids.slice(0, 3)).toEqual(['BES-2026-10001', 'BES-2026-10000', 'BES-2026-9999']);
    // Typed in either form, the long id is understood (here: decisions about it, none).
    expect(await harness.command('voorzitter', '/besluit lijst bes-2026-10000')).not.toMatch(
      /geen (geldig )?nummer/i,
    );
    expect(await harness.command('voorzitter', '/besluit lijst ADV-10000')).toContain('ADV-2026-10000');
  });
});
