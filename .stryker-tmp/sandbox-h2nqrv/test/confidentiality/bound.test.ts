// @ts-nocheck
import { afterEach, describe, expect, it } from 'vitest';
import { maySeeConfidential } from '../../src/core/audience.ts';
import { DEMO_MEMBERS, type Member } from '../../src/setup/config.ts';
import { Harness, testConfig } from '../support/harness.ts';

/**
 * Who is bound: panel members by the declaration of afspraak 7c (a `geheimhouding` date),
 * municipal staff by their own duty of confidentiality (ambtsgeheim).
 */
const TODAY = '2026-11-28';
const member = (roles: Member['roles'], geheimhouding?: string): Member => ({
  id: 'x',
  name: 'X',
  roles,
  ...(geheimhouding ? { geheimhouding } : {}),
});

describe('who may read confidential content', () => {
  it('municipal roles without a declaration date: bound by ambtsgeheim', () => {
    expect(maySeeConfidential(member(['gemeente']), TODAY)).toBe(true);
    expect(maySeeConfidential(member(['pit']), TODAY)).toBe(true);
    expect(maySeeConfidential(member(['programmamanager']), TODAY)).toBe(true);
    expect(maySeeConfidential(member(['gemeente', 'pit', 'programmamanager']), TODAY)).toBe(true);
  });

  it('anyone with a panel role needs the declaration', () => {
    expect(maySeeConfidential(member(['panel']), TODAY)).toBe(false);
    expect(maySeeConfidential(member(['gemeente', 'panel']), TODAY)).toBe(false);
    expect(maySeeConfidential(member(['gemeente', 'voorzitter']), TODAY)).toBe(false);
    expect(maySeeConfidential(member(['gemeente', 'secretaris']), TODAY)).toBe(false);
    expect(maySeeConfidential(member([]), TODAY)).toBe(false);
    expect(maySeeConfidential(undefined, TODAY)).toBe(false);
    expect(maySeeConfidential(member(['panel'], TODAY), TODAY)).toBe(true);
    expect(maySeeConfidential(member(['panel'], '2026-11-29'), TODAY)).toBe(false);
  });

  it('a date the config names still counts for municipal staff: not before it', () => {
    expect(maySeeConfidential(member(['gemeente'], '2026-12-01'), TODAY)).toBe(false);
    expect(maySeeConfidential(member(['gemeente'], '2026-11-01'), TODAY)).toBe(true);
  });
});

describe('a municipal member without a declaration date', () => {
  let harness: Harness;
  afterEach(async () => {
    await harness.close();
  });

  const roster = (id: string, patch: Partial<Member> | 'drop-date') =>
    DEMO_MEMBERS.map((entry) => {
      if (entry.id !== id) return entry;
      if (patch === 'drop-date') {
        const { geheimhouding: _dropped, ...rest } = entry;
        return rest;
      }
      return { ...entry, ...patch };
    });

  it('can file a confidential request and read it back', async () => {
    harness = await Harness.create({ config: testConfig({ members: roster('gemeente', 'drop-date') }) });
    const filed = await harness.command(
      'gemeente',
      '/advies nieuw "Geheim fraudeonderzoek bijstand" vertrouwelijk',
    );
    expect(filed).toContain('Geheim fraudeonderzoek bijstand');
    expect(harness.store.db.adviceRequests[0]?.confidentiality).toBe('vertrouwelijk');
    expect(await harness.command('gemeente', '/advies toon ADV-1')).toContain('Geheim fraudeonderzoek');
  });

  it('a panel member without one still cannot', async () => {
    harness = await Harness.create({ config: testConfig({ members: roster('panellid', 'drop-date') }) });
    await harness.command('gemeente', '/advies nieuw "Geheim fraudeonderzoek bijstand" vertrouwelijk');
    const refused = await harness.command('panellid', '/advies toon ADV-1');
    expect(refused).not.toContain('fraudeonderzoek');
    expect(refused).toContain('geheimhoudingsverklaring');
  });
});
