// @ts-nocheck
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { start } from '../../app/start.ts';
import { silentLogger } from '../../src/ops/log.ts';
import { Harness, tempDir, testConfig } from '../support/harness.ts';
import { RecordingAdapter } from '../support/recording-adapter.ts';

let harness: Harness;
afterEach(async () => {
  await harness.close();
});

async function auditLines(dir: string): Promise<Array<Record<string, unknown>>> {
  const text = await readFile(join(dir, 'audit.jsonl'), 'utf8');
  return text
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

const FATIMA = '/lid nieuw fatima "Fatima El Amrani" rol:panel slack:U07ABC';

describe('/lid: the roster kept in chat', () => {
  it('adds a member who can act at once, audited, and still there after a restart', async () => {
    const config = testConfig();
    harness = await Harness.create({ config });
    expect(await harness.command('fatima', '/uitgave 12,50 reis Trein')).toContain('niet in de ledenlijst');
    expect(await harness.command('secretaris', FATIMA)).toContain(
      'Fatima El Amrani (fatima) staat in de ledenlijst',
    );
    expect(await harness.command('fatima', '/uitgave 12,50 reis Trein')).toContain('UIT-2026-001');
    expect(harness.bot.config.members.find((member) => member.slack === 'U07ABC')?.id).toBe('fatima');
    const audit = await auditLines(harness.dir);
    expect(audit.find((entry) => entry.action === 'lid.nieuw')).toMatchObject({
      actor: 'secretaris',
      target: 'fatima',
    });
    // Nothing that names the person (beyond the id) goes into the audit trail.
    expect(JSON.stringify(audit)).not.toContain('Fatima El Amrani');
    const dir = harness.dir;
    await harness.close();
    harness = await Harness.create({ config, dir });
    expect(await harness.command('fatima', '/uitgave 3 reis Bus')).toContain('UIT-2026-002');
  });

  it('changes roles, declaration date and website naming, and removes a member', async () => {
    harness = await Harness.create();
    await harness.command('voorzitter', FATIMA);
    expect(await harness.command('fatima', '/lid nieuw sam "Sam" rol:panel')).toContain('Dit mag alleen');
    expect(await harness.command('voorzitter', '/lid rol fatima panel, secretaris')).toContain(
      'Fatima El Amrani heeft nu de rol panellid en secretaris',
    );
    expect(await harness.command('fatima', '/lid nieuw sam "Sam de Boer" rol:panel')).toContain(
      'staat in de ledenlijst',
    );
    expect(await harness.command('voorzitter', '/lid geheimhouding fatima 2026-11-20')).toContain(
      'tekende de geheimhoudingsverklaring op 20-11-2026',
    );
    expect(harness.bot.config.members.find((m) => m.id === 'fatima')?.geheimhouding).toBe('2026-11-20');
    await harness.command('voorzitter', '/lid openbaar fatima ja');
    expect(harness.bot.config.members.find((m) => m.id === 'fatima')?.openbaar).toBe(true);
    expect(await harness.command('voorzitter', '/lid weg fatima')).toContain(
      'staat niet meer in de ledenlijst',
    );
    expect(await harness.command('fatima', '/uitgave 12,50 reis Trein')).toContain('niet in de ledenlijst');
  });

  it('removes a member of config.json, and keeps them removed after a restart', async () => {
    const config = testConfig();
    harness = await Harness.create({ config });
    await harness.command('voorzitter', '/lid weg panellid');
    expect(await harness.command('panellid', '/uitgave 1 reis Bus')).toContain('niet in de ledenlijst');
    const dir = harness.dir;
    await harness.close();
    harness = await Harness.create({ config, dir });
    expect(await harness.command('panellid', '/uitgave 1 reis Bus')).toContain('niet in de ledenlijst');
    expect(await harness.command('voorzitter', '/lid nieuw panellid "Chris Bakker" rol:panel')).toContain(
      'staat in de ledenlijst',
    );
    expect(await harness.command('panellid', '/uitgave 1 reis Bus')).toContain('UIT-2026-001');
  });

  it('refuses wrong input with a sentence that says how, and changes nothing', async () => {
    harness = await Harness.create();
    const before = JSON.stringify(harness.store.db.roster);
    const refusals: Array<[string, string]> = [
      ['/lid nieuw fatima "Fatima" rol:panl', 'Bedoel je panel?'],
      ['/lid nieuw fatima "Fatima"', 'Geef de rollen met rol:'],
      ['/lid nieuw Fatima! "Fatima" rol:panel', 'kan geen id zijn'],
      ['/lid nieuw panellid "Chris" rol:panel', 'Er is al een lid met id panellid'],
      ['/lid nieuw fatima "Fatima" rol:panel slack:fatima', 'geen Slack-gebruikers-id'],
      ['/lid nieuw fatima "Fatima" rol:panel matrix:fatima', 'geen Matrix-id'],
      ['/lid geheimhouding panellid morgen', 'in de toekomst'],
      ['/lid geheimhouding panellid ooit', 'geen datum'],
      ['/lid rol niemand panel', "'niemand' ken ik niet als lid"],
      ['/lid openbaar panellid misschien', 'Schrijf ja of nee'],
      ['/lid weg voorzitter', ''],
    ];
    for (const [command, answer] of refusals.slice(0, -1)) {
      expect(await harness.command('voorzitter', command), command).toContain(answer);
    }
    expect(JSON.stringify(harness.store.db.roster)).toBe(before);
    await harness.command('voorzitter', '/lid account panellid slack:U045EF6GH');
    expect(await harness.command('voorzitter', '/lid nieuw fatima "F" rol:panel slack:U045EF6GH')).toContain(
      'U045EF6GH hoort al bij panellid',
    );
    // The last chair and secretary cannot take themselves off: nobody could keep the roster.
    await harness.command('voorzitter', '/lid weg secretaris');
    expect(await harness.command('voorzitter', '/lid weg voorzitter')).toContain(
      'niemand de ledenlijst nog bijhouden',
    );
    expect(
      await harness.command('voorzitter', '/lid nieuw x "X" rol:panel', { channel: 'openbaar' }),
    ).toContain('openbaar kanaal');
  });

  it('lists members with roles and declaration date, and their accounts never in a public channel', async () => {
    harness = await Harness.create();
    await harness.command('voorzitter', `${FATIMA} matrix:@fatima:example.org geheimhouding:2026-11-02`);
    const here = await harness.command('panellid', '/lid');
    expect(here).toContain(
      'Fatima El Amrani (fatima): panellid; geheimhouding getekend op 2-11-2026; Slack U07ABC',
    );
    const open = await harness.command('panellid', '/lid', { channel: 'openbaar' });
    expect(open).toContain('Fatima El Amrani (fatima): panellid; geheimhouding getekend op 2-11-2026');
    expect(open).not.toMatch(/U07ABC|@fatima:example\.org/);
  });

  it('works in English as /member', async () => {
    harness = await Harness.create({ config: testConfig({ language: 'en' }) });
    expect(
      await harness.command(
        'voorzitter',
        '/member new fatima "Fatima El Amrani" role:panel declaration:2026-11-02 public',
      ),
    ).toContain('Fatima El Amrani (fatima) is on the roster');
    expect(harness.bot.config.members.find((m) => m.id === 'fatima')).toMatchObject({
      geheimhouding: '2026-11-02',
      openbaar: true,
    });
    expect(await harness.command('voorzitter', '/member remove fatima')).toContain('no longer on the roster');
  });

  it('/privacy inzage and vergeet cover a member added in chat', async () => {
    harness = await Harness.create();
    await harness.command('voorzitter', FATIMA);
    await harness.command('fatima', '/uitgave 12,50 reis Trein');
    const seen = await harness.command('voorzitter', '/privacy inzage fatima');
    expect(seen).toContain('In de ledenlijst: Fatima El Amrani');
    expect(seen).toContain('Slack U07ABC');
    expect(seen).toContain('Ledenlijst (bijgehouden in de chat): toegevoegd of gewijzigd met /lid');
    expect(await harness.command('voorzitter', '/privacy vergeet fatima')).toContain('nog in de ledenlijst');
    await harness.command('voorzitter', '/lid weg fatima');
    expect(await harness.command('voorzitter', '/privacy vergeet fatima')).toContain('oud-lid-1');
    const disk = await harness.diskText();
    expect(disk).not.toContain('Fatima El Amrani');
    expect(disk).not.toContain('U07ABC');
    expect(disk).not.toMatch(/"fatima"/);
  });

  it('/privacy vergeet refuses a member still in config.json, even when removed in chat', async () => {
    harness = await Harness.create();
    await harness.command('voorzitter', '/lid weg panellid');
    expect(await harness.command('voorzitter', '/privacy vergeet panellid')).toContain('config.json');
  });

  it('the running bot (and npm run site, which starts the same way) sees the roster kept in chat', async () => {
    harness = await Harness.create();
    const env = { STADSPANEL_DATA_DIR: await tempDir(), STADSPANEL_NOW: '2026-11-28T10:00' };
    let running = await start(env, { logger: silentLogger });
    running.bot.attach(new RecordingAdapter('shell'));
    await running.bot.receive({
      kind: 'command',
      eventId: 'lid-1',
      actor: { platform: 'shell', userId: 'voorzitter' },
      channel: 'panel',
      text: '/lid nieuw fatima "Fatima El Amrani" rol:panel openbaar',
    });
    expect(running.config.members.find((member) => member.id === 'fatima')?.openbaar).toBe(true);
    await running.stop();
    running = await start(env, { logger: silentLogger });
    expect(running.config.members.find((member) => member.id === 'fatima')?.openbaar).toBe(true);
    await running.stop();
  });
});
