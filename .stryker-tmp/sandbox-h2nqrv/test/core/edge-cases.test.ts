// @ts-nocheck
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_MEMBERS, loadConfig } from '../../src/setup/config.ts';
import { Harness, tempDir, testConfig, writeConfig } from '../support/harness.ts';

let harness: Harness;
afterEach(async () => {
  await harness.close();
});

describe('confidential until a date', () => {
  it('refuses a date that has passed, which would make the item public at once', async () => {
    harness = await Harness.create({ now: '2026-11-28T10:00:00Z' });
    expect(await harness.command('gemeente', '/advies nieuw Geheim vertrouwelijk tot:1-3-2026')).toContain(
      'is al voorbij',
    );
    expect(harness.store.db.adviceRequests).toHaveLength(0);
    await harness.command('gemeente', '/advies nieuw Geheim vertrouwelijk tot:1-3-2027');
    expect(harness.store.db.adviceRequests[0]).toMatchObject({
      confidentiality: 'vertrouwelijk',
      confidentialUntil: '2027-03-01',
    });
  });
});

describe('the public channel', () => {
  it('does not name a confidential meeting in the quarter check, nor a confidential development in toon', async () => {
    harness = await Harness.create({ now: '2026-11-28T10:00:00Z' });
    await harness.command('secretaris', '/overleg plan 20-12-2026 gemeente Geheim overleg vertrouwelijk');
    const list = await harness.command('panellid', '/overleg lijst', { channel: 'openbaar' });
    expect(list).not.toContain('OVL-2026-001');
    expect(list).toContain('nog geen overleg met gemeente en PIT');
    await harness.command(
      'gemeente',
      '/ontwikkeling nieuw "Geheime ontwikkeling" fase:verkenning vertrouwelijk',
    );
    await harness.command('gemeente', '/advies nieuw "Openbaar verzoek" ontwikkeling:ONT-1');
    expect(await harness.command('panellid', '/advies toon ADV-1', { channel: 'openbaar' })).not.toContain(
      'ONT-2026-001',
    );
    expect(await harness.command('panellid', '/advies toon ADV-1')).toContain('Ontwikkeling: ONT-2026-001');
    await harness.command('gemeente', '/ontwikkeling nieuw "Openbare ontwikkeling" fase:verkenning');
    await harness.command('gemeente', '/advies nieuw "Geheim verzoek" ontwikkeling:ONT-2 vertrouwelijk');
    expect(await harness.command('panellid', '/ontwikkeling lijst', { channel: 'openbaar' })).toContain(
      '(0 🔗)',
    );
  });

  it('refuses privacy commands there with a reason about personal data', async () => {
    harness = await Harness.create();
    expect(await harness.command('panellid', '/privacy inzage panellid', { channel: 'openbaar' })).toContain(
      'persoonsgegevens',
    );
  });
});

describe('meetings', () => {
  it('are numbered by the current year, like every item, so the short id finds them', async () => {
    harness = await Harness.create({ now: '2026-12-15T10:00:00Z' });
    await harness.command('secretaris', '/overleg plan 12-1-2027 gemeente');
    expect(harness.store.db.meetings[0]!.id).toBe('OVL-2026-001');
    expect(await harness.command('panellid', '/overleg toon OVL-1')).toContain('OVL-2026-001');
  });

  it('get no attendance or report before the day', async () => {
    harness = await Harness.create({ now: '2026-11-10T10:00:00Z' });
    await harness.command('secretaris', '/overleg plan 20-11-2026 gemeente');
    expect(await harness.command('secretaris', '/overleg aanwezig OVL-1 pit gemeente')).toContain(
      'op of na die dag',
    );
    expect(await harness.command('secretaris', '/overleg samenvatting OVL-1')).toContain('op of na die dag');
    expect(harness.store.db.meetings[0]!.attendees).toEqual([]);
  });
});

