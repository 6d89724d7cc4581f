// @ts-nocheck
import { afterEach, describe, expect, it } from 'vitest';
import { Harness } from '../support/harness.ts';

let harness: Harness;
afterEach(async () => {
  await harness.close();
});

const HOUR = 60 * 60 * 1000;

async function lateCommand(text: string, hoursAgo: number): Promise<void> {
  await harness.receive({
    kind: 'command',
    eventId: `late-${hoursAgo}`,
    actor: { platform: 'shell', userId: 'gemeente' },
    channel: 'panel',
    text,
    message: { platform: 'shell', channel: 'panel', id: `${hoursAgo}` },
    sentAt: new Date(harness.clock.now().getTime() - hoursAgo * HOUR),
  });
}

describe('a command handled late (typed while the bot was down)', () => {
  it('is run when it is less than a day old', async () => {
    harness = await Harness.create();
    await lateCommand('/advies nieuw "Van vanochtend"', 5);
    expect(harness.store.db.adviceRequests.map((request) => request.title)).toEqual(['Van vanochtend']);
  });

  it('is answered in its thread, not run, when it is older than a day', async () => {
    harness = await Harness.create();
    await lateCommand('/advies nieuw "Van eergisteren"', 49);
    expect(harness.store.db.adviceRequests).toEqual([]);
    const answer = harness.adapter.last();
    expect(answer.text).toContain('meer dan 24 uur oud');
    expect(answer.text).toContain('Typ het dan opnieuw');
    expect(answer).toMatchObject({ kind: 'reply', ref: { platform: 'shell', channel: 'panel', id: '49' } });
    await lateCommand('/advies nieuw "Van eergisteren"', 49);
    expect(harness.adapter.sent.filter((sent) => sent.text.includes('24 uur'))).toHaveLength(1);
  });
});
