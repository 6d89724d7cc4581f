// @ts-nocheck
import { readFile } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { Scheduler } from '../../src/core/scheduler.ts';
import { Harness } from '../support/harness.ts';

let harness: Harness;
afterEach(async () => {
  await harness.close();
});

describe('a corrected description after the retention period', () => {
  it('is erased from the history and from the audit trail too', async () => {
    harness = await Harness.create({ now: '2026-11-28T10:00:00Z' });
    await harness.command('panellid', '/uitgave 45,20 reis Trein naar Utrech');
    await harness.command('panellid', '/uitgave omschrijving UIT-1 Trein naar Utrecht');
    const [, channel, id] = harness.store.db.expenses[0]!.message!.split(':');
    await harness.react('programmamanager', '✅', { platform: 'shell', channel: channel!, id: id! });
    await harness.command('panellid', '/uitgave bewijs UIT-1 bon.pdf');
    await harness.command('programmamanager', '/uitgave betaald UIT-1');
    const scheduler = new Scheduler(harness.bot);
    await scheduler.start({ timer: false });
    harness.clock.set(new Date('2033-11-29T10:00:00Z'));
    await scheduler.tick();
    await harness.bot.idle();
    expect(harness.store.db.expenses[0]!.description).toBe('—');
    expect(await harness.diskText()).not.toContain('Utrech');
    expect(await readFile(`${harness.dir}/audit.jsonl`, 'utf8')).not.toContain('Utrech');
  });
});
