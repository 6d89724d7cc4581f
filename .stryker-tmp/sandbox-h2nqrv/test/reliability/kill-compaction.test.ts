// @ts-nocheck
import { spawn } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/ops/log.ts';
import { Store } from '../../src/store/store.ts';
import { tempDir } from '../support/harness.ts';

const ROUNDS = 5;
/** About 1.5 KB a line: some 700 lines fill the journal up to the 1 MiB at which it is folded into db.json. */
const FILLER = 'over de inrichting van de openbare ruimte '.repeat(36);

/**
 * Runs the real bot on piped input and kills it with SIGKILL `delayMs` after it starts
 * writing db.json in full (a compaction: its temp file appears) once it has confirmed a change.
 */
function killDuringCompaction(dir: string, lines: readonly string[], delayMs: number): Promise<string> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['app/main.ts'], {
      env: { PATH: process.env.PATH ?? '', STADSPANEL_DATA_DIR: dir, STADSPANEL_NOW: '2026-11-28T10:00' },
      stdio: ['pipe', 'pipe', 'ignore'],
    });
    let output = '';
    let watching = true;
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
    });
    const watch = async () => {
      while (watching) {
        const names = output.includes('vastgelegd') ? await readdir(dir).catch(() => [] as string[]) : [];
        if (names.some((name) => name.startsWith('.db.json.') && name.endsWith('.tmp'))) {
          setTimeout(() => child.kill('SIGKILL'), delayMs);
          return;
        }
        await new Promise((wait) => setTimeout(wait, 1));
      }
    };
    void watch();
    child.on('close', () => {
      watching = false;
      resolve(output);
    });
    child.stdin.on('error', () => undefined);
    child.stdin.end(lines.map((line) => `${line}\n`).join(''));
  });
}

describe('durable acknowledgements under SIGKILL during a compaction', () => {
  it(`keeps every confirmed change under its own id, across ${ROUNDS} kills while db.json is written`, async () => {
    const dir = await tempDir();
    /** Confirmed text → the id the reply gave it. */
    const confirmed = new Map<string, string>();
    let killedMidRun = 0;
    for (let round = 0; round < ROUNDS; round++) {
      const lines = Array.from({ length: 900 }, (_, index) => `/besluit Besluit-${round}-${index} ${FILLER}`);
      const output = await killDuringCompaction(dir, lines, [0, 3, 10, 30, 80][round]!);
      if ((output.match(/vastgelegd/g) ?? []).length < lines.length) killedMidRun++;
      for (const match of output.matchAll(/Besluit (BES-\d{4}-\d+) vastgelegd: (Besluit-\d+-\d+) /g))
        confirmed.set(match[2]!, match[1]!);
      const store = await Store.open(dir, { logger: silentLogger });
      const kept = new Map(store.db.decisions.map((item) => [item.text.split(' ')[0]!, item.id]));
      const ids = store.db.decisions.map((item) => item.id);
      await store.close();
      // 0 lost: every confirmed change is there, under the id it was given; 0 ids twice.
      const lost = [...confirmed].filter(([text, id]) => kept.get(text) !== id);
      expect(lost).toEqual([]);
      expect(new Set(ids).size).toBe(ids.length);
    }
    expect(confirmed.size).toBeGreaterThan(100);
    expect(killedMidRun).toBeGreaterThan(0);
  }, 300_000);
});
