// @ts-nocheck
import { readFile } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Harness } from '../support/harness.ts';

let harness: Harness;
beforeEach(async () => {
  harness = await Harness.create({ now: '2026-11-28T10:00:00Z' });
});
afterEach(async () => {
  await harness.close();
});

async function lastAudit(): Promise<Record<string, unknown>> {
  await harness.bot.idle();
  const lines = (await readFile(`${harness.dir}/audit.jsonl`, 'utf8')).trim().split('\n');
  return JSON.parse(lines.at(-1)!) as Record<string, unknown>;
}

const updates = () => harness.adapter.sent.filter((sent) => sent.kind === 'update');

describe('correcting a title', () => {
  it('/advies titel: one audit entry with old and new, the message edited, and toon says who and when', async () => {
    await harness.command('gemeente', '/advies nieuw "Bodycmas voor handhavers"');
    harness.clock.set(new Date('2026-12-02T10:00:00Z'));
    const reply = await harness.command('secretaris', '/advies titel ADV-1 Bodycams voor handhavers');
    expect(reply).toContain('Bodycams voor handhavers');
    expect(harness.store.db.adviceRequests[0]!.title).toBe('Bodycams voor handhavers');
    expect(updates().at(-1)!.text).toContain('ADV-2026-001: Bodycams voor handhavers');
    expect(await lastAudit()).toMatchObject({
      action: 'advies.titel',
      target: 'ADV-2026-001',
      before: 'Bodycmas voor handhavers',
      after: 'Bodycams voor handhavers',
    });
    const shown = await harness.command('panellid', '/advies toon ADV-1');
    expect(shown).toContain('Gewijzigd op 2-12-2026 door Bram Visser');
    expect(shown).not.toContain('Bodycmas');
    const history = await harness.command('panellid', '/advies toon ADV-1 geschiedenis');
    expect(history).toContain("titel: 'Bodycmas voor handhavers' → 'Bodycams voor handhavers'");
    expect(await harness.command('panellid', '/advies titel ADV-1 Iets')).toMatch(/alleen/i);
  });

  it('/ontwikkeling titel and /overleg titel work the same way', async () => {
    await harness.command('gemeente', '/ontwikkeling nieuw "ANPR camera" fase:verkenning');
    await harness.command('gemeente', "/ontwikkeling titel ONT-1 ANPR-camera's");
    expect(harness.store.db.developments[0]!.title).toBe("ANPR-camera's");
    expect(await harness.command('panellid', '/ontwikkeling toon ONT-1')).toContain(
      'Gewijzigd op 28-11-2026',
    );
    await harness.command('secretaris', '/overleg plan 10-12-2026 Kwartaaloverlg');
    await harness.command('secretaris', '/overleg titel OVL-1 Kwartaaloverleg');
    expect(harness.store.db.meetings[0]!.title).toBe('Kwartaaloverleg');
    expect(await lastAudit()).toMatchObject({ before: 'Kwartaaloverlg', after: 'Kwartaaloverleg' });
    expect(await harness.command('secretaris', '/overleg titel OVL-1')).toContain('Er mist nog');
  });

  it('/uitgave omschrijving by the requester, and shows the earlier description on request', async () => {
    await harness.command('panellid', '/uitgave 45,20 reis Treinkaartje Utrech');
    expect(await harness.command('gemeente', '/uitgave omschrijving UIT-1 Iets')).toMatch(/alleen/i);
    await harness.command('panellid', '/uitgave omschrijving UIT-1 Treinkaartje Utrecht');
    expect(harness.store.db.expenses[0]!.description).toBe('Treinkaartje Utrecht');
    expect(updates().at(-1)!.text).toContain('Treinkaartje Utrecht');
    expect(await lastAudit()).toMatchObject({
      action: 'uitgave.omschrijving',
      before: 'Treinkaartje Utrech',
      after: 'Treinkaartje Utrecht',
    });
    const shown = await harness.command('panellid', '/uitgave toon UIT-1 geschiedenis');
    expect(shown).toContain('Gewijzigd op 28-11-2026 door Chris Bakker');
    expect(shown).toContain("'Treinkaartje Utrech' → 'Treinkaartje Utrecht'");
  });
});

