// @ts-nocheck
import { afterEach, describe, expect, it } from 'vitest';
import { fillDemo } from '../../app/demo.ts';
import { annualReportTexts } from '../../src/i18n/texts/annual-report.ts';
import type { MessageRef } from '../../src/port/events.ts';
import type { ChatFile } from '../../src/port/port.ts';
import type { RichMessage } from '../../src/port/rich-message.ts';
import { csvLine } from '../../src/render/plain-file.ts';
import { renderSite } from '../../src/site/render.ts';
import { Harness, testConfig } from '../support/harness.ts';
import { RecordingAdapter } from '../support/recording-adapter.ts';

/** A terminal-like adapter that keeps the files the bot uploads. */
class FileAdapter extends RecordingAdapter {
  readonly files: ChatFile[] = [];
  async upload(channel: string, file: ChatFile, comment: RichMessage): Promise<MessageRef> {
    this.files.push(file);
    return this.post(channel, comment);
  }
}

/**
 * The yearly report as a council member reads it: late answers are late everywhere, a
 * year carries the requests still open from before it, a declined request says why, a
 * quarter's ❌ says why, and every figure is explained in a plain sentence.
 */
let harness: Harness;
afterEach(async () => {
  await harness.close();
});

async function demoOn(now: string, config = testConfig()): Promise<Harness> {
  const created = await Harness.create({ config, now });
  const today = created.clock.now();
  await fillDemo(created.bot, created.clock);
  created.clock.set(today);
  created.bot.attach(created.adapter);
  return created;
}

describe('a late answer is late everywhere', () => {
  it('on the website, in the list, on the request page and in the report (ADV-2026-005, due 7 November)', async () => {
    harness = await demoOn('2026-12-05T09:00:00Z');
    const files = renderSite(harness.store.db, testConfig(), '2026-12-05');
    const page = files.get('adviezen/ADV-2026-005.html')!;
    expect(page).not.toContain('antwoordt uiterlijk');
    expect(page).toContain(
      'De gemeente had uiterlijk op 7 november 2026 moeten antwoorden. Het antwoord is 28 dagen te laat.',
    );
    const list = files.get('adviezen/index.html')!;
    expect(list).toMatch(/ADV-2026-005[\s\S]*?nog geen antwoord: 28 dagen te laat/);
    // ADV-2026-004 is due on 7 December: not late yet.
    expect(list).toMatch(/ADV-2026-004[\s\S]*?nog geen antwoord \(uiterlijk 7 december 2026\)/);
    const report = await harness.command('panellid', '/jaarverslag 2026');
    expect(report).toContain('nog geen antwoord: 28 dagen te laat (moest er 7-11-2026 zijn)');
    expect(report).toContain('Antwoorden op tijd: 1 van 3 (33%).');
    expect(report).toContain('Antwoorden te laat en nog niet binnen: 1.');
    expect(files.get('jaarverslagen/2026.html')).toContain('1 van 3 (33%)');
  });
});

describe('what a year carries', () => {
  it('carries a request of an earlier year that was still open, marked as such, and counts its late answer', async () => {
    harness = await Harness.create({ now: '2025-11-10T09:00:00Z' });
    await harness.command('gemeente', '/advies nieuw "Slimme lantaarnpalen"');
    for (const step of ['in-overweging', 'in-gesprek'])
      await harness.command('voorzitter', `/advies stap ADV-2025-001 ${step}`);
    await harness.command('voorzitter', '/advies uitbrengen ADV-2025-001 "Alleen tellen, niet filmen"');
    await harness.command('gemeente', '/advies nieuw "Al afgerond in 2025"');
    await harness.command('voorzitter', '/advies geen ADV-2025-002 Hoort bij de provincie');
    harness.clock.set(new Date('2026-03-01T09:00:00Z'));
    const report = await harness.command('panellid', '/jaarverslag 2026');
    expect(report).toContain('ADV-2025-001 Slimme lantaarnpalen (uit 2025, liep nog)');
    expect(report).toContain('Uit eerdere jaren: 1.');
    // Declined in 2025: nothing left to do in 2026.
    expect(report).not.toContain('Al afgerond in 2025');
    // Issued 10 November 2025 with 42 days: due 22 December 2025, so late in last year's figures.
    expect(report).toMatch(/Slimme lantaarnpalen[^\n]*nog geen antwoord: \d+ dagen te laat/);
    const last = await harness.command('panellid', '/jaarverslag 2025');
    expect(last).toContain('Antwoorden op tijd: 0 van 1 (0%).');
    expect(last).toContain('geen advies gegeven (10-11-2025): Hoort bij de provincie');
  });

  it('says the panel gave no advice, and why, instead of "no answer yet"', async () => {
    harness = await Harness.create({ now: '2026-03-01T09:00:00Z' });
    await harness.command('gemeente', '/advies nieuw "Bewonerspas"');
    await harness.command('voorzitter', '/advies geen ADV-1 Geen digitaal onderwerp');
    const markdown = await harness.command('panellid', '/jaarverslag 2026 markdown');
    expect(markdown).toContain(
      '| ADV-2026-001 Bewonerspas | 1-3-2026 | geen advies gegeven (1-3-2026): Geen digitaal onderwerp | geen antwoord nodig (geen advies) |',
    );
    expect(markdown).not.toMatch(/nog geen (reactie|antwoord)/);
  });
});

