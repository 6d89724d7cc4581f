// @ts-nocheck
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { MessageRef } from '../../src/port/events.ts';
import { buildSite } from '../../src/site/build.ts';
import { Harness, tempDir, testConfig } from '../support/harness.ts';

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

const PROPOSAL =
  '/afspraak nieuw 2026-01-01 2028-12-31 bestanden:2.000 kosten:3.000 expertise:4.000 totaal:10.000 termijn:56';

/** The message an item was announced in (its thread root), or that of a version awaiting approval. */
function refOf(text: string | undefined): MessageRef {
  const [platform, channel, id] = (text ?? '').split(':');
  if (platform !== 'shell' || !channel || !id) throw new Error(`no message: ${text}`);
  return { platform: 'shell', channel, id };
}

function at(h: Harness, instant: string): void {
  h.clock.set(new Date(instant));
}

describe('a new agreement for 2026–2028, signed by both sides (afspraak 8)', () => {
  it('keeps 2025 at the old caps, gives 2026 the new ones, and an amendment from 2027 changes 2027 only', async () => {
    const siteDir = join(await tempDir(), 'site');
    const config = testConfig({
      site: { dir: siteDir, agreements: { 'AFS-2026-001': 'https://stadspanel.example/afspraak-2026.pdf' } },
    });
    const h = await Harness.create({ config, now: '2025-02-10T09:00:00Z' });
    harness = h;
    // An expense of € 1.200 for files in February 2025, approved.
    await h.command('secretaris', '/uitgave 1.200 bestanden Opslag 2025');
    const expense = h.store.db.expenses[0]!;
    await h.react('programmamanager', '✅', refOf(expense.message));
    expect(h.store.db.expenses[0]!.step).toBe('goedgekeurd');

    // December 2026: the agreement of 2022–2025 has run out; the digest says so.
    at(h, '2026-12-07T09:00:00Z');
    const before = await h.command('voorzitter', '/digest');
    expect(before).toContain('Er is geen samenwerkingsafspraak van kracht');
    expect(before).toContain('AFS-2022-001');
    expect(before).toContain('bestanden € 1.600,00');
    expect(before).toContain('De voorzitter of secretaris kan een nieuwe voorstellen met /afspraak nieuw');

    // Proposed by the chair; approved by the panel only: nothing changes.
    expect(await h.command('voorzitter', PROPOSAL)).toContain('AFS-2026-001');
    expect(await h.command('voorzitter', '/afspraak goedkeuren AFS-2026-001')).toContain(
      'Nog nodig: de goedkeuring van de gemeente',
    );
    expect(await h.command('panellid', '/budget 2026')).toContain('van € 1.600,00');
    const again = await h.command('secretaris', '/afspraak goedkeuren AFS-2026-001');
    expect(again).toContain('Het panel heeft AFS-2026-001 versie 1 al goedgekeurd');
    expect(again).toContain('Nu is de gemeente aan zet');
    expect(await h.command('panellid', '/budget 2026')).toContain('van € 1.600,00');
    // The municipality's ✅ under the proposal brings it into force.
    const agreement = h.store.db.agreements.find((entry) => entry.id === 'AFS-2026-001')!;
    await h.react('programmamanager', '✅', refOf(agreement.message));
    expect(h.adapter.last().text).toContain('AFS-2026-001 versie 1 is goedgekeurd door panel en gemeente');

    const y2025 = await h.command('panellid', '/budget 2025');
    expect(y2025).toContain('over € 400,00 van € 1.600,00');
    expect(y2025).toContain('AFS-2022-001');
    const y2026 = await h.command('panellid', '/budget 2026');
    expect(y2026).toContain('over € 2.000,00 van € 2.000,00');
    expect(y2026).toContain('AFS-2026-001');

    const digest = await h.command('voorzitter', '/digest');
    expect(digest).not.toContain('geen samenwerkingsafspraak van kracht');
    const report = await h.command('voorzitter', '/jaarverslag 2025');
    expect(report).toContain('2025 valt onder samenwerkingsafspraak AFS-2022-001');
    expect(report).toContain('van € 1.600,00');

    await buildSite(h.store.db, config, '2026-12-07');
    const page2025 = await readFile(join(siteDir, 'budget', '2025.html'), 'utf8');
    expect(page2025).toContain('<td class="num">€ 1.600,00</td>');
    expect(page2025).toContain('AFS-2022-001');
    expect(page2025).not.toContain('€ 2.000,00</td>');
    const index = await readFile(join(siteDir, 'budget', 'index.html'), 'utf8');
    expect(index).toContain('AFS-2022-001 (1-1-2022 t/m 31-12-2025)');
    expect(index).toContain('<a href="https://stadspanel.example/afspraak-2026.pdf">AFS-2026-001');
    const page2026 = await readFile(join(siteDir, 'budget', '2026.html'), 'utf8');
    expect(page2026).toContain('<td class="num">€ 2.000,00</td>');
    expect(page2026).toContain('<a href="https://stadspanel.example/afspraak-2026.pdf">AFS-2026-001');

    // An amendment from 2027: travel and research € 3.500, approved by both sides.
    const amendment = await h.command(
      'secretaris',
      '/afspraak wijzig AFS-2026-001 kosten:3.500 vanaf:2027-01-01',
    );
    expect(amendment).toContain('versie 2');
    await h.command('secretaris', '/afspraak goedkeuren AFS-2026-001');
    expect(await h.command('programmamanager', '/afspraak goedkeuren AFS-2026-001')).toContain(
      'AFS-2026-001 versie 2 is goedgekeurd door panel en gemeente en geldt vanaf 1-1-2027',
    );
    expect(await h.command('panellid', '/budget 2026')).toContain('over € 3.000,00 van € 3.000,00');
    at(h, '2027-02-01T09:00:00Z');
    const y2027 = await h.command('panellid', '/budget 2027');
    expect(y2027).toContain('over € 3.500,00 van € 3.500,00');
    expect(y2027).toContain('over € 2.000,00 van € 2.000,00');
    expect(y2027).toContain('AFS-2026-001 versie 2');
    expect(await h.command('panellid', '/budget 2025')).toContain('over € 400,00 van € 1.600,00');
  });
});
