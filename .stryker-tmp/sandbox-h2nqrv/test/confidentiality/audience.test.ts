// @ts-nocheck
import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_MEMBERS } from '../../src/setup/config.ts';
import { Harness, testConfig } from '../support/harness.ts';

const SECRET = 'Stille pilot Zuidpark';
const unsigned = { id: 'nieuw', name: 'Nina Nieuw', roles: ['panel'] };
const later = { id: 'later', name: 'Lars Later', roles: ['panel'], geheimhouding: '2027-01-01' };

let harness: Harness;
afterEach(async () => {
  await harness.close();
});

async function start(channels: Record<string, unknown>): Promise<void> {
  harness = await Harness.create({
    config: testConfig({
      members: [...DEMO_MEMBERS, unsigned, later],
      channels: { panel: {}, kern: { members: ['gemeente'] }, ...channels },
    }),
  });
  await harness.command('gemeente', `/advies nieuw "${SECRET}" vertrouwelijk`, { channel: 'kern' });
  await harness.command('gemeente', '/advies nieuw "Openbare druktemeter"', { channel: 'kern' });
  harness.adapter.clear();
}

describe('who may read confidential content (afspraak 7c)', () => {
  it('shows it where everyone in the channel signed the declaration', async () => {
    await start({ panel: { members: ['voorzitter', 'panellid', 'gemeente'] }, openbaar: { public: true } });
    expect(await harness.command('panellid', '/advies lijst alle')).toContain(SECRET);
    expect(await harness.command('panellid', '/advies toon ADV-1')).toContain(SECRET);
  });

  it('counts only in a channel with a guest, someone unsigned, or someone who signs later', async () => {
    for (const guest of ['Sam (gast)', 'nieuw', 'later']) {
      await start({ werkgroep: { members: ['voorzitter', 'panellid', guest] }, openbaar: { public: true } });
      const list = await harness.command('panellid', '/advies lijst alle', { channel: 'werkgroep' });
      expect(list, guest).toContain('Openbare druktemeter');
      expect(list, guest).not.toContain(SECRET);
      expect(list, guest).toContain('1 adviesverzoek niet getoond: vertrouwelijk');
      const refused = await harness.command('panellid', '/advies toon ADV-1', { channel: 'werkgroep' });
      expect(refused).not.toContain(SECRET);
      expect(refused).toContain('in dit kanaal zit iemand die dat niet mag lezen');
      await harness.close();
    }
    harness = await Harness.create();
  });

  it('refuses a confidential item to an asker who is not rostered or did not sign, without its content', async () => {
    await start({ panel: {}, openbaar: { public: true } });
    const stranger = await harness.command('Sam', '/advies toon ADV-1');
    expect(stranger).toContain('je staat niet in de ledenlijst');
    expect(stranger).not.toContain(SECRET);
    const notSigned = await harness.command('nieuw', '/advies toon ADV-1');
    expect(notSigned).toContain('nog niet getekend');
    expect(notSigned).not.toContain(SECRET);
    expect(await harness.command('nieuw', '/advies lijst alle')).not.toContain(SECRET);
    expect(await harness.command('nieuw', '/advies toon ADV-2')).toContain('Openbare druktemeter');
    expect(harness.adapter.sent.map((sent) => sent.text).join('\n')).not.toContain(SECRET);
  });

  it('changes public items in a mixed channel, but nothing confidential', async () => {
    await start({ panel: { members: ['voorzitter', 'secretaris', 'gemeente'] }, openbaar: { public: true } });
    await harness.command('gemeente', '/advies nieuw "Derde geheim" vertrouwelijk');
    const anchor = harness.anchorOf('ADV-2026-003');
    await harness.bot.members.change(harness.adapter, 'shell', 'panel', 'nieuw', true); // Nina joins the panel channel
    expect(await harness.command('voorzitter', '/advies stap ADV-2 in-overweging')).toContain(
      'in overweging',
    );
    const before = await harness.diskText();
    for (const line of [
      '/advies stap ADV-1 in-overweging',
      '/besluit ADV-1 Doorgaan',
      `/besluit Over de ${SECRET.toLowerCase()}: doorgaan`,
      '/advies nieuw "Nog een geheim" vertrouwelijk',
      '/overleg plan 1-12-2026 Besloten vertrouwelijk',
    ]) {
      expect(await harness.command('voorzitter', line), line).toContain('Nina Nieuw');
    }
    expect(await harness.command('voorzitter', '/besluit Doorgaan', { thread: anchor })).toContain(
      'Nina Nieuw',
    );
    expect(await harness.diskText()).toBe(before);
  });
});

describe('a terminal channel that someone joins before anyone asked who is in it', () => {
  it('counts the newcomer at once', async () => {
    await start({ werkgroep: { members: ['voorzitter', 'panellid'] }, openbaar: { public: true } });
    await harness.receive({
      kind: 'membership',
      eventId: 'join-before-known',
      actor: { platform: 'shell', userId: 'Sam (gast)' },
      channel: 'werkgroep',
      joined: true,
    });
    const list = await harness.command('panellid', '/advies lijst alle', { channel: 'werkgroep' });
    expect(list).not.toContain(SECRET);
    expect(list).toContain('1 adviesverzoek niet getoond');
  });
});