describe('quarters say why', () => {
  it('a quarter before the bot was used is not recorded; a quarter without a meeting or without PIT says so', async () => {
    harness = await Harness.create({ now: '2026-05-04T09:00:00Z' });
    await harness.command('secretaris', '/overleg plan 6-5-2026 gemeente');
    harness.clock.set(new Date('2026-05-07T09:00:00Z'));
    await harness.command('secretaris', '/overleg aanwezig OVL-1 voorzitter gemeente');
    harness.clock.set(new Date('2026-10-02T09:00:00Z'));
    const report = await harness.command('panellid', '/jaarverslag 2026');
    expect(report).toContain(
      '0 van 4 (Q1 – niet bijgehouden (van vóór de bot), Q2 ❌ overleg zonder iemand van het privacyteam, Q3 ❌ geen overleg met de gemeente, Q4 nog niet)',
    );
  });
});

describe('the report reads plainly', () => {
  it('names the panel from the config and explains every figure in one sentence', async () => {
    const config = testConfig({ site: { title: 'Stadspanel Data Hilversum' } });
    harness = await demoOn('2026-12-05T09:00:00Z', config);
    const report = await harness.command('panellid', '/jaarverslag 2026');
    expect(report).toContain('📈 Jaarverslag 2026 – Stadspanel Data Hilversum');
    for (const word of ['verbeterpunt', 'gereserveerd', 'mediaan']) {
      expect(report.toLowerCase()).not.toContain(word.toLowerCase());
    }
    const figures = report.split('\n').filter((line) => line.trim().startsWith('•') && !/ADV-/.test(line));
    expect(figures.length).toBeGreaterThanOrEqual(20);
    // "Label: value. A sentence that explains it."
    for (const line of figures) expect(line, line).toMatch(/^• [^:]+: .+?\. \p{Lu}.*\.$/u);
    expect(renderSite(harness.store.db, config, '2026-12-05').get('jaarverslagen/2026-print.html')).toContain(
      '<title>Jaarverslag 2026 – Stadspanel Data Hilversum (openbare versie)</title>',
    );
  });

  it('has the same figures with explanations in English', () => {
    const [nl, en] = [annualReportTexts.nl, annualReportTexts.en];
    for (const group of ['requests', 'answers'] as const)
      expect(Object.keys(en[group])).toEqual(Object.keys(nl[group]));
  });
});

