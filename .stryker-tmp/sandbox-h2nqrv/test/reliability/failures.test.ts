// @ts-nocheck
import { spawn } from 'node:child_process';
import { mkdir, rmdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Harness, tempDir } from '../support/harness.ts';
import { runShellProcess } from '../support/run-shell-process.ts';

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

describe('when the store cannot be written', () => {
  it('says so in Dutch, keeps memory equal to disk, keeps running and recovers', async () => {
    harness = await Harness.create();
    await harness.command('gemeente', '/advies nieuw Eerste');
    // Restarting writes the journal into db.json; a folder where the journal goes then
    // makes every write fail, as a full or read-only disk would.
    await harness.close();
    harness = await Harness.create({ dir: harness.dir });
    const blocker = join(harness.dir, 'db.journal.jsonl');
    await mkdir(blocker);
    const reply = await harness.command('gemeente', '/advies nieuw Tweede');
    expect(reply).toContain('Opslaan lukte niet, dus er is niets gewijzigd');
    expect(JSON.parse(await harness.diskText())).toEqual(JSON.parse(JSON.stringify(harness.store.db)));
    expect(harness.store.db.adviceRequests).toHaveLength(1);
    expect(harness.store.db.counters['ADV-2026']).toBe(1);
    await rmdir(blocker);
    expect(await harness.command('gemeente', '/advies nieuw Derde')).toContain('ADV-2026-002: Derde');
    expect(
      JSON.parse(await harness.diskText()).adviceRequests.map((request: { title: string }) => request.title),
    ).toEqual(['Eerste', 'Derde']);
  });
});

describe('one bot per data folder', () => {
  it('refuses a second bot process on the same folder with a clear message', async () => {
    const dir = await tempDir();
    const first = spawn(process.execPath, ['app/main.ts'], {
      env: { PATH: process.env.PATH ?? '', STADSPANEL_DATA_DIR: dir },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let output = '';
    first.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    first.stdin.write('/help\n');
    const until = Date.now() + 10_000;
    while (!output.includes('Wat ik kan') && Date.now() < until)
      await new Promise((resolve) => setTimeout(resolve, 25));
    const second = await runShellProcess(['/advies lijst'], { STADSPANEL_DATA_DIR: dir });
    expect(second.code).toBe(1);
    expect(second.stderr).toContain(`Er draait al een bot op de gegevensmap ${dir}`);
    first.stdin.end();
    const code = await new Promise<number | null>((resolve) => first.on('close', resolve));
    expect(code).toBe(0);
    const third = await runShellProcess(['/advies lijst'], { STADSPANEL_DATA_DIR: dir });
    expect(third.code).toBe(0);
  });
});
