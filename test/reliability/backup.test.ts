import { spawn } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Store } from '../../src/store/store.ts';
import { BotProcess } from '../support/bot-process.ts';
import { tempDir } from '../support/harness.ts';

const bots: BotProcess[] = [];
afterEach(() => {
  for (const bot of bots.splice(0)) bot.kill();
});

function npmScript(
  script: string,
  file: string,
  dataDir: string,
): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [script, file], {
      env: { PATH: process.env.PATH ?? '', STADSPANEL_DATA_DIR: dataDir },
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('close', (code) => resolve({ code, output }));
  });
}

/** The decisions the bot said it recorded, by title, in the order it said so. */
function confirmed(output: string): string[] {
  return [...output.matchAll(/Besluit BES-2026-\d+ vastgelegd: (Stroom \d+)/g)].map((match) => match[1]!);
}

describe('npm run backup while the bot runs, and npm run restore', () => {
  it('restores every change confirmed before the backup began, and nothing half-written', async () => {
    const dir = await tempDir();
    const bot = new BotProcess({ STADSPANEL_DATA_DIR: dir, STADSPANEL_NOW: '2026-11-28T10:00' });
    bots.push(bot);
    let typed = 0;
    const stream = setInterval(() => bot.type(`/besluit Stroom ${++typed}`), 5);
    try {
      await bot.waitFor('vastgelegd: Stroom 20');
      const before = confirmed(bot.output);
      const file = join(await tempDir(), 'reservekopie.tar.gz');
      const backup = await npmScript('app/backup-cli.ts', file, dir);
      expect(backup.code, backup.output).toBe(0);
      expect(backup.output).toContain('van de bot die draait');
      await bot.waitFor(`vastgelegd: Stroom ${typed - 5}`);
      clearInterval(stream);

      const restored = join(await tempDir(), 'data');
      const restore = await npmScript('app/restore-cli.ts', file, restored);
      expect(restore.code, restore.output).toBe(0);
      const store = await Store.open(restored);
      const titles = store.db.decisions.map((decision) => decision.text);
      await store.close();
      // Every change confirmed before the backup began is there…
      expect(titles).toEqual(expect.arrayContaining(before));
      // …and the copy is one moment of the store: the first n changes, each whole, with its audit line.
      expect(titles).toEqual(Array.from({ length: titles.length }, (_, index) => `Stroom ${index + 1}`));
      const audit = (await readFile(join(restored, 'audit.jsonl'), 'utf8')).trim().split('\n');
      const decided = audit.filter((line) => line.includes('"action":"besluit"'));
      expect(decided).toHaveLength(titles.length);
      // A restore never overwrites a folder that holds something.
      const again = await npmScript('app/restore-cli.ts', file, restored);
      expect(again.code).toBe(1);
      expect(again.output).toContain('is niet leeg');
    } finally {
      clearInterval(stream);
    }
  }, 90_000);

  it('makes the archive itself when no bot runs, and refuses to overwrite a file', async () => {
    const dir = await tempDir();
    const bot = new BotProcess({ STADSPANEL_DATA_DIR: dir, STADSPANEL_NOW: '2026-11-28T10:00' });
    bots.push(bot);
    bot.type('/besluit Zonder bot');
    await bot.waitFor('vastgelegd: Zonder bot');
    bot.child.stdin!.end();
    expect(await bot.exited).toBe(0);
    const file = join(await tempDir(), 'kopie.tar.gz');
    const backup = await npmScript('app/backup-cli.ts', file, dir);
    expect(backup.code, backup.output).toBe(0);
    expect(backup.output).toMatch(/Reservekopie geschreven: .*kopie\.tar\.gz \(\d+ items\)/);
    const twice = await npmScript('app/backup-cli.ts', file, dir);
    expect(twice.code).toBe(1);
    expect(twice.output).toContain('bestaat al');
  }, 60_000);

  it('speaks English for a panel whose config.json asks for it, and restores in English', async () => {
    const dir = await tempDir();
    await writeFile(
      join(dir, 'config.json'),
      JSON.stringify({
        language: 'en',
        members: [{ id: 'anna', name: 'Anna', roles: ['panel', 'voorzitter'] }],
      }),
    );
    const file = join(await tempDir(), 'copy.tar.gz');
    const backup = await npmScript('app/backup-cli.ts', file, dir);
    expect(backup.code, backup.output).toBe(0);
    expect(backup.output).toMatch(/^Backup written: .*copy\.tar\.gz \(\d+ items\)/);
    const twice = await npmScript('app/backup-cli.ts', file, dir);
    expect(twice.output).toContain('exists already. Choose another name; I overwrite nothing.');
    const restored = join(await tempDir(), 'restored');
    const restore = await npmScript('app/restore-cli.ts', file, restored);
    expect(restore.code, restore.output).toBe(0);
    expect(restore.output).toContain(`Restored into ${restored}:`);
    const again = await npmScript('app/restore-cli.ts', file, restored);
    expect(again.output).toContain(`The data folder ${restored} is not empty.`);
    for (const run of [backup, twice, restore, again])
      expect(run.output).not.toMatch(/Reservekopie|bestaat|Teruggezet|niet leeg/);
  }, 60_000);
});
