// @ts-nocheck
import { afterEach, describe, expect, it } from 'vitest';
import type { Scheduler } from '../../src/core/scheduler.ts';
import { answeredWithPromise } from '../support/advice.ts';
import type { Harness } from '../support/harness.ts';
import { startScheduled, stopScheduled, tickAt } from '../support/scheduled.ts';

/**
 * Promises (`termijn`): after the municipality's answer the request carries a promise;
 * the bot asks 7 days before and the day after whether it was done, addressing the
 * member who answered, and the promise's outcome is recorded with its own commands.
 */
let harness: Harness;
let scheduler: Scheduler;
afterEach(async () => {
  await stopScheduled({ harness, scheduler });
});

const at = (instant: string) => tickAt(harness, scheduler, instant);

const reminders = () =>
  harness.adapter.sent.filter((sent) => sent.kind === 'reply' && sent.text.includes('toezegging'));

describe('promises', () => {
  it('records the promise with the answer and reminds the member who answered, once each', async () => {
    ({ harness, scheduler } = await startScheduled('2026-01-05T09:00:00Z'));
    const id = await answeredWithPromise(harness, 'Bodycams', '1-3-2026');
    const request = harness.store.db.adviceRequests[0]!;
    expect(request.promise).toMatchObject({ promised: '2026-03-01', due: '2026-03-01', by: 'gemeente' });

    await at('2026-02-21T09:00:00Z'); // 8 days before
    expect(reminders()).toHaveLength(0);
    await at('2026-02-22T09:00:00Z'); // 7 days before
    expect(reminders()).toHaveLength(1);
    const before = reminders()[0]!;
    expect(before.ref).toEqual(harness.anchorOf(id));
    expect(before.message.blocks[0]).toMatchObject({ kind: 'address', to: { name: 'Dewi Jansen' } });
    expect(before.text).toContain('1-3-2026');
    await at('2026-02-23T09:00:00Z');
    await at('2026-03-01T09:00:00Z'); // the day itself: nothing new
    expect(reminders()).toHaveLength(1);
    await at('2026-03-02T09:00:00Z'); // the day after
    expect(reminders()).toHaveLength(2);
    expect(reminders()[1]!.message.blocks[0]).toMatchObject({ kind: 'address', to: { name: 'Dewi Jansen' } });
    await at('2026-03-03T09:00:00Z');
    await at('2026-03-20T09:00:00Z');
    expect(reminders()).toHaveLength(2);
  });

  it('a promise kept on time: /advies uitgevoerd records it; the request shows promise and outcome', async () => {
    ({ harness, scheduler } = await startScheduled('2026-01-05T09:00:00Z'));
    const id = await answeredWithPromise(harness, 'Bodycams', '1-3-2026');
    harness.clock.set(new Date('2026-02-20T10:00:00Z'));
    const reply = await harness.command('gemeente', `/advies uitgevoerd ${id} Staat in de verklaring`);
    expect(reply).toContain('uitgevoerd');
    expect(reply).toContain('op tijd');
    const promise = harness.store.db.adviceRequests[0]!.promise!;
    expect(promise.outcome).toMatchObject({
      result: 'uitgevoerd',
      by: 'gemeente',
      note: 'Staat in de verklaring',
    });
    const shown = await harness.command('panellid', `/advies toon ${id}`);
    expect(shown).toContain('Toezegging: uiterlijk 1-3-2026');
    expect(shown).toContain('uitgevoerd op 20-2-2026 (op tijd)');
    // Once settled, no reminders any more.
    await at('2026-02-22T09:00:00Z');
    await at('2026-03-02T09:00:00Z');
    expect(reminders()).toHaveLength(0);
    // And it cannot be settled twice.
    const again = await harness.command('gemeente', `/advies niet-uitgevoerd ${id} reden:"toch niet"`);
    expect(again).toContain('al afgehandeld');
  });

  it('a postponed promise, then kept late: the postponement is counted and reminders follow the new date', async () => {
    ({ harness, scheduler } = await startScheduled('2026-01-05T09:00:00Z'));
    const id = await answeredWithPromise(harness, 'Bodycams', '1-3-2026');
    await at('2026-02-22T09:00:00Z');
    expect(reminders()).toHaveLength(1);
    harness.clock.set(new Date('2026-02-25T10:00:00Z'));
    const missingReason = await harness.command('gemeente', `/advies uitstel ${id} termijn:1-5-2026`);
    expect(missingReason).toContain('reden:"');
    expect(harness.store.db.adviceRequests[0]!.promise!.postponements).toHaveLength(0);
    const earlier = await harness.command('gemeente', `/advies uitstel ${id} termijn:1-2-2026 reden:"x"`);
    expect(earlier).toContain('1-3-2026');
    const reply = await harness.command(
      'gemeente',
      `/advies uitstel ${id} termijn:1-5-2026 reden:"leverancier is laat"`,
    );
    expect(reply).toContain('naar 1 mei 2026');
    const promise = harness.store.db.adviceRequests[0]!.promise!;
    expect(promise).toMatchObject({ promised: '2026-03-01', due: '2026-05-01' });
    expect(promise.postponements).toEqual([
      expect.objectContaining({ from: '2026-03-01', to: '2026-05-01', reason: 'leverancier is laat' }),
    ]);
    await at('2026-03-02T09:00:00Z'); // the old date has no reminder any more
    expect(reminders()).toHaveLength(1);
    await at('2026-04-24T09:00:00Z');
    expect(reminders()).toHaveLength(2);
    expect(reminders()[1]!.text).toContain('1-5-2026');
    harness.clock.set(new Date('2026-05-04T10:00:00Z'));
    await harness.command('secretaris', `/advies uitgevoerd ${id}`);
    const shown = await harness.command('panellid', `/advies toon ${id}`);
    expect(shown).toContain('uitgesteld van 1-3-2026 naar 1-5-2026');
    expect(shown).toContain('3 dagen te laat');
  });

  it('only the municipality, the chair and the secretary settle a promise; a request without one says so', async () => {
    ({ harness, scheduler } = await startScheduled('2026-01-05T09:00:00Z'));
    const id = await answeredWithPromise(harness, 'Bodycams', '1-3-2026');
    const refused = await harness.command('panellid', `/advies uitgevoerd ${id}`);
    expect(refused).toMatch(/gemeente|voorzitter/);
    expect(harness.store.db.adviceRequests[0]!.promise!.outcome).toBeUndefined();
    await harness.command('gemeente', '/advies nieuw Zonder');
    const none = await harness.command('gemeente', '/advies uitgevoerd ADV-2');
    expect(none).toContain('geen toezegging');
    const noReason = await harness.command('gemeente', `/advies niet-uitgevoerd ${id}`);
    expect(noReason).toContain('reden:"');
    await harness.command('gemeente', `/advies niet-uitgevoerd ${id} reden:"Budget is op"`);
    expect(harness.store.db.adviceRequests[0]!.promise!.outcome).toMatchObject({
      result: 'niet-uitgevoerd',
      note: 'Budget is op',
    });
  });

  it('closing the request leaves an open promise in the list', async () => {
    ({ harness, scheduler } = await startScheduled('2026-01-05T09:00:00Z'));
    const id = await answeredWithPromise(harness, 'Bodycams', '1-3-2026');
    await harness.command('voorzitter', `/advies afronden ${id}`);
    const list = await harness.command('panellid', '/advies lijst');
    expect(list).toContain(id);
    expect(list).toContain('toezegging uiterlijk 1-3-2026');
    await harness.command('gemeente', `/advies uitgevoerd ${id}`);
    expect(await harness.command('panellid', '/advies lijst')).not.toContain(id);
  });
});
