// @ts-nocheck
import { afterEach, describe, expect, it } from 'vitest';
import type { Scheduler } from '../../src/core/scheduler.ts';
import { answeredWithPromise } from '../support/advice.ts';
import type { Harness } from '../support/harness.ts';
import { startScheduled, stopScheduled, tickAt } from '../support/scheduled.ts';

/**
 * The scenario of the evaluation's first improvement point: a promise kept on time, one
 * postponed and then kept late, one forgotten — with reminders, digest and yearly report.
 */
let harness: Harness;
let scheduler: Scheduler;
afterEach(async () => {
  await stopScheduled({ harness, scheduler });
});

const at = (instant: string) => tickAt(harness, scheduler, instant);

describe('the yearly report says what became of each advice', () => {
  it('kept, postponed and kept late, forgotten: reminders, digest, table and headline figures', async () => {
    ({ harness, scheduler } = await startScheduled('2026-01-05T09:00:00Z'));
    const kept = await answeredWithPromise(harness, 'Druktemeter', '1-3-2026');
    const late = await answeredWithPromise(harness, 'Bodycams', '1-3-2026');
    const forgotten = await answeredWithPromise(harness, 'Snelliuslaan', '1-3-2026');
    await harness.command('gemeente', '/advies nieuw "Geheime camera" vertrouwelijk');
    await harness.command('gemeente', '/advies nieuw "Nog in overweging"');

    await at('2026-02-22T09:00:00Z');
    const asked = () =>
      harness.adapter.sent.filter((s) => s.kind === 'reply' && s.text.includes('toezegging'));
    expect(asked()).toHaveLength(3);
    harness.clock.set(new Date('2026-02-25T10:00:00Z'));
    await harness.command('gemeente', `/advies uitgevoerd ${kept}`);
    await harness.command('gemeente', `/advies uitstel ${late} termijn:1-4-2026 reden:"leverancier"`);
    await at('2026-03-02T09:00:00Z');
    expect(asked()).toHaveLength(4); // only the forgotten one: the day after
    const digest = await harness.command('panellid', '/digest');
    expect(digest).toContain(`${forgotten} Snelliuslaan — 1 dag over de termijn (1-3-2026)`);
    harness.clock.set(new Date('2026-04-03T10:00:00Z'));
    await harness.command('gemeente', `/advies uitgevoerd ${late}`);

    harness.clock.set(new Date('2026-12-15T10:00:00Z'));
    const report = await harness.command('panellid', '/jaarverslag 2026');
    expect(report).toContain('Dagen tot een antwoord: 0 dagen.');
    expect(report).toContain('Toezeggingen op tijd nagekomen: 1 van 3 (33%).');
    expect(report).toContain(
      `${kept} Druktemeter — Ontvangen: 5-1-2026; Advies: advies op 5-1-2026; Antwoord gemeente: opgevolgd, op tijd; Toezegging: op tijd`,
    );
    expect(report).toContain(`${late} Bodycams`);
    expect(report).toContain('Toezegging: 2 dagen te laat, 1× uitgesteld');
    expect(report).toContain(`${forgotten} Snelliuslaan`);
    expect(report).toContain('Toezegging: open, uiterlijk 1-3-2026');
    expect(report).toContain('🔒 ADV-2026-004 Geheime camera — Ontvangen: 5-1-2026; Advies: nog geen advies');
    expect(report).toContain('Nog in overweging');

    const outside = await harness.command('panellid', '/jaarverslag 2026', { channel: 'openbaar' });
    expect(outside).not.toContain('Geheime camera');
    expect(outside).toContain('1 vertrouwelijk verzoek staat niet in deze versie.');
    expect(outside).toContain('Toezeggingen op tijd nagekomen: 1 van 3');
  });
});
