// @ts-nocheck
import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEMO_MEMBERS } from '../../src/setup/config.ts';
import { Harness, tempDir, testConfig, writeConfig } from '../support/harness.ts';

/** `npm run site`, as a person runs it: a new process on a data folder. */
function runSite(dataDir: string): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['app/site.ts'], {
      env: { ...process.env, STADSPANEL_DATA_DIR: dataDir, STADSPANEL_NOW: '2026-11-28T10:00' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      err += chunk.toString();
    });
    child.on('close', (code) => resolve({ code, out, err }));
  });
}

describe('npm run site', () => {
  it('builds the site from the data folder into site.dir and says where', async () => {
    const data = await tempDir();
    const site = await tempDir();
    await writeConfig(data, { members: DEMO_MEMBERS, site: { dir: site, title: 'Stadspanel Proefstad' } });
    const harness = await Harness.create({ dir: data, config: testConfig({ site: { dir: site } }) });
    await harness.command('gemeente', '/advies nieuw "Slimme lantaarnpalen" thema:privacy');
    await harness.close();
    const result = await runSite(data);
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    expect(result.out).toContain(`De website staat in ${site}`);
    expect(await readFile(join(site, 'adviezen/ADV-2026-001.html'), 'utf8')).toContain(
      'Slimme lantaarnpalen',
    );
    expect(await readFile(join(site, 'index.html'), 'utf8')).toContain('<title>Stadspanel Proefstad</title>');
  }, 60_000);

  it('points to /website while the bot runs on the same data folder, and writes nothing', async () => {
    const data = await tempDir();
    const site = await tempDir();
    await writeConfig(data, { members: DEMO_MEMBERS, site: { dir: site } });
    const harness = await Harness.create({ dir: data, config: testConfig({ site: { dir: site } }) });
    const result = await runSite(data);
    await harness.close();
    expect(result.code).toBe(1);
    expect(result.err).toContain('Typ /website in de chat');
    await expect(readFile(join(site, 'index.html'))).rejects.toThrow();
  }, 60_000);
});
