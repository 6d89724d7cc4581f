// @ts-nocheck
import { afterEach, describe, expect, it } from 'vitest';
import { Harness, tempDir } from '../support/harness.ts';
import { runShellProcess } from '../support/run-shell-process.ts';

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

describe('figures that agree everywhere', () => {
  it('calls a past meeting without attendance not held, in the list and in the yearly report', async () => {
    harness = await Harness.create({ now: '2026-03-01T09:00:00Z' });
    await harness.command('secretaris', '/overleg plan 10-3-2026');
    await harness.command('secretaris', '/overleg plan 20-3-2026');
    harness.clock.set(new Date('2026-03-25T09:00:00Z'));
    await harness.command('secretaris', '/overleg aanwezig OVL-1 voorzitter secretaris');
    const list = await harness.command('panellid', '/overleg lijst');
    expect(list).toContain('OVL-2026-001');
    expect(list).toMatch(/OVL-2026-001 .* — gehouden, 2 aanwezig/);
    expect(list).toMatch(/OVL-2026-002 .* — aanwezigheid niet vastgelegd/);
    expect(list).not.toContain('0 aanwezig');
    const report = await harness.command('panellid', '/jaarverslag 2026');
    expect(report).toContain('Overleggen gehouden: 1.');
    expect(report).toContain('Q1 nog niet, Q2 nog niet, Q3 nog niet, Q4 nog niet');
  });

  it('rounds every percentage down, so the bar and the warning agree', async () => {
    harness = await Harness.create();
    await harness.command('panellid', '/uitgave 2.925 expertise Jurist');
    const budget = await harness.command('panellid', '/budget');
    expect(budget).toContain('ingehuurde expertise  █████████░ 97%');
    expect(budget).toContain('97%');
    expect(budget).not.toContain('98%');
    await harness.command('panellid', '/uitgave 49,99 expertise Nog iets');
    const full = await harness.command('panellid', '/budget');
    expect(full).toContain('99%');
    expect(full).not.toMatch(/expertise {2}█+ 100%/);
  });

  it('finds OVL-5 in another year when this year has none, and names the choices when there are several', async () => {
    harness = await Harness.create({ now: '2026-11-28T09:00:00Z' });
    await harness.command('secretaris', '/overleg plan 1-12-2026 Eerste');
    harness.clock.set(new Date('2027-01-10T09:00:00Z'));
    expect(await harness.command('panellid', '/overleg toon OVL-1')).toContain('OVL-2026-001');
    harness.clock.set(new Date('2028-01-10T09:00:00Z'));
    await harness.command('secretaris', '/overleg plan 1-12-2026 Oud, te laat ingevoerd');
    harness.clock.set(new Date('2029-01-10T09:00:00Z'));
    const several = await harness.command('panellid', '/overleg toon OVL-1');
    expect(several).toContain('OVL-1 kan meer dan één item zijn: OVL-2026-001 of OVL-2028-001');
  });

  it('names who may with the right articles, and only the approvers for paying', async () => {
    harness = await Harness.create();
    expect(await harness.command('gemeente', '/uitgave 45 kosten Trein')).toContain(
      'Dit mag alleen een panellid, de voorzitter of de secretaris. Jij bent gemeente.',
    );
    expect(await harness.command('panellid', '/uitgave betaald UIT-1')).toContain(
      'Dit mag alleen de programmamanager of een gemeentelid dat uitgaven mag goedkeuren.',
    );
  });
});

describe('figures in the shell', () => {
  it('shows quarters still to come as nog niet, and quarters before the bot was used as not recorded', async () => {
    const run = await runShellProcess(['/jaarverslag'], {
      STADSPANEL_DATA_DIR: await tempDir(),
      STADSPANEL_NOW: '2026-05-10T10:00',
    });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      'Q1 – niet bijgehouden (van vóór de bot), Q2 nog niet, Q3 nog niet, Q4 nog niet',
    );
    expect(run.stdout).not.toContain('❌');
  });
});
