// @ts-nocheck
import { cp, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { start } from '../../app/start.ts';
import type { Logger } from '../../src/ops/log.ts';
import { parseConfig } from '../../src/setup/config.ts';
import { buildSite } from '../../src/site/build.ts';
import { SCHEMA_VERSION } from '../../src/store/schema.ts';
import { Harness, tempDir } from '../support/harness.ts';

/**
 * Stores made by the bot before agreements were records (schemaVersion 3), one with the
 * default terms and one with `caps` and `responseWindowDays` in its config. `expected.json`
 * holds what that bot showed for them: every figure must stay the same after upgrading.
 */
const FIXTURES = ['nocaps', 'caps'] as const;

interface Expected {
  readonly chat: Record<string, string[]>;
  readonly site: Record<string, string[]>;
}

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

/** The amounts (`€ 1.200,00`), percentages and day counts of a text, in order. */
function figuresOf(text: string): string[] {
  return [...text.matchAll(/€\s?[\d.]+,\d{2}|\d+%|\b\d+ dagen\b|\b\d{1,2}-\d{1,2}-\d{4}\b/g)].map((match) =>
    match[0].replace(/\s/g, ''),
  );
}

/** The figures of `wanted` that `shown` does not have in the same order (empty when all are there). */
function inOrder(wanted: readonly string[], shown: readonly string[]): string[] {
  let at = 0;
  const missing: string[] = [];
  for (const figure of wanted) {
    const found = shown.indexOf(figure, at);
    if (found < 0) missing.push(figure);
    else at = found + 1;
  }
  return missing;
}

async function copyFixture(name: string): Promise<string> {
  const dir = await tempDir();
  await cp(join('test/fixtures/store-v3', name), dir, { recursive: true });
  await rm(join(dir, 'expected.json'));
  return dir;
}

async function fixture(name: string) {
  const dir = await copyFixture(name);
  const raw = JSON.parse(await readFile(join(dir, 'config.json'), 'utf8'));
  const expected = JSON.parse(
    await readFile(join('test/fixtures/store-v3', name, 'expected.json'), 'utf8'),
  ) as Expected;
  return { dir, raw, expected };
}

describe.each(FIXTURES)('a store made before agreements were records (%s)', (name) => {
  it('upgrades to the first agreement with the terms it ran with', async () => {
    const { dir, raw } = await fixture(name);
    const config = parseConfig(raw, 'config.json');
    harness = await Harness.create({ dir, config, now: '2026-11-28T09:00:00Z' });
    const db = harness.store.db;
    expect(db.schemaVersion).toBe(SCHEMA_VERSION);
    expect(db.agreements).toHaveLength(1);
    const [first] = db.agreements;
    expect(first).toMatchObject({ id: 'AFS-2022-001', from: '2022-01-01', to: '2025-12-31' });
    expect(first!.versions[0]!.terms.caps).toEqual(config.caps);
    expect(first!.versions[0]!.terms.responseWindowDays).toBe(config.responseWindowDays);
    expect(first!.versions[0]!.recorded).toBe('upgrade');
    // Nothing else changed: the expenses and advice requests are as they were.
    const old = JSON.parse(await readFile(join('test/fixtures/store-v3', name, 'db.json'), 'utf8'));
    expect(db.expenses).toEqual(old.expenses);
    expect(db.adviceRequests).toEqual(old.adviceRequests);
  });

  it('shows every figure of every year as before, in chat and on the website', async () => {
    const { dir, raw, expected } = await fixture(name);
    const config = parseConfig({ ...raw, site: { dir: join(dir, 'site') } }, 'config.json');
    harness = await Harness.create({ dir, config, now: '2026-11-28T09:00:00Z' });
    for (const [command, lines] of Object.entries(expected.chat)) {
      const shown = await harness.command('voorzitter', command);
      // Every amount and percentage the bot showed before, in the same order (words may change).
      expect(inOrder(figuresOf(lines.join('\n')), figuresOf(shown)), command).toEqual([]);
    }
    await buildSite(harness.store.db, config, '2026-11-28');
    for (const [year, parts] of Object.entries(expected.site)) {
      const page = await readFile(join(dir, 'site', 'budget', `${year}.html`), 'utf8');
      // The chart's values and the table's cells, figure by figure, in the same order.
      const main = page.slice(page.indexOf('<main'), page.indexOf('</main>'));
      for (const part of parts)
        expect(inOrder(figuresOf(part), figuresOf(main)), `budget/${year}.html`).toEqual([]);
    }
  });

  it('says at start that the terms became those of the first agreement', async () => {
    const { dir } = await fixture(name);
    const notes: string[] = [];
    const logger: Logger = {
      info: (text) => notes.push(text),
      warn: (text) => notes.push(text),
      error: () => {},
    };
    const running = await start({ STADSPANEL_DATA_DIR: dir, STADSPANEL_NOW: '2026-11-28T10:00' }, { logger });
    await running.stop();
    const note = notes.find((text) => text.includes('AFS-2022-001'));
    expect(note).toBeDefined();
    expect(note).toContain(name === 'caps' ? '€ 2.000,00' : '€ 1.600,00');
    expect(note).toContain(name === 'caps' ? '56' : '42');
    // Said once: a second start finds the agreement recorded and says nothing more.
    notes.length = 0;
    const again = await start({ STADSPANEL_DATA_DIR: dir, STADSPANEL_NOW: '2026-11-28T10:00' }, { logger });
    await again.stop();
    expect(notes.filter((text) => text.includes('AFS-2022-001'))).toEqual([]);
  });
});

describe('a new store', () => {
  it('says at start which caps from config.json the first agreement got, in euros', async () => {
    const dir = await tempDir();
    const { writeConfig } = await import('../support/harness.ts');
    await writeConfig(dir, {
      members: [{ id: 'anna', name: 'Anna de Vries', roles: ['voorzitter'] }],
      caps: { bestanden: 2000 },
    });
    const notes: string[] = [];
    const logger: Logger = { info: (text) => notes.push(text), warn: () => {}, error: () => {} };
    const running = await start({ STADSPANEL_DATA_DIR: dir, STADSPANEL_NOW: '2026-11-28T10:00' }, { logger });
    expect(running.store.db.agreements[0]!.versions[0]!.terms.caps.bestanden).toBe(2000);
    await running.stop();
    const note = notes.find((text) => text.startsWith('Nieuwe opslag'));
    expect(note).toContain('bestanden € 20,00');
    expect(note).toContain('centen');
  });
});
