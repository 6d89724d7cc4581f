// @ts-nocheck
import { afterEach, describe, expect, it } from 'vitest';
import type { MessageRef } from '../../src/port/events.ts';
import { Harness, testConfig } from '../support/harness.ts';

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

function refOf(text: string | undefined): MessageRef {
  const [, channel, id] = (text ?? '').split(':');
  return { platform: 'shell', channel: channel!, id: id! };
}

async function withProposal(
  h: Harness,
  terms = 'bestanden:2.000 kosten:3.000 expertise:4.000 totaal:10.000 termijn:56',
) {
  await h.command('voorzitter', `/afspraak nieuw 2026-01-01 2028-12-31 ${terms}`);
  return h.store.db.agreements.at(-1)!;
}

describe('/afspraak', () => {
  it('reads amounts as the agreement writes them', async () => {
    harness = await Harness.create({ now: '2026-12-07T09:00:00Z' });
    const agreement = await withProposal(
      harness,
      'bestanden:"€ 2.000" kosten:3000,00 expertise:€4.000 totaal:10.000',
    );
    expect(agreement.versions[0]!.terms.caps).toEqual({
      bestanden: 200_000,
      kosten: 300_000,
      expertise: 400_000,
      totaal: 1_000_000,
    });
    // What the proposal does not name stays: the window of the first agreement.
    expect(agreement.versions[0]!.terms.responseWindowDays).toBe(42);
  });

  it('records the article numbers the bot quotes', async () => {
    harness = await Harness.create({ now: '2026-12-07T09:00:00Z' });
    expect(
      await harness.command(
        'voorzitter',
        '/afspraak nieuw 2026-01-01 2028-12-31 artikelen:bestanden=7a,zomaar=1',
      ),
    ).toContain('kan ik niet lezen als artikelen');
    await withProposal(harness, 'bestanden:2.000 artikelen:bestanden=7e,kosten=7g,expertise=7g');
    await harness.command('voorzitter', '/afspraak goedkeuren AFS-2026-001');
    await harness.command('programmamanager', '/afspraak goedkeuren AFS-2026-001');
    expect(harness.store.db.agreements.at(-1)!.versions[0]!.terms.articles).toMatchObject({
      bestanden: '7e',
      kosten: '7g',
      website: '6f',
      termijn: '5a',
    });
    expect(await harness.command('panellid', '/budget 2026')).toContain('artikel 7e–7g');
    expect(await harness.command('panellid', '/uitgave 2.500 bestanden Opslag')).toContain('artikel 7e.');
  });

  it('refuses an amount it cannot read with the reason, and changes nothing', async () => {
    harness = await Harness.create({ now: '2026-12-07T09:00:00Z' });
    const before = await harness.diskText();
    expect(
      await harness.command('voorzitter', '/afspraak nieuw 2026-01-01 2028-12-31 bestanden:2,000'),
    ).toContain('Bij bestanden:');
    expect(await harness.command('voorzitter', '/afspraak nieuw 2026-01-01 2028-12-31 termijn:0')).toContain(
      'termijn:56',
    );
    expect(await harness.command('voorzitter', '/afspraak nieuw 2028-12-31 2026-01-01')).toContain('niet na');
    expect(await harness.command('voorzitter', '/afspraak nieuw 2024-01-01 2026-12-31')).toContain(
      'overlapt met AFS-2022-001',
    );
    expect(await harness.diskText()).toBe(before);
  });

  it('needs both sides; the same side twice is refused, naming the other side', async () => {
    harness = await Harness.create({ now: '2026-12-07T09:00:00Z' });
    const agreement = await withProposal(harness);
    await harness.react('programmamanager', '✅', refOf(agreement.message));
    expect(harness.adapter.last().text).toContain('Nog nodig: de goedkeuring van het panel');
    const before = await harness.diskText();
    const twice = await harness.command('programmamanager', '/afspraak goedkeuren AFS-2026-001');
    expect(twice).toContain('De gemeente heeft AFS-2026-001 versie 1 al goedgekeurd');
    expect(twice).toContain('Nu is het panel aan zet: de voorzitter of secretaris');
    expect(await harness.diskText()).toBe(before);
    expect(await harness.command('gemeente', '/afspraak goedkeuren AFS-2026-001')).toContain(
      'een gemeentelid dat goedkeurder is',
    );
    expect(harness.store.db.agreements.at(-1)!.versions[0]!.inForceAt).toBeUndefined();
    expect(await harness.command('voorzitter', '/afspraak')).toContain('Wacht op goedkeuring');
    await harness.command('secretaris', '/afspraak goedkeuren AFS-2026-001');
    expect(harness.store.db.agreements.at(-1)!.versions[0]!.inForceAt).toBeDefined();
    const shown = await harness.command('panellid', '/afspraak');
    expect(shown).toContain('Samenwerkingsafspraak AFS-2026-001');
    expect(shown).toContain('1-1-2026 t/m 31-12-2028');
    expect(shown).toContain('Fleur Smit (de gemeente), 7-12-2026; Bram Visser (het panel), 7-12-2026');
    expect(shown).toContain('bestanden € 2.000,00');
    expect(await harness.command('voorzitter', '/afspraak goedkeuren AFS-2026-001')).toContain(
      'wacht geen voorstel op goedkeuring',
    );
  });

  it('a ✅ taken away withdraws an approval while the version is not in force', async () => {
    harness = await Harness.create({ now: '2026-12-07T09:00:00Z' });
    const agreement = await withProposal(harness);
    await harness.react('voorzitter', '✅', refOf(agreement.message));
    expect(harness.store.db.agreements.at(-1)!.versions[0]!.approvals).toHaveLength(1);
    await harness.react('voorzitter', '✅', refOf(agreement.message), false);
    expect(harness.store.db.agreements.at(-1)!.versions[0]!.approvals).toHaveLength(0);
  });

  it('shows which terms it keeps when none is in force, and every version in the history', async () => {
    harness = await Harness.create({ now: '2026-12-07T09:00:00Z' });
    const none = await harness.command('panellid', '/afspraak');
    expect(none).toContain('Op 7-12-2026 is geen samenwerkingsafspraak van kracht');
    expect(none).toContain('AFS-2022-001');
    expect(none).toContain('De voorzitter of secretaris stelt een nieuwe voor met /afspraak nieuw');
    await withProposal(harness);
    await harness.command('voorzitter', '/afspraak goedkeuren AFS-2026-001');
    await harness.command('programmamanager', '/afspraak goedkeuren AFS-2026-001');
    await harness.command('secretaris', '/afspraak wijzig AFS-2026-001 kosten:3.500 vanaf:2027-01-01');
    const history = await harness.command('panellid', '/afspraak geschiedenis');
    expect(history).toContain('AFS-2022-001 versie 1, vanaf 1-1-2022');
    expect(history).toContain('AFS-2026-001 versie 1, vanaf 1-1-2026');
    expect(history).toContain('AFS-2026-001 versie 2, vanaf 1-1-2027');
    expect(history).toContain('nog niet goedgekeurd door');
  });

  it('either side ends it (8c); after that the bot keeps its last terms', async () => {
    harness = await Harness.create({ now: '2026-12-07T09:00:00Z' });
    await withProposal(harness);
    await harness.command('voorzitter', '/afspraak goedkeuren AFS-2026-001');
    await harness.command('programmamanager', '/afspraak goedkeuren AFS-2026-001');
    expect(
      await harness.command(
        'programmamanager',
        '/afspraak opzeggen AFS-2026-001 tot:2027-06-30 Nieuwe wethouder',
      ),
    ).toContain('geldt tot en met 30-6-2027');
    expect(harness.store.db.agreements.at(-1)!.ended).toMatchObject({ on: '2027-06-30', side: 'gemeente' });
    expect(await harness.command('voorzitter', '/afspraak opzeggen AFS-2026-001 nogmaals')).toContain(
      'al opgezegd',
    );
    harness.clock.set(new Date('2027-07-05T09:00:00Z'));
    const digest = await harness.command('voorzitter', '/digest');
    expect(digest).toContain('Er is geen samenwerkingsafspraak van kracht');
    expect(digest).toContain('die van AFS-2026-001');
  });

  it('the digest warns from 90 days before the end, unless a next agreement follows', async () => {
    harness = await Harness.create({ now: '2026-12-07T09:00:00Z' });
    await withProposal(harness);
    await harness.command('voorzitter', '/afspraak goedkeuren AFS-2026-001');
    await harness.command('programmamanager', '/afspraak goedkeuren AFS-2026-001');
    harness.clock.set(new Date('2028-10-01T09:00:00Z'));
    expect(await harness.command('voorzitter', '/digest')).not.toContain('loopt af');
    harness.clock.set(new Date('2028-10-03T09:00:00Z'));
    const digest = await harness.command('voorzitter', '/digest');
    expect(digest).toContain('AFS-2026-001 (1-1-2026 t/m 31-12-2028) loopt af op 31-12-2028 (nog 89 dagen)');
    await harness.command('voorzitter', '/afspraak nieuw 2029-01-01 2031-12-31');
    await harness.command('voorzitter', '/afspraak goedkeuren AFS-2028-001');
    await harness.command('programmamanager', '/afspraak goedkeuren AFS-2028-001');
    expect(await harness.command('voorzitter', '/digest')).not.toContain('loopt af');
  });

  it('works with its English names', async () => {
    harness = await Harness.create({ config: testConfig({ language: 'en' }), now: '2026-12-07T09:00:00Z' });
    await harness.command(
      'voorzitter',
      '/agreement new 2026-01-01 2028-12-31 files:2,000 costs:3,000 expertise:4,000 total:10,000 deadline:56',
    );
    await harness.command('secretaris', '/agreement approve AFS-2026-001');
    expect(await harness.command('programmamanager', '/agreement approve AFS-2026-001')).toContain(
      'AFS-2026-001 version 1 is approved by the panel and the municipality',
    );
    expect(
      await harness.command('voorzitter', '/agreement change AFS-2026-001 costs:3,500 from:2027-01-01'),
    ).toContain('version 2');
    expect(await harness.command('panellid', '/agreement history')).toContain(
      'AFS-2026-001 version 2, from 2027-01-01',
    );
    expect(await harness.command('programmamanager', '/agreement end AFS-2026-001 Not needed')).toContain(
      'ended',
    );
    expect(await harness.command('panellid', '/budget 2026')).toContain('AFS-2026-001');
  });
});
