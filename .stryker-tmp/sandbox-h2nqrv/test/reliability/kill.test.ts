// @ts-nocheck
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { Store } from '../../src/store/store.ts';
import { tempDir } from '../support/harness.ts';

const KILLS = 22;

/** Runs the real bot on piped input and kills it with SIGKILL after `afterMs` of output. */
function runAndKill(dir: string, lines: string[], afterMs: number): Promise<string> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['app/main.ts'], {
      env: { PATH: process.env.PATH ?? '', STADSPANEL_DATA_DIR: dir, STADSPANEL_NOW: '2026-11-28T10:00' },
      stdio: ['pipe', 'pipe', 'ignore'],
    });
    let output = '';
    let timer: NodeJS.Timeout | undefined;
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
      timer ??= setTimeout(() => child.kill('SIGKILL'), afterMs);
    });
    child.on('close', () => {
      clearTimeout(timer);
      resolve(output);
    });
    child.stdin.on('error', () => undefined);
    child.stdin.write(lines.map((line) => `${line}\n`).join(''));
  });
}

describe('durable acknowledgements under SIGKILL', () => {
  it(`keeps every change whose reply was printed, across ${KILLS} kills at random points`, async () => {
    const dir = await tempDir();
    const confirmed = new Set<string>();
    let seed = 7;
    const random = () => {
      seed = (seed * 48271) % 2147483647;
      return seed / 2147483647;
    };
    for (let run = 0; run < KILLS; run++) {
      const lines = Array.from({ length: 400 }, (_, index) =>
        index % 3 === 0
          ? `@gemeente: /advies nieuw "Verzoek-${run}-${index}"`
          : `/besluit Besluit-${run}-${index}`,
      );
      const output = await runAndKill(dir, lines, 20 + Math.floor(random() * 400));
      for (const match of output.matchAll(/vastgelegd: (Besluit-\d+-\d+)/g)) confirmed.add(match[1]!);
      for (const match of output.matchAll(/Adviesverzoek ADV-\d{4}-\d+: (Verzoek-\d+-\d+)/g))
        confirmed.add(match[1]!);
      // The file always loads and validates (a stale lock from the killed bot is taken over).
      const store = await Store.open(dir);
      const kept = new Set([
        ...store.db.decisions.map((d) => d.text),
        ...store.db.adviceRequests.map((r) => r.title),
      ]);
      await store.close();
      for (const text of confirmed) expect(kept.has(text), `${text} was confirmed but lost`).toBe(true);
      const ids = [...store.db.decisions.map((d) => d.id), ...store.db.adviceRequests.map((r) => r.id)];
      expect(new Set(ids).size).toBe(ids.length);
    }
    expect(confirmed.size).toBeGreaterThan(KILLS);
  }, 240_000);
});
