// @ts-nocheck
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MessageRef } from '../../src/port/events.ts';
import { Harness, testConfig } from '../support/harness.ts';

let harness: Harness;
beforeEach(async () => {
  harness = await Harness.create({ now: '2026-11-28T10:00:00Z' });
});
afterEach(async () => {
  await harness.close();
});

function anchorOf(collection: 'meetings' | 'notes' | 'developments', id: string): MessageRef {
  const item = (harness.store.db[collection] as Array<{ id: string; message?: string }>).find(
    (entry) => entry.id === id,
  );
  const [, channel, number] = (item?.message ?? '').split(':');
  return { platform: 'shell', channel: channel!, id: number! };
}

function react(member: string, target: MessageRef, added = true, emoji = '✅'): Promise<void> {
  return harness.react(member, emoji, target, added);
}

describe('/overleg', () => {
  it('plans a quarterly meeting and records attendees, minutes, a decision and an action in its thread', async () => {
    await harness.command('secretaris', '/overleg plan 10-12-2026 19:30 gemeente');
    const meeting = harness.store.db.meetings[0]!;
    expect(meeting).toMatchObject({
      id: 'OVL-2026-001',
      date: '2026-12-10',
      time: '19:30',
      municipal: true,
      title: 'Kwartaaloverleg met de gemeente',
    });
    const thread = anchorOf('meetings', 'OVL-2026-001');
    expect(await harness.command('secretaris', '/overleg aanwezig anna', { thread })).toContain(
      'Aanwezigen en het verslag leg je vast op of na die dag',
    );
    harness.clock.set(new Date('2026-12-10T20:30:00Z'));
    expect(
      await harness.command('secretaris', '/overleg aanwezig anna Bram Jan Klaas', { thread }),
    ).toContain("Deze namen staan niet in de ledenlijst: 'Jan', 'Klaas'");
    expect(meeting.attendees).toEqual([]);
    expect(
      await harness.command('secretaris', '/overleg aanwezig voorzitter, Bram Visser en gemeente', {
        thread,
      }),
    ).toContain('niet gehaald: PIT-lid niet aanwezig');
    expect(await harness.command('secretaris', '/overleg aanwezig Emre', { thread })).toContain(
      'gemeente en PIT waren aanwezig',
    );
    await harness.command('secretaris', '/overleg notulen Besproken: de druktemeter.', { thread });
    await harness.command('secretaris', '/overleg actie Anna de Vries Brief aan de wethouder', { thread });
    expect(await harness.command('secretaris', '/overleg actie Jan iets', { thread })).toContain(
      "'Jan' staat niet in de ledenlijst",
    );
    await harness.command('voorzitter', '/besluit Positief advies', { thread });
    expect(meeting.attendees).toEqual(['voorzitter', 'secretaris', 'gemeente', 'pit']);
    expect(harness.store.db.actionPoints).toMatchObject([
      { meeting: meeting.id, owner: 'voorzitter', text: 'Brief aan de wethouder' },
    ]);
    expect(harness.store.db.decisions[0]).toMatchObject({ about: 'OVL-2026-001', text: 'Positief advies' });
  });

  it('posts a public summary to the public channel, with what it must contain', async () => {
    await harness.command('gemeente', '/advies nieuw Druktemeter');
    await harness.command('secretaris', '/overleg plan 1-12-2026 gemeente Kwartaaloverleg Q4');
    harness.clock.set(new Date('2026-12-01T21:00:00Z'));
    const id = 'OVL-2026-001';
    await harness.command('secretaris', `/overleg aanwezig ${id} voorzitter gemeente pit`);
    await harness.command('secretaris', `/overleg notulen ${id} We bespraken ADV-1.`);
    await harness.command('secretaris', `/overleg actie ${id} secretaris Notulen rondsturen`);
    await harness.command('voorzitter', `/besluit ${id} Advies volgt in januari`);
    harness.adapter.clear();
    await harness.command('voorzitter', `/overleg samenvatting ${id} publiceer`);
    const summary = harness.adapter.sent.find((sent) => sent.text.includes('Verslag'))!;
    expect(summary.ref.channel).toBe('openbaar');
    for (const part of [
      '1-12-2026',
      'Anna de Vries (panel)',
      'Dewi Jansen (gemeente)',
      'Emre Yilmaz (PIT)',
      'Kwartaaleis (6d): ✅',
      'We bespraken ADV-1.',
      'BES-2026-001: Advies volgt in januari',
      'Bram Visser: Notulen rondsturen',
      'ADV-2026-001 Druktemeter (adviesverzoek)',
    ]) {
      expect(summary.text).toContain(part);
    }
    expect(harness.store.db.meetings[0]!.summaryPostedAt).toBeDefined();
  });

  it('keeps a confidential meeting, and confidential items it discussed, out of the public channel', async () => {
    await harness.command('gemeente', '/advies nieuw "Geheim ANPR-project" vertrouwelijk');
    await harness.command('secretaris', '/overleg plan 1-12-2026 Openbaar overleg');
    await harness.command('secretaris', '/overleg notulen OVL-1 Over ADV-1 gesproken.');
    await harness.command('voorzitter', '/besluit ADV-1 Geheim besluit');
    await harness.command('secretaris', '/overleg plan 2-12-2026 Besloten overleg vertrouwelijk');
    harness.clock.set(new Date('2026-12-02T21:00:00Z'));
    harness.adapter.clear();
    await harness.command('secretaris', '/overleg samenvatting OVL-1 publiceer');
    await harness.command('secretaris', '/overleg samenvatting OVL-2 publiceer');
    const inPublic = harness.adapter.sent.filter((sent) => sent.ref.channel === 'openbaar');
    expect(inPublic).toHaveLength(1);
    expect(inPublic[0]!.text).toContain('OVL-2026-001');
    expect(inPublic[0]!.text).not.toContain('Geheim ANPR-project');
    expect(inPublic[0]!.text).toContain('1 item niet getoond');
    const confidential = harness.adapter.sent.find((sent) => sent.text.includes('Verslag OVL-2026-002'))!;
    expect(confidential.ref.channel).toBe('panel');
  });

  it('posts to the panel channel when no public channel is configured', async () => {
    await harness.close();
    harness = await Harness.create({ config: testConfig({ channels: { panel: {} } }) });
    await harness.command('secretaris', '/overleg plan 1-12-2026');
    harness.clock.set(new Date('2026-12-01T21:00:00Z'));
    harness.adapter.clear();
    await harness.command('secretaris', '/overleg samenvatting OVL-1 publiceer');
    expect(harness.adapter.sent[0]).toMatchObject({ kind: 'post', ref: { channel: 'panel' } });
  });

  it('shows the quarter check in the list', async () => {
    expect(await harness.command('panellid', '/overleg lijst')).toContain(
      'nog geen overleg met gemeente en PIT',
    );
    await harness.command('secretaris', '/overleg plan 15-12-2026 gemeente');
    expect(await harness.command('panellid', '/overleg lijst')).toContain(
      'gepland op 15-12-2026 (OVL-2026-001)',
    );
  });
});