describe('advice requests', () => {
  it('refuse a deadline in the past, and say when a step was already taken', async () => {
    harness = await Harness.create({ now: '2026-11-28T10:00:00Z' });
    await harness.command('gemeente', '/advies nieuw Druktemeter');
    for (const step of ['in-overweging', 'in-gesprek'])
      await harness.command('voorzitter', `/advies stap ADV-1 ${step}`);
    await harness.command('voorzitter', '/advies uitbrengen ADV-1 Advies');
    expect(await harness.command('voorzitter', '/advies uitbrengen ADV-1 Nog eens')).toContain(
      "staat al op 'advies uitgebracht'",
    );
    expect(
      await harness.command('gemeente', '/advies reactie ADV-1 opgevolgd hoe:x termijn:1-3-2020'),
    ).toContain('ligt in het verleden');
    expect(harness.store.db.adviceRequests[0]!.answer).toBeUndefined();
  });
});

describe('English', () => {
  it('names a missing step in English', async () => {
    harness = await Harness.create({ config: testConfig({ language: 'en' }) });
    await harness.command('gemeente', '/advies nieuw Druktemeter');
    expect(await harness.command('voorzitter', '/advies stap ADV-1')).toContain(
      'the step (considering or in-talks)',
    );
    expect(await harness.command('panellid', '/uitgave lijst vorig')).toContain('Write a year like 2026');
  });

  it('explains config errors in English when the config asks for English', async () => {
    harness = await Harness.create();
    const dir = await tempDir();
    await writeConfig(dir, { language: 'en', members: [{ id: 'anna', name: 'Anna', roles: ['chair'] }] });
    const error = await loadConfig(dir).catch((caught: unknown) => caught as Error);
    expect(String(error)).toContain('The configuration file');
    expect(String(error)).toContain("at member 1 (anna): 'roles.0'");
  });
});

describe('forgetting a former member', () => {
  it('also replaces the id where it is the target in the audit trail, and renews the kept copies', async () => {
    harness = await Harness.create();
    await harness.command('panellid', '/uitgave 10 reis Trein');
    await harness.command('voorzitter', '/privacy inzage panellid');
    await harness.close();
    // A restart keeps a copy of db.json (db.json.1) that still holds the old id.
    harness = await Harness.create({ dir: harness.dir });
    await harness.close();
    harness = await Harness.create({
      dir: harness.dir,
      config: testConfig({ members: DEMO_MEMBERS.filter((member) => member.id !== 'panellid') }),
    });
    await harness.command('voorzitter', '/privacy vergeet panellid');
    const audit = await readFile(join(harness.dir, 'audit.jsonl'), 'utf8');
    expect(audit).not.toContain('"panellid"');
    for (const copy of ['db.json', 'db.json.1']) {
      expect(await readFile(join(harness.dir, copy), 'utf8')).not.toContain('"panellid"');
    }
    await expect(readFile(join(harness.dir, 'db.json.2'), 'utf8')).rejects.toThrow();
  });
});

describe('a decision about a confidential item', () => {
  it('keeps the stricter protection: its own "vertrouwelijk" outlasts the item’s end date', async () => {
    harness = await Harness.create({ now: '2026-05-01T10:00:00Z' });
    await harness.command('gemeente', '/advies nieuw Tijdelijk geheim vertrouwelijk tot:1-6-2026');
    await harness.command('voorzitter', '/besluit ADV-1 Altijd geheim vertrouwelijk');
    await harness.command('voorzitter', '/besluit ADV-1 Zo lang als het verzoek');
    expect(harness.store.db.decisions.map((d) => [d.confidentiality, d.confidentialUntil])).toEqual([
      ['vertrouwelijk', undefined],
      ['vertrouwelijk', '2026-06-01'],
    ]);
    harness.clock.set(new Date('2026-08-01T10:00:00Z'));
    const list = await harness.command('panellid', '/besluit lijst', { channel: 'openbaar' });
    expect(list).not.toContain('Altijd geheim');
    expect(list).toContain('Zo lang als het verzoek');
  });
});
