// @ts-nocheck
import { afterEach, describe, expect, it } from 'vitest';
import { Scheduler } from '../../src/core/scheduler.ts';
import { Harness } from '../support/harness.ts';

let harness: Harness;
afterEach(async () => {
  await harness.close();
});

async function setUp(now: string): Promise<Scheduler> {
  harness = await Harness.create({ now });
  const scheduler = new Scheduler(harness.bot);
  await scheduler.start({ timer: false });
  return scheduler;
}

const digests = () => harness.adapter.sent.filter((sent) => sent.text.includes('Weekoverzicht'));

async function moveTo(scheduler: Scheduler, instant: string): Promise<void> {
  harness.clock.set(new Date(instant));
  await scheduler.tick();
}

describe('the weekly digest', () => {
  it('is posted once at Monday 09:00 and not again that week', async () => {
    const scheduler = await setUp('2026-11-29T19:00:00Z'); // Sunday evening
    await harness.command('gemeente', '/advies nieuw Druktemeter');
    expect(digests()).toHaveLength(0);
    await moveTo(scheduler, '2026-11-30T07:59:00Z');
    expect(digests()).toHaveLength(0);
    await moveTo(scheduler, '2026-11-30T08:00:00Z');
    expect(digests()).toHaveLength(1);
    expect(digests()[0]!.ref.channel).toBe('panel');
    await moveTo(scheduler, '2026-11-30T08:01:00Z');
    await moveTo(scheduler, '2026-12-03T12:00:00Z');
    await scheduler.tick();
    expect(digests()).toHaveLength(1);
    await moveTo(scheduler, '2026-12-07T08:00:00Z');
    expect(digests()).toHaveLength(2);
    expect(harness.store.db.scheduler.lastDigestWeek).toBe('2026-W50');
  });

  it('keeps 09:00 local time across the DST change', async () => {
    const scheduler = await setUp('2026-03-28T12:00:00Z');
    await moveTo(scheduler, '2026-03-30T06:59:00Z');
    expect(digests()).toHaveLength(0);
    await moveTo(scheduler, '2026-03-30T07:00:00Z'); // 09:00 CEST
    expect(digests()).toHaveLength(1);
  });

  it('catches up on start when the bot was down at 09:00, once, and not after a restart', async () => {
    let scheduler = await setUp('2026-11-27T12:00:00Z');
    scheduler.stop();
    await harness.close();
    // Down over Monday morning; started again on Tuesday.
    harness = await Harness.create({ dir: harness.dir, now: '2026-12-01T10:00:00Z' });
    scheduler = new Scheduler(harness.bot);
    await scheduler.start({ timer: false });
    expect(digests()).toHaveLength(1);
    await harness.close();
    harness = await Harness.create({ dir: harness.dir, now: '2026-12-01T11:00:00Z' });
    await new Scheduler(harness.bot).start({ timer: false });
    expect(digests()).toHaveLength(0);
  });

  it('does not catch up a week that lies before the store had a scheduler', async () => {
    await setUp('2026-12-01T10:00:00Z');
    expect(digests()).toHaveLength(0);
  });

  it('stores the week before posting, so a second scheduler on the same store posts nothing', async () => {
    const first = await setUp('2026-11-29T19:00:00Z');
    const second = new Scheduler(harness.bot);
    harness.clock.set(new Date('2026-11-30T08:00:00Z'));
    await Promise.all([first.tick(), second.tick(), first.tick()]);
    expect(digests()).toHaveLength(1);
  });

  it('goes to every configured digest channel, redacted in a public one', async () => {
    harness = await Harness.create({
      now: '2026-11-29T19:00:00Z',
      config: (await import('../support/harness.ts')).testConfig({
        channels: { panel: {}, openbaar: { public: true } },
        digest: { channels: ['panel', 'openbaar'] },
      }),
    });
    const scheduler = new Scheduler(harness.bot);
    await scheduler.start({ timer: false });
    await harness.command('gemeente', '/advies nieuw "Geheim project Noord" vertrouwelijk');
    await moveTo(scheduler, '2026-11-30T08:00:00Z');
    const [panel, open] = digests();
    expect(panel!.ref.channel).toBe('panel');
    expect(panel!.text).toContain('Geheim project Noord');
    expect(open!.ref.channel).toBe('openbaar');
    expect(open!.text).not.toContain('Geheim project Noord');
    expect(open!.text).toContain('1 vertrouwelijk verzoek');
  });
});

describe('answer reminders', () => {
  it('are sent once 7 days before the due date and once when overdue, in the thread', async () => {
    const scheduler = await setUp('2026-11-28T10:00:00Z');
    await harness.command('gemeente', '/advies nieuw Druktemeter');
    const thread = harness.anchorOf('ADV-2026-001');
    for (const step of ['in-overweging', 'in-gesprek'])
      await harness.command('voorzitter', `/advies stap ADV-1 ${step}`);
    await harness.command('voorzitter', '/advies uitbrengen ADV-1 Advies'); // due 9-1-2027
    const reminders = () =>
      harness.adapter.sent.filter((sent) => sent.kind === 'reply' && sent.text.startsWith('⏰'));
    await moveTo(scheduler, '2027-01-01T10:00:00Z');
    expect(reminders()).toHaveLength(0);
    await moveTo(scheduler, '2027-01-02T10:00:00Z');
    expect(reminders()).toHaveLength(1);
    expect(reminders()[0]).toMatchObject({ kind: 'reply', ref: thread });
    expect(reminders()[0]!.text).toContain('nog 7 dagen');
    for (const day of ['03', '05', '09']) await moveTo(scheduler, `2027-01-${day}T10:00:00Z`);
    expect(reminders()).toHaveLength(1);
    await moveTo(scheduler, '2027-01-10T10:00:00Z');
    expect(reminders()).toHaveLength(2);
    expect(reminders()[1]!.text).toContain('te laat');
    for (const day of ['11', '20', '30']) await moveTo(scheduler, `2027-01-${day}T10:00:00Z`);
    expect(reminders().filter((sent) => sent.text.includes('⏰ De reactie'))).toHaveLength(1);
  });

  it('send only the overdue one when the bot was away past the due date', async () => {
    const scheduler = await setUp('2026-11-28T10:00:00Z');
    await harness.command('gemeente', '/advies nieuw Druktemeter');
    for (const step of ['in-overweging', 'in-gesprek'])
      await harness.command('voorzitter', `/advies stap ADV-1 ${step}`);
    await harness.command('voorzitter', '/advies uitbrengen ADV-1 Advies');
    await moveTo(scheduler, '2027-02-01T10:00:00Z');
    const reminders = harness.adapter.sent.filter(
      (sent) => sent.kind === 'reply' && sent.text.startsWith('⏰'),
    );
    expect(reminders).toHaveLength(1);
    expect(reminders[0]!.text).toContain('te laat');
  });

  it('stop once the answer is in', async () => {
    const scheduler = await setUp('2026-11-28T10:00:00Z');
    await harness.command('gemeente', '/advies nieuw Druktemeter');
    for (const step of ['in-overweging', 'in-gesprek'])
      await harness.command('voorzitter', `/advies stap ADV-1 ${step}`);
    await harness.command('voorzitter', '/advies uitbrengen ADV-1 Advies');
    await harness.command('gemeente', '/advies reactie ADV-1 niet reden:"Geen geld"');
    await moveTo(scheduler, '2027-02-01T10:00:00Z');
    expect(
      harness.adapter.sent.filter((sent) => sent.kind === 'reply' && sent.text.startsWith('⏰')),
    ).toHaveLength(0);
  });
});