describe('/notitie', () => {
  it('is endorsed only once both sides signed; the same side twice is not enough', async () => {
    await harness.command('voorzitter', '/notitie nieuw "Gesprek over de druktemeter"');
    const id = 'GN-2026-001';
    expect(await harness.command('voorzitter', `/notitie teken ${id}`)).toContain('heeft nog geen tekst');
    await harness.command('secretaris', `/notitie tekst ${id} "Tellingen, geen beelden."`);
    await harness.command('voorzitter', `/notitie teken ${id}`);
    expect(await harness.command('voorzitter', `/notitie teken ${id}`)).toContain('al getekend');
    await harness.command('secretaris', `/notitie teken ${id}`);
    expect(harness.store.db.notes[0]!.endorsedAt).toBeUndefined();
    expect(await harness.command('gemeente', `/notitie teken ${id}`)).toContain(
      'is onderschreven door panel en gemeente',
    );
    expect(harness.store.db.notes[0]!.endorsedAt).toBeDefined();
  });

  it('clears the signatures when the text of a note not yet agreed changes, and says so', async () => {
    await harness.command('voorzitter', '/notitie nieuw Bodycams');
    await harness.command('voorzitter', '/notitie tekst GN-1 Eerste versie');
    await harness.command('voorzitter', '/notitie teken GN-1');
    await harness.command('secretaris', '/notitie teken GN-1');
    expect(harness.store.db.notes[0]!.endorsedAt).toBeUndefined();
    const reply = await harness.command('gemeente', '/notitie tekst GN-1 Tweede versie');
    expect(reply).toContain('2 handtekeningen zijn daarom vervallen');
    expect(harness.store.db.notes[0]).toMatchObject({
      text: 'Tweede versie',
      signatures: [],
      textVersion: 2,
    });
  });

  it('signs with ✅ on the note and withdraws when the ✅ is removed before both sides signed', async () => {
    await harness.command('voorzitter', '/notitie nieuw Bodycams');
    await harness.command('voorzitter', '/notitie tekst GN-1 Tekst');
    const note = anchorOf('notes', 'GN-2026-001');
    await react('panellid', note);
    await react('panellid', note, false);
    expect(harness.store.db.notes[0]!.signatures).toHaveLength(0);
    expect(harness.adapter.last().text).toContain('handtekening onder GN-2026-001 ingetrokken');
    await react('panellid', note);
    await react('programmamanager', note);
    expect(harness.store.db.notes[0]!.endorsedAt).toBeDefined();
    harness.adapter.clear();
    await react('vreemde', note);
    expect(harness.adapter.last().text).toContain('niet in de ledenlijst');
    await react('panellid', note, true, '👍');
    expect(harness.adapter.last().text).toContain('Teken GN-2026-001 met ✅');
    expect(harness.store.db.notes[0]!.signatures).toHaveLength(2);
  });
});

