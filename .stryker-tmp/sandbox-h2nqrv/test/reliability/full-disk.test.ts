// @ts-nocheck
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { Store } from '../../src/store/store.ts';
import { tempDir } from '../support/harness.ts';

/**
 * Runs a burst of commands in a real process whose files may not grow past `kilobytes`
 * (`ulimit -f`: the kernel writes what fits, then refuses with EFBIG, as a full disk
 * does with ENOSPC), and returns what the bot answered before it was killed.
 */
function burstOnFullDisk(dir: string, kilobytes: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      'bash',
      ['-c', `ulimit -f ${kilobytes} && exec "$@"`, 'bash', process.execPath, 'test/support/burst-bot.ts'],
      {
        env: { PATH: process.env.PATH ?? '', STADSPANEL_DATA_DIR: dir },
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
    });
    child.on('close', () => {
      try {
        resolve(JSON.parse(output) as string[]);
      } catch {
        reject(new Error(`The burst bot said: ${output}`));
      }
    });
  });
}

describe('a disk that fills up in the middle of a write', () => {
  it('refuses every change it could not save, and none of them is there after a crash and restart', async () => {
    const dir = await tempDir();
    const [list, ...answers] = (await burstOnFullDisk(dir, 8)).reverse();
    const refused = answers.filter((text) => text.includes('Opslaan lukte niet, dus er is niets gewijzigd'));
    const confirmed = answers.flatMap((text) => /Besluit (BES-\d+-\d+) vastgelegd/.exec(text)?.[1] ?? []);
    expect(refused.length + confirmed.length).toBe(40);
    // In memory too, the refused changes were undone: the list shows only what was confirmed.
    expect(list!.match(/Besluit-\d+/g) ?? []).toHaveLength(confirmed.length);
    const store = await Store.open(dir);
    try {
      // Exactly what was confirmed is kept: nothing refused comes back.
      expect(store.db.decisions.map((decision) => decision.id).sort()).toEqual(confirmed.sort());
    } finally {
      await store.close();
    }
    // The burst did not fit: some (or all) of it was refused with the Dutch sentence.
    expect(refused.length).toBeGreaterThan(0);
  }, 30_000);
});