describe('files that leave the chat', () => {
  it('say in name and first line which version they are, list confidential rows apart, and escape titles', async () => {
    harness = await Harness.create({ now: '2026-03-01T09:00:00Z' });
    await harness.command(
      'gemeente',
      '/advies nieuw "[Klik hier](https://evil.example) <img src=x onerror=alert(1)>"',
    );
    await harness.command('gemeente', '/advies nieuw "Geheim fraudeonderzoek" vertrouwelijk');
    await harness.command('gemeente', '/advies nieuw "=HYPERLINK(1), dan \'n komma"');
    const files = new FileAdapter();
    harness.bot.attach(files);
    let event = 0;
    const ask = async (text: string, channel = 'panel') => {
      await harness.receive({
        kind: 'command',
        eventId: `file-${++event}`,
        actor: { platform: 'shell', userId: 'panellid' },
        channel,
        text,
      });
      return files.files.at(-1)!;
    };
    const internal = await ask('/jaarverslag 2026 markdown');
    expect(internal.name).toBe('jaarverslag-2026-intern.md');
    const inside = internal.text;
    expect(inside.split('\n')[0]).toBe('# Jaarverslag 2026 – Stadspanel Data (interne versie)');
    expect(inside).toContain('### Vertrouwelijke verzoeken (🔒, niet openbaar)');
    expect(inside).toContain('| 🔒 ADV-2026-002 Geheim fraudeonderzoek |');
    expect(inside).not.toMatch(/(?<!\\)\]\(https:/);
    expect(inside).not.toContain('<img');
    expect(inside).toContain('\\[Klik hier\\](https://evil.example) &lt;img src=x onerror=alert(1)&gt;');

    const open = await ask('/jaarverslag 2026 markdown', 'openbaar');
    expect(open.name).toBe('jaarverslag-2026-openbaar.md');
    const outside = open.text;
    expect(outside.split('\n')[0]).toBe('# Jaarverslag 2026 – Stadspanel Data (openbare versie)');
    expect(outside).not.toContain('Geheim fraudeonderzoek');
    expect(outside).not.toContain('ADV-2026-002');
    expect(outside).toContain('1 vertrouwelijk verzoek staat niet in deze versie.');

    const sheet = await ask('/jaarverslag 2026 csv');
    expect(sheet).toMatchObject({ name: 'jaarverslag-2026-intern.csv', mimetype: 'text/csv' });
    const csv = sheet.text;
    expect(csv.split('\r\n')[0]).toBe('Jaarverslag 2026 – Stadspanel Data (interne versie)');
    expect(csv).toContain(`"ADV-2026-003 =HYPERLINK(1), dan 'n komma",1-3-2026,`);
    // A cell a spreadsheet would run as a formula is written as text.
    expect(csvLine(['=1+1', '@SUM(A1)', 'a,b', 'plain'])).toBe(`'=1+1,'@SUM(A1),"a,b",plain`);
    expect(csv).toContain('🔒 ADV-2026-002 Geheim fraudeonderzoek');

    const page = await ask('/jaarverslag 2026 html', 'openbaar');
    expect(page.name).toBe('jaarverslag-2026-openbaar.html');
    const html = page.text;
    expect(html).toContain('<title>Jaarverslag 2026 – Stadspanel Data (openbare versie)</title>');
    expect(html).not.toContain('<img src=x');
    expect(html).not.toContain('Geheim fraudeonderzoek');
  });
});

describe('the website', () => {
  it('shows when it was built and how to reach the panel, and offers the report to print and as CSV', async () => {
    harness = await demoOn('2026-12-05T09:00:00Z');
    const config = testConfig({ site: { contact: 'stadspanel@example.org' } });
    const files = renderSite(harness.store.db, config, '2026-12-05');
    const home = files.get('index.html')!;
    expect(home).toContain('Deze website is bijgewerkt op 5 december 2026.');
    expect(home).toContain('<a href="mailto:stadspanel@example.org">stadspanel@example.org</a>');
    expect(files.get('besluiten/index.html')).toContain('stadspanel@example.org');
    const page = files.get('jaarverslagen/2026.html')!;
    expect(page).toContain('href="../jaarverslagen/2026-print.html"');
    expect(page).toContain('href="../jaarverslagen/2026.csv"');
    const csv = files.get('jaarverslagen/2026.csv')!;
    expect(csv.split('\r\n')[0]).toBe('Jaarverslag 2026 – Stadspanel Data (openbare versie)');
    expect(csv).toContain('ADV-2026-005 Cameratoezicht: bewaartermijn en evaluatie');
    const confidential = harness.store.db.adviceRequests.filter(
      (request) => request.confidentiality === 'vertrouwelijk',
    );
    for (const request of confidential) {
      expect(csv).not.toContain(request.title);
      expect(files.get('jaarverslagen/2026-print.html')).not.toContain(request.title);
    }
  });
});
