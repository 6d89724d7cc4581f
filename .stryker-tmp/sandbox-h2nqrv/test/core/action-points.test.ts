// @ts-nocheck
import { afterEach, describe, expect, it } from 'vitest';
import type { Scheduler } from '../../src/core/scheduler.ts';
import { parseRef } from '../../src/port/events.ts';
import type { Harness } from '../support/harness.ts';
import { startScheduled, stopScheduled, tickAt } from '../support/scheduled.ts';

/**
 * Action points: items with their own id (ACT-2026-001), an owner and an optional due
 * date, each with its own line in the meeting's thread; done by command or by the
 * owner's ✅; listed with /acties; reminded the day before and once when overdue.
 */
let harness: Harness;
let scheduler: Scheduler;
afterEach(async () => {
  await stopScheduled({ harness, scheduler });
});

async function setUp(): Promise<void> {
  ({ harness, scheduler } = await startScheduled('2026-03-02T09:00:00Z'));
  await harness.command('secretaris', '/overleg plan 2-3-2026 Panelavond');
}

const meetingRef = () => parseRef(harness.store.db.meetings[0]!.message!)!;
const reminders = () =>
  harness.adapter.sent.filter((sent) => sent.kind === 'reply' && sent.text.includes('⏰'));

const at = (instant: string) => tickAt(harness, scheduler, instant);

describe('action points', () => {
  it('get an id, an owner, a due date and their own line in the meeting’s thread', async () => {
    await setUp();
    const reply = await harness.command(
      'secretaris',
      '/overleg actie OVL-1 Anna de Vries Brief aan de wethouder voor:10-3-2026',
    );
    const point = harness.store.db.actionPoints[0]!;
    expect(point).toMatchObject({
      id: 'ACT-2026-001',
      meeting: 'OVL-2026-001',
      owner: 'voorzitter',
      text: 'Brief aan de wethouder',
      due: '2026-03-10',
    });
    const line = harness.adapter.last();
    expect(line.kind).toBe('reply');
    expect(line.ref).toEqual(meetingRef());
    expect(reply).toContain('ACT-2026-001');
    expect(reply).toContain('Anna de Vries');
    expect(reply).toContain('10-3-2026');
    expect(point.message).toBeDefined();
    await harness.command('secretaris', '/overleg actie OVL-1 Chris Agenda rondsturen');
    expect(harness.store.db.actionPoints[1]).toMatchObject({ id: 'ACT-2026-002', owner: 'panellid' });
    expect(harness.store.db.actionPoints[1]!.due).toBeUndefined();
  });

  it('is done with /actie klaar by the owner (not by another panel member), and the line shows it', async () => {
    await setUp();
    await harness.command('secretaris', '/overleg actie OVL-1 Chris Agenda rondsturen voor:5-3-2026');
    const refused = await harness.command('gemeente', '/actie klaar ACT-1');
    expect(refused).toContain('Chris Bakker');
    expect(harness.store.db.actionPoints[0]!.done).toBeUndefined();
    const reply = await harness.command('panellid', '/actie klaar ACT-1 Verstuurd op maandag');
    expect(reply).toContain('ACT-2026-001');
    expect(harness.store.db.actionPoints[0]!.done).toMatchObject({
      by: 'panellid',
      note: 'Verstuurd op maandag',
    });
    const update = harness.adapter.sent.find(
      (sent) =>
        sent.kind === 'update' && sent.ref.id === parseRef(harness.store.db.actionPoints[0]!.message!)!.id,
    );
    expect(update?.text).toContain('✅');
    expect(await harness.command('panellid', '/actie klaar ACT-1')).toContain('al afgerond');
  });

  it('is done by a ✅ of its owner on its line; a ✅ of someone else changes nothing', async () => {
    await setUp();
    await harness.command('secretaris', '/overleg actie OVL-1 Chris Agenda rondsturen');
    const line = parseRef(harness.store.db.actionPoints[0]!.message!)!;
    await harness.react('gemeente', '✅', line);
    expect(harness.store.db.actionPoints[0]!.done).toBeUndefined();
    await harness.react('panellid', '✅', line);
    expect(harness.store.db.actionPoints[0]!.done).toMatchObject({ by: 'panellid' });
  });

  it('lists open action points with /acties, mine with /acties mijn, and all with /acties alle', async () => {
    await setUp();
    await harness.command('secretaris', '/overleg actie OVL-1 Chris Agenda rondsturen voor:5-3-2026');
    await harness.command('secretaris', '/overleg actie OVL-1 Anna Brief aan de wethouder');
    await harness.command('secretaris', '/overleg actie OVL-1 Anna Zaal huren');
    await harness.command('voorzitter', '/actie klaar ACT-3');
    const open = await harness.command('panellid', '/acties');
    expect(open).toContain('ACT-2026-001');
    expect(open).toContain('ACT-2026-002');
    expect(open).not.toContain('ACT-2026-003');
    const mine = await harness.command('voorzitter', '/acties mijn');
    expect(mine).toContain('ACT-2026-002');
    expect(mine).not.toContain('ACT-2026-001');
    const all = await harness.command('panellid', '/acties alle');
    expect(all).toContain('ACT-2026-003');
  });

  it('reminds the owner the day before and once when overdue, in the meeting’s thread', async () => {
    await setUp();
    await harness.command('secretaris', '/overleg actie OVL-1 Chris Agenda rondsturen voor:10-3-2026');
    await at('2026-03-08T09:00:00Z');
    expect(reminders()).toHaveLength(0);
    await at('2026-03-09T09:00:00Z');
    expect(reminders()).toHaveLength(1);
    expect(reminders()[0]!.ref).toEqual(meetingRef());
    expect(reminders()[0]!.message.blocks[0]).toMatchObject({
      kind: 'address',
      to: { name: 'Chris Bakker' },
    });
    await at('2026-03-10T09:00:00Z');
    expect(reminders()).toHaveLength(1);
    await at('2026-03-11T09:00:00Z');
    expect(reminders()).toHaveLength(2);
    expect(reminders()[1]!.text).toContain('ACT-2026-001');
    await at('2026-03-12T09:00:00Z');
    await at('2026-03-20T09:00:00Z');
    expect(reminders()).toHaveLength(2);
  });
});

