// @ts-nocheck
import { afterEach, describe, expect, it } from 'vitest';
import { Harness, tempDir, testConfig } from '../support/harness.ts';
import { runShellProcess } from '../support/run-shell-process.ts';

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

async function issuedAdvice(h: Harness): Promise<void> {
  await h.command('gemeente', '/advies nieuw Druktemeter');
  await h.command('voorzitter', '/advies stap ADV-1 in-overweging');
  await h.command('voorzitter', '/advies stap ADV-1 in-gesprek');
  await h.command('voorzitter', '/advies uitbrengen ADV-1 Alleen tellingen');
}

describe('suggestions for every fixed word', () => {
  it('suggests the answer kind, and a typo does not count as an incomplete answer', async () => {
    harness = await Harness.create();
    await issuedAdvice(harness);
    const reply = await harness.command(
      'gemeente',
      '/advies reactie ADV-1 opgevold hoe:"via de website" termijn:1-3-2027',
    );
    expect(reply).toContain("Bedoel je 'opgevolgd'?");
    expect(harness.store.db.adviceRequests[0]).toMatchObject({
      step: 'advies-uitgebracht',
      answerRefusals: 0,
    });
    await harness.command(
      'gemeente',
      '/advies reactie ADV-1 opgevolgd hoe:"via de website" termijn:1-3-2027',
    );
    expect(harness.store.db.adviceRequests[0]).toMatchObject({
      step: 'reactie-ontvangen',
      answerRefusals: 0,
    });
  });

  it('still counts an answer that misses a part', async () => {
    harness = await Harness.create();
    await issuedAdvice(harness);
    await harness.command('gemeente', '/advies reactie ADV-1 opgevolgd hoe:"via de website"');
    expect(harness.store.db.adviceRequests[0]!.answerRefusals).toBe(1);
  });

  it('suggests steps, filters, categories, themes and phases', async () => {
    harness = await Harness.create();
    await harness.command('gemeente', '/advies nieuw Druktemeter');
    expect(await harness.command('voorzitter', '/advies stap ADV-1 in-overwegin')).toContain(
      "Bedoel je 'in-overweging'?",
    );
    expect(await harness.command('panellid', '/advies lijst ale')).toContain("Bedoel je 'alle'?");
    expect(await harness.command('panellid', '/uitgave 45 kostn Trein')).toContain("Bedoel je 'kosten'?");
    expect(await harness.command('gemeente', '/advies nieuw Camera thema:privasy')).toContain(
      "Bedoel je 'privacy'?",
    );
    expect(await harness.command('gemeente', '/ontwikkeling nieuw Camera fase:verkening')).toContain(
      "Bedoel je 'verkenning'?",
    );
    expect(harness.store.db.adviceRequests).toHaveLength(1);
    expect(harness.store.db.expenses).toHaveLength(0);
  });

  it('reads and suggests the English words in an English panel', async () => {
    harness = await Harness.create({ config: testConfig({ language: 'en' }) });
    await harness.command('gemeente', '/advice new Crowd meter theme:ethics,data-security');
    expect(harness.store.db.adviceRequests[0]!.themes).toEqual(['ethiek', 'dataveiligheid']);
    expect(await harness.command('panellid', '/advice list all')).toContain('Advice requests (all): 1');
    expect(await harness.command('voorzitter', '/advice step ADV-1 considerng')).toContain(
      "Did you mean 'considering'?",
    );
    await harness.command('voorzitter', '/advice step ADV-1 considering');
    expect(harness.store.db.adviceRequests[0]!.step).toBe('in-overweging');
    expect(await harness.command('gemeente', '/development new Cameras phase:exploraton')).toContain(
      "Did you mean 'exploration'?",
    );
  });
});

describe('fixed words in the shell', () => {
  it('suggests the answer kind without counting the typo', async () => {
    const run = await runShellProcess(
      [
        '@gemeente: /advies nieuw Druktemeter',
        ':als voorzitter',
        '/advies stap ADV-1 in-overweging',
        '/advies stap ADV-1 in-gesprek',
        '/advies uitbrengen ADV-1 Alleen tellingen',
        '@gemeente: /advies reactie ADV-1 opgevold hoe:"via de website" termijn:1 maart',
        '/jaarverslag',
      ],
      { STADSPANEL_DATA_DIR: await tempDir(), STADSPANEL_NOW: '2026-11-28T10:00' },
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("'opgevold' ken ik niet als reactie. Bedoel je 'opgevolgd'?");
  });
});
