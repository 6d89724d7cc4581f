// @ts-nocheck
import { afterEach, describe, expect, it } from 'vitest';
import type { MessageRef } from '../../src/port/events.ts';
import { Harness } from '../support/harness.ts';

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

function refOf(text: string | undefined): MessageRef {
  const [, channel, id] = (text ?? '').split(':');
  return { platform: 'shell', channel: channel!, id: id! };
}

describe('money that stays right in chat (issue 27)', () => {
  it('a receipt that raises a website expense fits the room of the total, and no figure is NaN', async () => {
    harness = await Harness.create({ now: '2026-03-02T09:00:00Z' });
    await harness.command('secretaris', '/uitgave 300 website Hosting');
    await harness.react('programmamanager', '✅', refOf(harness.store.db.expenses[0]!.message));
    const raised = await harness.command('secretaris', '/uitgave bewijs UIT-1 bedrag:400 factuur.pdf');
    expect(raised).not.toContain('NaN');
    expect(harness.store.db.expenses[0]).toMatchObject({ amount: 40_000, step: 'aangevraagd' });
    // More than the total's room: the most that still fits is kept, waiting for approval.
    const over = await harness.command('secretaris', '/uitgave bewijs UIT-1 bedrag:9.000 factuur-2.pdf');
    expect(over).not.toContain('NaN');
    expect(over).toContain('€ 8.000,00');
    expect(harness.store.db.expenses[0]).toMatchObject({ amount: 800_000, step: 'aangevraagd' });
    const budget = await harness.command('panellid', '/budget');
    expect(budget).not.toContain('NaN');
    const website = budget.slice(budget.indexOf('website en hosting'), budget.indexOf('totaal panelbudget'));
    expect(website).toContain('geen eigen plafond');
    expect(website).not.toMatch(/[█░]|%/);
    expect(budget).toContain('totaal panelbudget');
  });

  it('withdrawing an approved or receipted expense frees its amount', async () => {
    harness = await Harness.create({ now: '2026-03-02T09:00:00Z' });
    await harness.command('panellid', '/uitgave 1.500 bestanden Opslag');
    await harness.react('programmamanager', '✅', refOf(harness.store.db.expenses[0]!.message));
    expect(await harness.command('panellid', '/uitgave 200 bestanden Meer opslag')).toContain('past niet');
    await harness.command('panellid', '/uitgave bewijs UIT-1 factuur.pdf');
    expect(harness.store.db.expenses[0]!.step).toBe('bewijs-ingediend');
    await harness.command('panellid', '/uitgave intrekken UIT-1');
    expect(await harness.command('panellid', '/budget')).toContain('over € 1.600,00 van € 1.600,00');
    expect(await harness.command('panellid', '/uitgave 1.600 bestanden Opslag')).toContain('UIT-2026-002');
  });
});
