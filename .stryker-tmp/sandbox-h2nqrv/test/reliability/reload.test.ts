// @ts-nocheck
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_MEMBERS } from '../../src/setup/config.ts';
import { BotProcess } from '../support/bot-process.ts';
import { tempDir, writeConfig } from '../support/harness.ts';

const bots: BotProcess[] = [];
afterEach(() => {
  for (const bot of bots.splice(0)) bot.kill();
});

const SAM = { id: 'sam', name: 'Sam de Boer', roles: ['panel'] };

describe('SIGHUP reads config.json again', () => {
  it('takes a right one in use at once, and refuses a broken one as a whole, keeping the running roster', async () => {
    const dir = await tempDir();
    await writeConfig(dir, { members: DEMO_MEMBERS });
    const bot = new BotProcess({ STADSPANEL_DATA_DIR: dir, STADSPANEL_NOW: '2026-11-28T10:00' });
    bots.push(bot);
    bot.type('@sam: /uitgave 1 reis Bus');
    await bot.waitFor('niet in de ledenlijst');
    // A member added in chat stays through every reload.
    bot.type('@voorzitter: /lid nieuw fatima "Fatima El Amrani" rol:panel');
    await bot.waitFor('Fatima El Amrani (fatima) staat in de ledenlijst');

    await writeConfig(dir, { members: [...DEMO_MEMBERS, SAM] });
    bot.child.kill('SIGHUP');
    await bot.waitFor('opnieuw gelezen: 8 leden');
    bot.type('@sam: /uitgave 1 reis Bus');
    await bot.waitFor('UIT-2026-001');

    // Wrong as a whole: an unknown role. The sentence is the one the bot gives at start.
    await writeConfig(dir, { members: [...DEMO_MEMBERS, { ...SAM, roles: ['panl'] }] });
    bot.child.kill('SIGHUP');
    await bot.waitFor('config.json is niet opnieuw geladen. Het configuratiebestand');
    expect(bot.output).toContain("bedoel je 'panel'?");
    bot.type('@sam: /uitgave 2 reis Trein');
    bot.type('@fatima: /uitgave 3 reis Tram');
    await bot.waitFor('UIT-2026-003');
    expect(bot.output).toContain('UIT-2026-002');

    // Not JSON at all.
    await writeFile(join(dir, 'config.json'), '{ "members": [');
    bot.child.kill('SIGHUP');
    await bot.waitFor('is geen geldige JSON');
    bot.type('@sam: /uitgave 4 reis Fiets');
    await bot.waitFor('UIT-2026-004');
    expect(bot.running).toBe(true);
  }, 60_000);
});
