// @ts-nocheck
import { afterEach, describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.ts';
import { Harness, tempDir, testConfig, writeConfig } from '../support/harness.ts';
import { runShellProcess } from '../support/run-shell-process.ts';

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

describe('English names for every command and sub-command', () => {
  it('declares an English name for every command and named sub-command', () => {
    const missing = commands.flatMap((command) => [
      ...(command.en ? [] : [`/${command.name}`]),
      ...command.subcommands
        .filter((sub) => sub.name && !sub.en)
        .map((sub) => `/${command.name} ${sub.name}`),
    ]);
    // Add `en: '<English word>'` beside the `name` of each one listed here.
    expect(missing).toEqual([]);
  });

  it('answers to the English names in a Dutch panel, and help shows the Dutch ones', async () => {
    harness = await Harness.create();
    await harness.command('gemeente', '/advice new Bodycams voor handhavers theme:privacy');
    expect(harness.store.db.adviceRequests[0]).toMatchObject({
      title: 'Bodycams voor handhavers',
      themes: ['privacy'],
    });
    expect(await harness.command('voorzitter', '/advice step ADV-1 in-overweging')).toContain('ADV-2026-001');
    expect(harness.store.db.adviceRequests[0]!.step).toBe('in-overweging');
    const help = await harness.command('panellid', '/help expense');
    expect(help).toContain('/uitgave betaald <UIT>');
    expect(help).toContain('Ook: /expense');
    const privacy = await harness.command('panellid', '/help privacy');
    expect(privacy).not.toContain('Ook: /privacy');
  });

  it('speaks English names in an English panel: help, usage, suggestions', async () => {
    harness = await Harness.create({ config: testConfig({ language: 'en' }) });
    const overview = await harness.command('panellid', '/help');
    expect(overview).toContain('/advice — ');
    expect(overview).toContain('/expense — ');
    expect(overview).toContain('/report — ');
    expect(overview).not.toContain('/uitgave —');
    const help = await harness.command('panellid', '/help uitgave');
    expect(help).toContain('/expense paid <UIT>');
    expect(help).toContain('/expense receipt <UIT>');
    expect(help).toContain('Also: /uitgave, /uitgaven');
    expect(await harness.command('panellid', '/expens list')).toContain('Did you mean /expense?');
    expect(await harness.command('panellid', '/meeting lsit')).toContain("Did you mean 'list'?");
    expect(await harness.command('panellid', '/advice shwo')).toContain(
      'You can choose: new, list, show, step',
    );
    await harness.command('panellid', '/expense 45 kosten Train to Utrecht');
    expect(harness.store.db.expenses[0]).toMatchObject({ amount: 4500, category: 'kosten' });
    expect(await harness.command('gemeente', '/advice answer')).toContain(
      '/advice answer <ADV> <followed|partly|not>',
    );
  });
});

describe('an English panel in the shell', () => {
  it('takes the English commands and names them in help', async () => {
    const dir = await tempDir();
    await writeConfig(dir, {
      language: 'en',
      members: [{ id: 'dewi', name: 'Dewi Jansen', roles: ['gemeente'] }],
    });
    const run = await runShellProcess(
      ['/advice new Bodycams', '/advice list', '/help meeting', '/decision list'],
      { STADSPANEL_DATA_DIR: dir, STADSPANEL_NOW: '2026-11-28T10:00' },
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('📨 Advice request ADV-2026-001: Bodycams');
    expect(run.stdout).toContain('Advice requests (open): 1');
    expect(run.stdout).toContain('/meeting present');
    expect(run.stdout).toContain('Decisions');
  });

  it('writes the English option words and flags in English help, which it also accepts', async () => {
    harness = await Harness.create({ config: testConfig({ language: 'en' }) });
    for (const command of ['advice', 'meeting', 'expense', 'decision', 'note', 'development']) {
      const help = await harness.command('panellid', `/help ${command}`);
      expect(help, command).not.toMatch(
        /\b(thema|termijn|hoe|reden|tot|voor|bedrag|fase|ontwikkeling|versie):|\b(vertrouwelijk|geschiedenis|publiceer|wijzig|schrap)\b/,
      );
    }
    const actions = await harness.command('panellid', '/help actions');
    expect(actions).toContain('/actions [mine|all]');
    expect(await harness.command('panellid', '/actions everything')).toContain(
      'Choose open, mine or all: /actions mine.',
    );
    const meeting = await harness.command('panellid', '/help meeting');
    expect(meeting).toContain('[due:<date>]');
    expect(meeting).toContain('[confidential [until:<date>]]');
    expect(meeting).toContain('action <OVL> change <n> <text>');
    expect(meeting).toContain('[publish]');
    await harness.command('secretaris', '/meeting plan 20-11-2026 Evening');
    await harness.command('secretaris', '/meeting action OVL-1 anna Send the agenda due:"1 december"');
    await harness.command('secretaris', '/meeting action OVL-1 change 1 Send the agenda today');
    expect(harness.store.db.actionPoints[0]).toMatchObject({
      text: 'Send the agenda today',
      due: '2026-12-01',
    });
  });
});
