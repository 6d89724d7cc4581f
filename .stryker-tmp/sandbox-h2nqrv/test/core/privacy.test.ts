// @ts-nocheck
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Scheduler } from '../../src/core/scheduler.ts';
import { budgetFor } from '../../src/domain/budget.ts';
import { DEMO_MEMBERS } from '../../src/setup/config.ts';
import { Harness, testConfig } from '../support/harness.ts';

let harness: Harness;
afterEach(async () => {
  await harness.close();
});

async function auditLines(): Promise<Array<Record<string, unknown>>> {
  const text = await readFile(join(harness.dir, 'audit.jsonl'), 'utf8');
  return text
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

async function activity(): Promise<void> {
  await harness.command('gemeente', '/advies nieuw Druktemeter');
  await harness.command('panellid', '/uitgave 45,20 reis Trein');
  await harness.receive({
    kind: 'reaction',
    eventId: 'approve',
    actor: { platform: 'shell', userId: 'programmamanager' },
    channel: 'panel',
    emoji: '✅',
    added: true,
    target: {
      platform: 'shell',
      channel: 'panel',
      id: harness.store.db.expenses[0]!.message!.split(':')[2]!,
    },
  });
  await harness.command('panellid', '/uitgave bewijs UIT-1 https://example.org/bon-chris.pdf');
  await harness.command('programmamanager', '/uitgave betaald UIT-1');
  await harness.command('secretaris', '/overleg plan 28-11-2026');
  await harness.command('secretaris', '/overleg aanwezig OVL-1 panellid voorzitter');
  await harness.command('secretaris', '/overleg actie OVL-1 panellid Verslag schrijven');
  await harness.command('panellid', '/notitie nieuw Gesprek');
  await harness.command('panellid', '/notitie tekst GN-1 Tekst');
  await harness.command('panellid', '/notitie teken GN-1');
}

describe('/privacy inzage', () => {
  it('lists what is kept about a member, for that member or the chair, and logs it', async () => {
    harness = await Harness.create();
    await activity();
    const own = await harness.command('panellid', '/privacy inzage panellid');
    expect(own).toContain('Uitgaven: UIT-2026-001 (aangevraagd, bon ingediend, stap gezet)');
    expect(own).toContain('Overleggen: OVL-2026-001 (aanwezig)');
    expect(own).toContain('Actiepunten: ACT-2026-001 (eigenaar)');
    expect(own).toContain('Notities: GN-2026-001 (begonnen, getekend)');
    expect(await harness.command('voorzitter', '/privacy inzage Chris Bakker')).toContain('Chris Bakker');
    expect(await harness.command('secretaris', '/privacy inzage panellid')).toContain(
      'alleen je eigen gegevens',
    );
    expect((await auditLines()).filter((entry) => entry.action === 'privacy.inzage')).toHaveLength(2);
  });
});

describe('/privacy vergeet', () => {
  it('replaces a former member by a neutral label everywhere, keeping records and totals', async () => {
    harness = await Harness.create();
    await activity();
    const before = budgetFor(harness.store.db.expenses, 2026, harness.bot.config.caps);
    await harness.close();
    // Chris leaves the panel: removed from the roster.
    harness = await Harness.create({
      dir: harness.dir,
      config: testConfig({ members: DEMO_MEMBERS.filter((member) => member.id !== 'panellid') }),
    });
    expect(await harness.command('secretaris', '/privacy vergeet panellid')).toContain(
      'Dit mag alleen de voorzitter',
    );
    const reply = await harness.command('voorzitter', '/privacy vergeet panellid');
    expect(reply).toContain("heet nu overal 'oud-lid-1'");
    const text = await harness.diskText();
    expect(text).not.toMatch(/"panellid"/);
    expect(harness.store.db.expenses[0]).toMatchObject({
      announcedBy: 'oud-lid-1',
      amount: 4520,
      step: 'vergoed',
    });
    expect(harness.store.db.meetings[0]!.attendees).toEqual(['oud-lid-1', 'voorzitter']);
    expect(harness.store.db.notes[0]!.signatures[0]!.by).toBe('oud-lid-1');
    expect(budgetFor(harness.store.db.expenses, 2026, harness.bot.config.caps)).toEqual(before);
    const audit = await auditLines();
    expect(audit.some((entry) => entry.actor === 'panellid')).toBe(false);
    expect(audit.some((entry) => entry.actor === 'oud-lid-1')).toBe(true);
    expect(audit.find((entry) => entry.action === 'privacy.vergeet')).toMatchObject({
      action: 'privacy.vergeet',
      actor: 'voorzitter',
      target: 'oud-lid-1',
    });
    expect(await harness.command('voorzitter', '/privacy vergeet panellid')).toContain(
      'bewaart de bot niets',
    );
  });

  it('refuses to forget someone who is still on the roster', async () => {
    harness = await Harness.create();
    await activity();
    expect(await harness.command('voorzitter', '/privacy vergeet panellid')).toContain(
      'staat nog in de ledenlijst',
    );
    expect(harness.store.db.forgottenMembers).toEqual([]);
  });
});

describe('the retention period', () => {
  it('erases descriptions and receipts of paid expenses after 7 years, keeping amounts and categories', async () => {
    harness = await Harness.create({ now: '2026-11-28T10:00:00Z' });
    await activity();
    const scheduler = new Scheduler(harness.bot);
    await scheduler.start({ timer: false });
    harness.clock.set(new Date('2033-11-27T10:00:00Z'));
    await scheduler.tick();
    expect(harness.store.db.expenses[0]!.description).toBe('Trein');
    harness.clock.set(new Date('2033-11-29T10:00:00Z'));
    await scheduler.tick();
    expect(harness.store.db.expenses[0]).toMatchObject({
      description: '—',
      amount: 4520,
      category: 'kosten',
      step: 'vergoed',
    });
    expect(harness.store.db.expenses[0]!.receipts[0]!.text).toBe('—');
    expect(await harness.diskText()).not.toContain('bon-chris.pdf');
    expect(
      (await auditLines()).some(
        (entry) => entry.action === 'privacy.bewaartermijn' && entry.target === 'UIT-2026-001',
      ),
    ).toBe(true);
    const writes = (await auditLines()).length;
    await scheduler.tick();
    expect((await auditLines()).length).toBe(writes);
  });
});
