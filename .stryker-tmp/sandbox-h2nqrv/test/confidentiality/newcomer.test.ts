// @ts-nocheck
import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_MEMBERS } from '../../src/setup/config.ts';
import { Harness, testConfig } from '../support/harness.ts';

const unsigned = { id: 'nieuw', name: 'Nina Nieuw', roles: ['panel'] };
const config = () =>
  testConfig({
    members: [...DEMO_MEMBERS, unsigned],
    channels: {
      panel: { members: ['voorzitter', 'secretaris', 'panellid'] },
      werkgroep: { members: ['voorzitter', 'panellid'] },
      openbaar: { public: true },
    },
  });

let harness: Harness;
let event = 0;
afterEach(async () => {
  await harness.close();
});

async function member(userId: string, channel: string, joined: boolean): Promise<void> {
  await harness.receive({
    kind: 'membership',
    eventId: `m${++event}-${Math.random()}`,
    actor: { platform: 'shell', userId },
    channel,
    joined,
  });
}

const notices = () => harness.adapter.sent.filter((sent) => sent.text.includes('👋'));

describe("the chair's notice about a newcomer who may not read confidential content", () => {
  it('comes once per newcomer per channel, also after a restart on the same data folder', async () => {
    harness = await Harness.create({ config: config() });
    await member('nieuw', 'werkgroep', true);
    expect(notices()).toHaveLength(1);
    expect(notices()[0]!.ref.channel).toBe('panel');
    expect(notices()[0]!.text).toContain('Nina Nieuw');
    await member('nieuw', 'werkgroep', false);
    await member('nieuw', 'werkgroep', true);
    expect(notices()).toHaveLength(1);
    const dir = harness.dir;
    await harness.close();
    harness = await Harness.create({ dir, config: config() });
    await member('nieuw', 'werkgroep', false);
    await member('nieuw', 'werkgroep', true);
    await member('Sam (gast)', 'werkgroep', true);
    expect(notices().map((sent) => sent.text)).toEqual([expect.stringContaining('Sam (gast)')]);
    await member('nieuw', 'panel', true); // another channel: the chair hears of it there too
    expect(notices()).toHaveLength(2);
    await member('voorzitter', 'werkgroep', true); // signed: nothing to tell
    await member('nieuw', 'openbaar', true); // a public channel: nothing to tell
    expect(notices()).toHaveLength(2);
  });

  it('keeps no one’s name or platform id in the data folder, only that the chair was told', async () => {
    harness = await Harness.create({ config: config() });
    await member('Sam (gast)', 'werkgroep', true);
    expect(notices()).toHaveLength(1);
    const disk = await harness.diskText();
    expect(disk).not.toContain('Sam (gast)');
    expect(disk).not.toContain('werkgroep');
  });
});
