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

async function auditLines(): Promise<Array<Record<string, unknown>>> {
  await harness.bot.idle();
  const text = await readFile(`${harness.dir}/audit.jsonl`, 'utf8');
  return text
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

describe('/besluit wijzig and intrekken', () => {
  it('changes a decision under its own id, and keeps every version with who and when', async () => {
    await harness.command('secretaris', '/besluit Het panel vergadert op dinsdag');
    harness.clock.set(new Date('2026-12-02T10:00:00Z'));
    const reply = await harness.command(
      'voorzitter',
      '/besluit wijzig BES-1 Het panel vergadert voortaan op woensdag reden:"zaal bezet"',
    );
    expect(reply).toContain('BES-2026-001');
    expect(harness.store.db.decisions).toHaveLength(1);
    expect(harness.store.db.decisions[0]).toMatchObject({
      id: 'BES-2026-001',
      text: 'Het panel vergadert voortaan op woensdag',
    });
    const list = await harness.command('panellid', '/besluit lijst');
    expect(list).toContain('Het panel vergadert voortaan op woensdag');
    expect(list).toContain('gewijzigd 2-12-2026');
    const shown = await harness.command('panellid', '/besluit toon BES-1');
    expect(shown).toContain('Versie 1 (28-11-2026, Bram Visser): Het panel vergadert op dinsdag');
    expect(shown).toContain('Versie 2 (2-12-2026, Anna de Vries): Het panel vergadert voortaan op woensdag');
    expect(shown).toContain('zaal bezet');
    expect((await auditLines()).at(-1)).toMatchObject({
      action: 'besluit.wijzig',
      target: 'BES-2026-001',
      before: 'Het panel vergadert op dinsdag',
      after: 'Het panel vergadert voortaan op woensdag',
    });
  });

  it('withdraws a decision with a reason; it stays listed as withdrawn and cannot be changed', async () => {
    await harness.command('secretaris', '/besluit Bodycams alleen bij dreiging');
    await harness.command('secretaris', '/besluit Tweede besluit');
    expect(await harness.command('voorzitter', '/besluit intrekken BES-1')).toContain('reden:');
    expect(harness.store.db.decisions[0]!.withdrawn).toBeUndefined();
    const reply = await harness.command('voorzitter', '/besluit intrekken BES-1 reden:"gemeente ziet af"');
    expect(reply).toContain('ingetrokken');
    expect(harness.store.db.decisions).toHaveLength(2);
    expect(harness.store.db.decisions[0]).toMatchObject({
      text: 'Bodycams alleen bij dreiging',
      withdrawn: { by: 'voorzitter', reason: 'gemeente ziet af' },
    });
    expect(await harness.command('panellid', '/besluit lijst')).toContain('ingetrokken 28-11-2026');
    expect(await harness.command('voorzitter', '/besluit wijzig BES-1 Iets anders')).toContain(
      'is ingetrokken',
    );
    expect(await harness.command('voorzitter', '/besluit intrekken BES-1 reden:nogmaals')).toContain(
      'is al ingetrokken',
    );
    expect((await auditLines()).at(-1)).toMatchObject({
      action: 'besluit.intrekken',
      target: 'BES-2026-001',
    });
  });

  it('records a decision whose text starts with wijzig or intrekken when it is quoted', async () => {
    await harness.command('secretaris', '/besluit "Wijzig de vergaderdag naar woensdag"');
    await harness.command('secretaris', '/besluit "intrekken" van de oude regeling');
    expect(harness.store.db.decisions.map((decision) => decision.text)).toEqual([
      'Wijzig de vergaderdag naar woensdag',
      'intrekken van de oude regeling',
    ]);
    const refused = await harness.command('secretaris', '/besluit wijzig de vergaderdag');
    expect(refused).toContain('aanhalingstekens');
    expect(harness.store.db.decisions).toHaveLength(2);
  });

  it('only lets the chair or secretary change or withdraw, and refuses ids that are no decision', async () => {
    await harness.command('secretaris', '/besluit Iets');
    expect(await harness.command('panellid', '/besluit wijzig BES-1 Anders')).toMatch(/alleen/i);
    expect(await harness.command('voorzitter', '/besluit wijzig BES-9 Anders')).toContain('BES-2026-009');
    expect(harness.store.db.decisions[0]!.text).toBe('Iets');
  });
});