describe('correcting a meeting', () => {
  beforeEach(async () => {
    await harness.command('secretaris', '/overleg plan 28-11-2026 gemeente');
    await harness.command('secretaris', '/overleg aanwezig OVL-1 voorzitter panellid gemeente');
    await harness.command('secretaris', '/overleg notulen OVL-1 Eerste regel');
    await harness.command('secretaris', '/overleg notulen OVL-1 Tweede regl');
    await harness.command('secretaris', '/overleg notulen OVL-1 Derde regel');
  });

  it('numbers the minute lines in /overleg toon', async () => {
    const shown = await harness.command('panellid', '/overleg toon OVL-1');
    expect(shown).toContain('1. Eerste regel');
    expect(shown).toContain('2. Tweede regl');
    expect(shown).toContain('3. Derde regel');
  });

  it('/overleg notulen wijzig and schrap correct a line; the numbers stay; nothing is deleted', async () => {
    await harness.command('secretaris', '/overleg notulen OVL-1 wijzig 2 Tweede regel');
    expect(await lastAudit()).toMatchObject({ before: 'Tweede regl', after: 'Tweede regel' });
    await harness.command('secretaris', '/overleg notulen OVL-1 schrap 1');
    const shown = await harness.command('panellid', '/overleg toon OVL-1');
    expect(shown).not.toContain('Eerste regel');
    expect(shown).toContain('2. Tweede regel');
    expect(shown).toContain('3. Derde regel');
    expect(harness.store.db.meetings[0]!.minutes).toHaveLength(3);
    expect(harness.store.db.meetings[0]!.minutes[0]).toMatchObject({
      text: 'Eerste regel',
      struck: { by: 'secretaris' },
    });
    const history = await harness.command('panellid', '/overleg toon OVL-1 geschiedenis');
    expect(history).toContain("notulen 2: 'Tweede regl' → 'Tweede regel'");
    expect(history).toContain("notulen 1: 'Eerste regel' → (geschrapt)");
    expect(await harness.command('secretaris', '/overleg notulen OVL-1 wijzig 7 Iets')).toContain(
      'OVL-2026-001 heeft notulenregel 1 tot en met 3',
    );
    expect(await harness.command('secretaris', '/overleg notulen OVL-1 schrap 1')).toContain('al geschrapt');
  });

  it('adds a minute line that starts with wijzig when it is quoted', async () => {
    await harness.command('secretaris', '/overleg notulen OVL-1 "wijzig 2" de agenda voortaan vooraf');
    expect(harness.store.db.meetings[0]!.minutes.at(-1)!.text).toBe('wijzig 2 de agenda voortaan vooraf');
  });

  it('/overleg afwezig removes attendees, with one audit entry', async () => {
    await harness.command('secretaris', '/overleg afwezig OVL-1 panellid');
    expect(harness.store.db.meetings[0]!.attendees).toEqual(['voorzitter', 'gemeente']);
    expect(await lastAudit()).toMatchObject({
      action: 'overleg.afwezig',
      before: 'voorzitter, panellid, gemeente',
      after: 'voorzitter, gemeente',
    });
    expect(await harness.command('panellid', '/overleg toon OVL-1 geschiedenis')).toContain(
      "aanwezigen: 'Anna de Vries, Chris Bakker, Dewi Jansen' → 'Anna de Vries, Dewi Jansen'",
    );
    expect(updates().at(-1)!.text).not.toContain('Chris Bakker');
    expect(await harness.command('secretaris', '/overleg afwezig OVL-1 panellid')).toContain(
      'stond niet bij de aanwezigen',
    );
  });
});
