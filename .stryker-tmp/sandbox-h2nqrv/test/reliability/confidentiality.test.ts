// @ts-nocheck
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Scheduler } from '../../src/core/scheduler.ts';
import { allItems } from '../../src/kit/items.ts';
import { confidentialItem, createItems, readLines, showLine } from '../support/confidential-items.ts';
import { Harness, testConfig } from '../support/harness.ts';

describe('confidential content never reaches a public channel', () => {
  it('in any list, toon, summary, digest or report, whatever the commands', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(confidentialItem, { minLength: 2, maxLength: 8 }), async (items) => {
        const harness = await Harness.create({
          now: '2026-05-01T08:00:00Z',
          config: testConfig({ digest: { channels: ['panel', 'openbaar'] } }),
        });
        const { secrets } = await createItems(harness, items);
        // Three months later: the items confidential until 1 June count as public now.
        harness.clock.set(new Date('2026-08-01T08:00:00Z'));
        const ids = allItems(harness.store.db).map((entry) => entry.id);
        for (const id of harness.store.db.meetings.map((meeting) => meeting.id)) {
          await harness.command('secretaris', `/overleg samenvatting ${id} publiceer`);
        }
        // Every read the commands declare, and each item shown by its id (the registry's lists).
        const reads = [
          ...readLines(),
          ...ids.flatMap((id) => [
            ...[showLine(id)].filter((line) => line !== undefined),
            `/besluit lijst ${id}`,
          ]),
        ];
        for (const line of reads) await harness.command('panellid', line, { channel: 'openbaar' });
        const scheduler = new Scheduler(harness.bot);
        await scheduler.start({ timer: false });
        harness.clock.set(new Date('2026-08-03T07:00:00Z')); // Monday 09:00: the weekly digest
        await scheduler.tick();
        const inPublic = harness.adapter.sent
          .filter((sent) => sent.ref.channel === 'openbaar')
          .map((sent) => sent.text);
        expect(inPublic.some((text) => text.includes('Weekoverzicht'))).toBe(true);
        const everything = inPublic.join('\n');
        for (const secret of secrets) expect(everything).not.toContain(secret);
        const panel = harness.adapter.sent
          .filter((sent) => sent.ref.channel === 'panel')
          .map((sent) => sent.text)
          .join('\n');
        for (const secret of secrets) expect(panel).toContain(secret);
        await harness.close();
      }),
      { numRuns: 100 },
    );
  }, 120_000);
});