describe('the digest section for action points', () => {
  it('lists open action points per owner; a public digest only counts confidential ones', async () => {
    await setUp();
    await harness.command('secretaris', '/overleg plan 3-3-2026 Besloten overleg vertrouwelijk');
    await harness.command('secretaris', '/overleg actie OVL-1 Chris Agenda rondsturen voor:5-3-2026');
    await harness.command('secretaris', '/overleg actie OVL-1 Anna Brief aan de wethouder');
    await harness.command('secretaris', '/overleg actie OVL-1 Anna Zaal huren');
    await harness.command('secretaris', '/overleg actie OVL-2 Anna Geheime klus');
    await harness.command('voorzitter', '/actie klaar ACT-3');
    harness.clock.set(new Date('2026-03-09T08:00:00Z'));
    const inside = await harness.command('panellid', '/digest');
    const section = inside.slice(inside.indexOf('✅ Open actiepunten'));
    expect(section).toContain(
      'Anna de Vries: ACT-2026-002 Brief aan de wethouder, ACT-2026-004 Geheime klus',
    );
    expect(section).toContain('Chris Bakker: ACT-2026-001 Agenda rondsturen (uiterlijk 5-3-2026, te laat)');
    expect(section).not.toContain('ACT-2026-003');
    const outside = await harness.command('panellid', '/digest', { channel: 'openbaar' });
    const publicSection = outside.slice(outside.indexOf('✅ Open actiepunten'));
    expect(publicSection).not.toContain('Geheime klus');
    expect(publicSection).toContain('1 vertrouwelijk actiepunt');
  });
});
