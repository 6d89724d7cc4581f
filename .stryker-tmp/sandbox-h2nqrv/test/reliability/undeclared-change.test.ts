// @ts-nocheck
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { Store } from '../../src/store/store.ts';
import { tempDir } from '../support/harness.ts';

/** Runs the two-changes bot without store verification and kills it as soon as `/dubbel` replied. */
function runUntilReply(dir: string, lines: string[]): Promise<string> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['test/support/two-changes-bot.ts'], {
      env: { PATH: process.env.PATH ?? '', STADSPANEL_DATA_DIR: dir },
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
      if (output.includes('dubbel klaar')) child.kill('SIGKILL');
    });
    child.on('close', () => resolve(output));
    child.stdin.write(lines.map((line) => `${line}\n`).join(''));
  });
}

describe('what a change touched is found by the store', () => {
  it('keeps both changes of a command that alters two items but names one, after SIGKILL', async () => {
    const dir = await tempDir();
    const output = await runUntilReply(dir, ['@gemeente: /advies nieuw "Eerste"', '/dubbel ADV-2026-001']);
    expect(output).toContain('dubbel klaar: BES-2026-001');
    const store = await Store.open(dir);
    try {
      expect(store.db.decisions.map((decision) => decision.text)).toEqual(['Besluit door dubbel']);
      expect(store.db.adviceRequests[0]!.title).toBe('Gewijzigd door dubbel');
    } finally {
      await store.close();
    }
  });
});
