// @ts-nocheck
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { StartupError } from '../../src/core/errors.ts';
import type { Logger } from '../../src/ops/log.ts';
import { emptyDb } from '../../src/store/schema.ts';
import { Store } from '../../src/store/store.ts';
import { tempDir } from '../support/harness.ts';
import { runShellProcess } from '../support/run-shell-process.ts';
import { openUntilCrash } from '../support/stores.ts';

const request = (number: number, title: string) => ({
  id: `ADV-2026-00${number}`,
  title,
  themes: [],
  confidentiality: 'openbaar' as const,
  step: 'ontvangen' as const,
  openedBy: 'gemeente',
  openedAt: '2026-11-28T09:00:00.000Z',
  history: [],
  answerRefusals: 0,
  reminders: {},
});

function capture(): Logger & { lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    info: (text) => lines.push(text),
    warn: (text) => lines.push(text),
    error: (text) => lines.push(text),
  };
}

/** A folder whose journal holds three confirmed changes (the store was never closed: a crash). */
async function crashedWithThreeLines(): Promise<{ dir: string; journal: string }> {
  const dir = await tempDir();
  const { store, crash } = await openUntilCrash(dir);
  for (const [number, title] of [
    [1, 'Eerste'],
    [2, 'Tweede'],
    [3, 'Derde'],
  ] as const) {
    await store.transact(
      (db) => db.adviceRequests.push(request(number, title)),
      () => [
        {
          at: '2026-11-28T09:00:00.000Z',
          actor: 'gemeente',
          action: 'advies.nieuw',
          target: `ADV-2026-00${number}`,
        },
      ],
    );
  }
  await store.idle();
  // The crashed bot is gone, and the kernel has let go of its lock.
  crash();
  return { dir, journal: join(dir, 'db.journal.jsonl') };
}

/** Every file of a folder with its bytes and time, to show that nothing was touched. */
async function folderState(dir: string): Promise<string[]> {
  const names = (await readdir(dir)).filter((name) => !name.startsWith('db.lock')).sort();
  return Promise.all(
    names.map(async (name) => {
      const path = join(dir, name);
      return `${name} ${(await stat(path)).mtimeMs} ${await readFile(path, 'utf8')}`;
    }),
  );
}

describe('a torn last line', () => {
  it('is cut off at start, said in one log line, so the next confirmed change survives the next crash', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'db.json'), JSON.stringify(emptyDb()));
    await writeFile(join(dir, 'db.journal.jsonl'), '{"counters":{"ADV-2026":2},"sched');
    const logger = capture();
    const { store, crash } = await openUntilCrash(dir, { logger });
    expect(logger.lines).toHaveLength(1);
    expect(logger.lines[0]).toMatch(/half geschreven regel \(regel 1.*afgeknipt/);
    await store.transact(
      (db) => db.adviceRequests.push(request(1, 'Bevestigd')),
      () => [],
    );
    // A second crash: the store is not closed.
    crash();
    const again = await Store.open(dir, { logger: capture() });
    expect(again.db.adviceRequests.map((entry) => entry.title)).toEqual(['Bevestigd']);
    await again.close();
    await store.close();
  });
});

describe('damage in the middle of the journal', () => {
  it('stops the start, naming the file, the line and the recovery, and touches no file', async () => {
    const { dir, journal } = await crashedWithThreeLines();
    const lines = (await readFile(journal, 'utf8')).split('\n');
    lines[1] = '{"counters":{"AD';
    await writeFile(journal, lines.join('\n'));
    const before = await folderState(dir);
    const error = await Store.open(dir).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(StartupError);
    expect((error as Error).message).toContain(journal);
    expect((error as Error).message).toContain('regel 2');
    expect((error as Error).message).toContain('npm start -- --herstel');
    expect(await folderState(dir)).toEqual(before);
  });

  it('finds a flipped byte inside a string by the checksum, though the line still parses', async () => {
    const { dir, journal } = await crashedWithThreeLines();
    const text = await readFile(journal, 'utf8');
    await writeFile(journal, text.replace('"Tweede"', '"Twwede"'));
    const before = await folderState(dir);
    await expect(Store.open(dir)).rejects.toThrow(/regel 2: de controlesom klopt niet/);
    expect(await folderState(dir)).toEqual(before);
  });

  it('with --herstel: moves the journal aside, keeps the good lines and names the lost change from the audit', async () => {
    const { dir, journal } = await crashedWithThreeLines();
    const damaged = (await readFile(journal, 'utf8')).replace('"Tweede"', '"Twwede"');
    await writeFile(journal, damaged);
    const logger = capture();
    const store = await Store.open(dir, { recover: true, logger });
    try {
      expect(store.db.adviceRequests.map((entry) => entry.title)).toEqual(['Eerste', 'Derde']);
      const aside = (await readdir(dir)).filter((name) => name.startsWith('db.journal.jsonl.beschadigd-'));
      expect(aside).toHaveLength(1);
      expect(await readFile(join(dir, aside[0]!), 'utf8')).toBe(damaged);
      const said = logger.lines.join('\n');
      expect(said).toContain(aside[0]);
      expect(said).toMatch(/verloren/);
      expect(said).toContain('advies.nieuw · ADV-2026-002');
      expect(said).not.toContain('ADV-2026-001');
    } finally {
      await store.close();
    }
    const again = await Store.open(dir);
    expect(again.db.adviceRequests).toHaveLength(2);
    await again.close();
  });
});

describe('npm start -- --herstel', () => {
  it('starts the bot despite the damage and prints what was lost', async () => {
    const { dir, journal } = await crashedWithThreeLines();
    await writeFile(journal, (await readFile(journal, 'utf8')).replace('"Tweede"', '"Twwede"'));
    const refused = await runShellProcess(['/advies lijst'], { STADSPANEL_DATA_DIR: dir });
    expect(refused.code).not.toBe(0);
    const run = await runShellProcess(['/advies lijst'], { STADSPANEL_DATA_DIR: dir }, ['--herstel']);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('advies.nieuw · ADV-2026-002');
    expect(run.stdout).toContain('Eerste');
    expect(run.stdout).toContain('Derde');
  });
});

describe('a journal line that is no change', () => {
  for (const line of ['null', '42', '{}']) {
    it(`(${line}) stops the start with a Dutch sentence, no stack trace`, async () => {
      const dir = await tempDir();
      await writeFile(join(dir, 'db.json'), JSON.stringify(emptyDb()));
      await writeFile(join(dir, 'db.journal.jsonl'), `${line}\n`);
      const run = await runShellProcess(['/help'], { STADSPANEL_DATA_DIR: dir });
      expect(run.code).not.toBe(0);
      expect(run.stderr).toContain('is beschadigd op regel 1: er staat geen wijziging in');
      expect(run.stderr).toContain('--herstel');
      expect(run.stderr).not.toMatch(/\n\s+at /);
      expect(await readFile(join(dir, 'db.journal.jsonl'), 'utf8')).toBe(`${line}\n`);
    });
  }
});
