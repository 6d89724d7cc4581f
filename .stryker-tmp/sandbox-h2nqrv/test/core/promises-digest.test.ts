// @ts-nocheck
import { afterEach, describe, expect, it } from 'vitest';
import { digestMessage } from '../../commands/digest/render.ts';
import { buildDigest } from '../../src/domain/digest.ts';
import { renderText } from '../../src/port/rich-message.ts';
import { answeredWithPromise } from '../support/advice.ts';
import { Harness } from '../support/harness.ts';

let harness: Harness;
afterEach(async () => {
  await harness.close();
});

function digestText(today: string, forPublic = false): string {
  const scope = {
    lang: 'nl' as const,
    today,
    config: harness.bot.config,
    db: harness.store.db,
    nameOf: (id: string) => id,
  };
  return renderText(
    digestMessage(scope, buildDigest(harness.store.db, harness.bot.config, today), forPublic),
  );
}

describe('the digest section for promises', () => {
  it('lists promises due within 14 days, overdue ones oldest first, and those settled this week', async () => {
    harness = await Harness.create({ now: '2026-01-05T09:00:00Z' });
    const soon = await answeredWithPromise(harness, 'Druktemeter', '15-3-2026');
    const late = await answeredWithPromise(harness, 'Bodycams', '1-3-2026');
    const later = await answeredWithPromise(harness, 'Snelliuslaan', '20-2-2026');
    const kept = await answeredWithPromise(harness, 'ANPR', '10-3-2026');
    const keptLongAgo = await answeredWithPromise(harness, 'Open Hilversum', '10-3-2026');
    const far = await answeredWithPromise(harness, 'Cameratoezicht', '1-6-2026');
    harness.clock.set(new Date('2026-02-10T10:00:00Z'));
    await harness.command('gemeente', `/advies uitgevoerd ${keptLongAgo}`);
    harness.clock.set(new Date('2026-03-06T10:00:00Z'));
    await harness.command('gemeente', `/advies uitgevoerd ${kept}`);
    const text = digestText('2026-03-09');
    expect(text).toContain('🤝 Toezeggingen van de gemeente');
    const lines = text.slice(text.indexOf('🤝 Toezeggingen')).split('\n');
    const index = (id: string) => lines.findIndex((line) => line.includes(id));
    expect(lines[index(later)]).toContain('17 dagen over de termijn (20-2-2026)');
    expect(lines[index(late)]).toContain('8 dagen over de termijn (1-3-2026)');
    expect(index(later)).toBeLessThan(index(late));
    expect(lines[index(soon)]).toContain('uiterlijk 15-3-2026 (nog 6 dagen)');
    expect(lines[index(kept)]).toContain('uitgevoerd op 6-3-2026');
    expect(index(keptLongAgo)).toBe(-1);
    expect(index(far)).toBe(-1);
    expect(text).toMatch(/toezeggingen? te laat/);
  });

  it('names no confidential request in a public digest', async () => {
    harness = await Harness.create({ now: '2026-01-05T09:00:00Z' });
    await answeredWithPromise(harness, 'Geheime camera', '1-3-2026', 'vertrouwelijk');
    const text = digestText('2026-03-09', true);
    expect(text).not.toContain('Geheime camera');
    expect(text).not.toContain('ADV-2026-001');
    const section = text.slice(text.indexOf('🤝 Toezeggingen'));
    expect(section).toContain('1 vertrouwelijk verzoek');
    const inside = digestText('2026-03-09');
    expect(inside.slice(inside.indexOf('🤝 Toezeggingen'))).toContain('ADV-2026-001 Geheime camera');
  });
});
