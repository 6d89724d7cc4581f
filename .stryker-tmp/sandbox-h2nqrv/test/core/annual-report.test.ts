// @ts-nocheck
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fillDemo } from '../../app/demo.ts';
import { annualReport, median } from '../../src/domain/annual-report.ts';
import { Harness } from '../support/harness.ts';

let harness: Harness;
beforeEach(async () => {
  // The demo year starts 330 days before 28-11-2026: on 2 January 2026.
  harness = await Harness.create({ now: '2026-11-28T09:00:00Z' });
  const now = harness.clock.now();
  const result = await fillDemo(harness.bot, harness.clock);
  harness.clock.set(now);
  harness.bot.attach(harness.adapter);
  expect(result.refusals).toEqual([]);
});
afterEach(async () => {
  await harness.close();
});

describe('median', () => {
  it('takes the middle, or the mean of the two middles', () => {
    expect(median([])).toBeUndefined();
    expect(median([5])).toBe(5);
    expect(median([35, 190, 35, 60])).toBe(47.5);
    expect(median([3, 1, 2])).toBe(2);
  });
});

describe('the yearly report on the demo year', () => {
  /**
   * Counted by hand from src/setup/demo-script.ts (day 0 = 2-1-2026):
   * requests on days 5, 25, 50, 100, 200, 310; advice on 40 (5), 60 (25), 260 (200),
   * 290 (100): 35, 35, 60, 190 days → median 47.5; declined on 70; open: day 310.
   * Answers on 70 (advice 40, due 82: on time) and 120 (advice 60, due 102: late):
   * 30 and 60 days → median 45; followed 1, partly 1; none refused as incomplete.
   * Meetings held on days 30 (Q1, PIT), 62 (panel), 120 (Q2, PIT), 210 (Q3, no PIT),
   * 300 (Q4, PIT); day 345 lies ahead. Paid 350 + 45,20 + 300; reserved 1.200 + 400.
   */
  it('matches the hand count', () => {
    const report = annualReport(harness.store.db, harness.bot.config, 2026, '2026-11-28');
    expect(report.requests).toEqual({ received: 6, adviceIssued: 4, declined: 1, stillOpen: 1 });
    expect(report.medianDaysToAdvice).toBe(47.5);
    expect(report.medianDaysToAnswer).toBe(45);
    expect(report.answers).toEqual({
      total: 2,
      onTime: 1,
      missing: 1,
      completeFirstTry: 2,
      followed: 1,
      partly: 1,
      not: 0,
    });
    expect(report.meetingsHeld).toBe(5);
    expect(report.quartersWithPit).toEqual(['met', 'met', 'without-pit', 'met']);
    expect(report.notesEndorsed).toBe(1);
    expect(report.developments).toEqual({
      reported: 7,
      byPhase: { verkenning: 2, ontwikkeling: 2, implementatie: 3 },
    });
    expect(report.spending.total).toMatchObject({ paid: 69_520, approved: 120_000, announced: 40_000 });
  });

  it('counts an answer refused as incomplete against "complete at once"', async () => {
    await harness.command('gemeente', '/advies reactie ADV-2026-004 opgevolgd hoe:"Alleen geaggregeerd"');
    await harness.command(
      'gemeente',
      '/advies reactie ADV-2026-004 opgevolgd hoe:"Alleen geaggregeerd" termijn:1-3-2027',
    );
    const report = annualReport(harness.store.db, harness.bot.config, 2026, '2026-11-28');
    expect(report.answers).toMatchObject({ total: 3, completeFirstTry: 2, onTime: 2 });
  });

  it('prints the figures in words and as Markdown', async () => {
    const text = await harness.command('panellid', '/jaarverslag 2026');
    expect(text).toContain('Verzoeken ontvangen: 6. Zo vaak vroeg de gemeente dit jaar het panel om advies.');
    expect(text).toContain('Adviezen gegeven: 4.');
    expect(text).toContain('Geen advies gegeven: 1.');
    expect(text).toContain('Dagen tot een advies: 47,5 dagen. Het middelste getal');
    // ADV-2026-005's answer was due on 7 November 2026 and has not come: it counts as late.
    expect(text).toContain('Antwoorden op tijd: 1 van 3 (33%).');
    expect(text).toContain(
      'Kwartalen met overleg met gemeente en privacyteam: 3 van 4 (Q1 ✅, Q2 ✅, Q3 ❌ overleg zonder iemand van het privacyteam, Q4 ✅).',
    );
    const markdown = await harness.command('panellid', '/jaarverslag 2026 markdown');
    expect(markdown).toMatch(/^# Jaarverslag 2026 – Stadspanel Data \(interne versie\)\n/);
    expect(markdown).toContain('| Dagen tot een advies | 47,5 dagen | Het middelste getal');
    expect(markdown).toContain(
      '| Alles samen | € 695,20 betaald, € 1.600,00 toegezegd, van € 8.000,00 (28%) | Alle soorten samen',
    );
    expect(await harness.command('panellid', '/jaarverslag --markdown')).toContain('# Jaarverslag 2026 –');
    expect(await harness.command('panellid', '/jaarverslag vorig')).toContain("'vorig' begrijp ik hier niet");
  });

  it('names no confidential request in a public channel; it only counts them', async () => {
    const text = await harness.command('panellid', '/jaarverslag 2026 markdown', { channel: 'openbaar' });
    const confidential = harness.store.db.adviceRequests.filter((r) => r.confidentiality === 'vertrouwelijk');
    expect(confidential.length).toBeGreaterThan(0);
    for (const request of confidential) {
      expect(text).not.toContain(request.title);
      expect(text).not.toContain(request.id);
    }
    expect(text).toContain('1 vertrouwelijk verzoek staat niet in deze versie.');
    expect(text).toContain('(openbare versie)');
  });
});

describe('a year without the panel', () => {
  it('refuses a year before the first record or after this one, and changes nothing', async () => {
    const before = await harness.command('panellid', '/jaarverslag 1999');
    expect(before).toContain('De bot houdt de gegevens van het panel bij sinds 2026');
    expect(before).toContain('Kies 2026, of laat het jaar weg voor dit jaar');
    expect(before).not.toContain('Jaarverslag 1999');
    const future = await harness.command('panellid', '/jaarverslag 2099');
    expect(future).toContain('2099 is nog niet begonnen');
    expect(await harness.command('panellid', '/budget 1999')).toContain('sinds 2026');
    expect(await harness.command('panellid', '/jaarverslag 2026')).toContain('Jaarverslag 2026');
  });
});
