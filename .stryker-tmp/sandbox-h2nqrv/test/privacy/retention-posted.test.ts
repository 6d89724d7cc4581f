// @ts-nocheck
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { Scheduler } from '../../src/core/scheduler.ts';
import { Harness } from '../support/harness.ts';

let harness: Harness;
afterEach(async () => {
  await harness.close();
});

it('after the retention period the bot keeps none of its own messages that showed the erased description', async () => {
  harness = await Harness.create({ now: '2026-11-28T10:00:00Z' });
  await harness.command('panellid', '/uitgave 45,20 reis Treinkaartje naar Utrecht');
  const expense = harness.store.db.expenses[0]!;
  await harness.react('programmamanager', '✅', {
    platform: 'shell',
    channel: 'panel',
    id: expense.message!.split(':')[2]!,
  });
  await harness.command('panellid', '/uitgave bewijs UIT-1 https://example.org/bon.pdf');
  await harness.command('programmamanager', '/uitgave betaald UIT-1');
  const posted = () => readFile(join(harness.dir, 'posted.jsonl'), 'utf8');
  expect(await posted()).toContain('Treinkaartje naar Utrecht');
  const scheduler = new Scheduler(harness.bot);
  await scheduler.start({ timer: false });
  harness.clock.set(new Date('2033-11-29T10:00:00Z'));
  await scheduler.tick();
  expect(harness.store.db.expenses[0]!.description).toBe('—');
  expect(await posted()).not.toContain('Treinkaartje naar Utrecht');
});