describe('/ontwikkeling', () => {
  it('registers a development, keeps its phase history, and links requests, notes and meetings both ways', async () => {
    await harness.command(
      'gemeente',
      '/ontwikkeling nieuw "ANPR-camera\'s" fase:verkenning thema:privacy,dataveiligheid',
    );
    const id = 'ONT-2026-001';
    expect(harness.store.db.developments[0]).toMatchObject({
      id,
      phase: 'verkenning',
      themes: ['privacy', 'dataveiligheid'],
      reportedBy: 'gemeente',
      reportedAt: '2026-11-28T10:00:00.000Z',
    });
    harness.clock.set(new Date('2027-01-15T10:00:00Z'));
    expect(await harness.command('gemeente', `/ontwikkeling fase ${id} implementatie`)).toContain(
      "fase 'implementatie'",
    );
    expect(await harness.command('gemeente', `/ontwikkeling fase ${id} implementatie`)).toContain(
      'staat al in de fase',
    );
    expect(harness.store.db.developments[0]!.phases.map((entry) => entry.phase)).toEqual([
      'verkenning',
      'implementatie',
    ]);

    await harness.command('gemeente', `/advies nieuw "ANPR bij inbraken" ontwikkeling:${id}`);
    await harness.command('voorzitter', `/notitie nieuw "Gesprek ANPR" ontwikkeling:ONT-2026-1`);
    await harness.command('secretaris', '/overleg plan 20-1-2027');
    await harness.command('secretaris', `/overleg notulen OVL-1 ${id} toegelicht door de politie.`);
    const shown = await harness.command('panellid', `/ontwikkeling toon ${id}`);
    expect(shown).toContain('ADV-2027-001 ANPR bij inbraken');
    expect(shown).toContain('GN-2027-001 Gesprek ANPR');
    expect(shown).toContain('OVL-2027-001 20-1-2027');
    expect(shown).toMatch(/28-11-2026 verkenning[\s\S]*15-1-2027 implementatie/);
    expect(await harness.command('panellid', '/advies toon ADV-1')).toContain(`Ontwikkeling: ${id}`);
    expect(await harness.command('panellid', '/notitie toon GN-1')).toContain(`Over: ${id}`);
  });

  it('needs a known phase and refuses links to developments that do not exist', async () => {
    expect(await harness.command('gemeente', '/ontwikkeling nieuw Druktemeter')).toContain('Geef de fase');
    expect(await harness.command('gemeente', '/ontwikkeling nieuw Druktemeter fase:klaar')).toContain(
      "De fase 'klaar' ken ik niet",
    );
    expect(await harness.command('voorzitter', '/notitie nieuw X ontwikkeling:ONT-7')).toContain(
      'ONT-2026-007 bestaat niet',
    );
    expect(await harness.command('voorzitter', '/notitie nieuw X ontwikkeling:ADV-1')).toContain(
      'geen ontwikkeling',
    );
    expect(harness.store.db.developments).toHaveLength(0);
    expect(harness.store.db.notes).toHaveLength(0);
  });
});
