// @ts-nocheck
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { ShellAdapter } from '../../adapters/shell/shell-adapter.ts';
import { Harness } from '../support/harness.ts';

let harness: Harness;
afterEach(async () => {
  await harness.close();
});

describe('the yearly report in the terminal', () => {
  it('writes the Markdown to the data folder and prints the path', async () => {
    harness = await Harness.create({ now: '2026-11-28T09:00:00Z' });
    const output = new PassThrough();
    let printed = '';
    output.on('data', (chunk: Buffer) => {
      printed += chunk.toString('utf8');
    });
    await harness.command('gemeente', '/advies nieuw "Bodycams voor handhavers"');
    harness.bot.attach(new ShellAdapter(output, harness.dir));
    await harness.receive({
      kind: 'command',
      eventId: 'report-file-1',
      actor: { platform: 'shell', userId: 'panellid' },
      channel: 'panel',
      text: '/jaarverslag 2026 markdown',
    });
    const path = join(harness.dir, 'jaarverslag-2026-intern.md');
    expect(printed).toContain(path);
    const text = await readFile(path, 'utf8');
    expect(text).toContain('# Jaarverslag 2026 – Stadspanel Data (interne versie)');
    expect(text).toContain('| ADV-2026-001 Bodycams voor handhavers |');
    expect(printed).not.toContain('| Onderwerp | Cijfer |');
  });
});
