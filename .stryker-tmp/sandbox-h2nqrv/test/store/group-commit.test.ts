// @ts-nocheck
import { afterEach, describe, expect, it } from 'vitest';
import type { MessageRef } from '../../src/port/events.ts';
import { type RichMessage, renderText } from '../../src/port/rich-message.ts';
import { Store, syncCount } from '../../src/store/store.ts';
import { diskState } from '../support/disk.ts';
import { Harness, tempDir } from '../support/harness.ts';

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

const BURST = 200;

describe('group commit', () => {
  it('writes 200 changes that arrive at once with at most 20 fdatasyncs', async () => {
    const store = await Store.open(await tempDir());
    const before = syncCount();
    await Promise.all(
      Array.from({ length: BURST }, (_, index) =>
        store.transact(
          (db) => {
            db.counters[`X-${index}`] = 1;
          },
          () => [],
        ),
      ),
    );
    expect(syncCount() - before).toBeLessThanOrEqual(20);
    await store.close();
  });

  it('lets 200 commands that arrive at once share fdatasyncs, each reply after its change is on disk', async () => {
    harness = await Harness.create();
    const { dir } = harness;
    const early: string[] = [];
    // Every reply is checked against the disk at the moment it is sent.
    harness.adapter.post = async (channel: string, message: RichMessage): Promise<MessageRef> => {
      const text = renderText(message);
      const id = /BES-\d{4}-\d+/.exec(text)?.[0];
      if (id && !(await diskState(dir)).includes(`"${id}"`)) early.push(id);
      return { platform: 'shell', channel, id: text };
    };
    const before = syncCount();
    await Promise.all(
      Array.from({ length: BURST }, (_, index) =>
        harness!.receive({
          kind: 'command',
          eventId: `burst-${index}`,
          actor: { platform: 'shell', userId: 'voorzitter' },
          channel: 'panel',
          text: `/besluit Besluit ${index}`,
        }),
      ),
    );
    const syncs = syncCount() - before;
    expect(early).toEqual([]);
    expect(harness.store.db.decisions).toHaveLength(BURST);
    expect(syncs).toBeLessThanOrEqual(20);
  });
});

describe('an announced item', () => {
  it('costs one fdatasync per command: the line naming its message joins the next change', async () => {
    harness = await Harness.create();
    const count = 40;
    const before = syncCount();
    for (let index = 0; index < count; index++)
      await harness.command('gemeente', `/advies nieuw "Verzoek ${index}" thema:privacy`);
    const syncs = syncCount() - before;
    // One for each request; the last message line is still on its way.
    expect(syncs).toBeLessThanOrEqual(count + 1);
    const dir = harness.dir;
    await harness.close();
    // Every message line reached the disk: after a restart each request still knows its thread.
    harness = await Harness.create({ dir });
    const requests = harness.store.db.adviceRequests;
    expect(requests).toHaveLength(count);
    for (const request of requests) expect(request.message).toMatch(/^shell:panel:\d+$/);
  });
});
