// @ts-nocheck
import { WebClient } from '@slack/web-api';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SlackAdapter } from '../../adapters/slack/slack-adapter.ts';
import type { RunningSlack } from '../../adapters/slack/slack-app.ts';
import type { ChatEvent } from '../../src/port/events.ts';
import type { FakeSlackApi } from '../fakes/slack-api.ts';
import { type Harness, testConfig } from '../support/harness.ts';
import { startSlackBot, stopSlackBot } from '../support/slack-bot.ts';
import { eventCallback, sendToSlackEndpoint } from '../support/slack-requests.ts';

const members = [
  { id: 'anna', name: 'Anna de Vries', roles: ['panel', 'voorzitter'], slack: 'U0ANNA' },
  { id: 'chris', name: 'Chris Bakker', roles: ['panel'], slack: 'U0CHRIS' },
];
const channels = { panel: { slack: 'C0PANEL' } };

let api: FakeSlackApi;
let apiUrl: string;
let harness: Harness;
let slack: RunningSlack;
/** What the adapter handed to the core, seen at the one way in. */
let received: ChatEvent[];

beforeEach(async () => {
  ({ api, apiUrl, harness, slack } = await startSlackBot(testConfig({ members, channels }), {
    C0PANEL: ['UBOT', 'U0ANNA', 'U0CHRIS'],
  }));
  received = [];
  const receive = harness.bot.receive.bind(harness.bot);
  harness.bot.receive = (event) => {
    received.push(event);
    return receive(event);
  };
});
afterEach(async () => {
  await stopSlackBot({ slack, harness, api });
});

let ts = 1_700_000_000;
async function message(fields: Record<string, unknown>) {
  const response = await sendToSlackEndpoint(
    slack.port!,
    eventCallback({ type: 'message', channel: 'C0PANEL', ts: `${++ts}.000100`, ...fields }),
    'application/json',
  );
  expect(response.status).toBe(200);
  await harness.bot.idle();
}

describe('Slack messages reach the core', () => {
  it('passes ordinary talk on as a message event, and the core drops it: nothing posted or stored', async () => {
    await message({ user: 'U0ANNA', text: 'Goedemorgen, <@U0CHRIS>!' });
    expect(received).toEqual([
      expect.objectContaining({ kind: 'message', text: 'Goedemorgen, chris!', channel: 'C0PANEL' }),
    ]);
    expect(received[0]).not.toHaveProperty('direct');
    expect(api.callsOf('chat.postMessage')).toEqual([]);
    expect(harness.store.db.handledEvents).toEqual([]);
  });

  it("writes a rostered member's mention as their roster id, and a mention of the bot makes it a command", async () => {
    await message({ user: 'U0ANNA', text: '<@UBOT> besluit We vragen <@U0CHRIS|chris> om de DPIA' });
    expect(received[0]).toMatchObject({
      kind: 'message',
      addressed: true,
      text: 'besluit We vragen chris om de DPIA',
    });
    expect(harness.store.db.decisions.at(-1)?.text).toBe('We vragen chris om de DPIA');
  });

  it('marks a message in a direct conversation with the bot (channel_type im) as direct', async () => {
    await message({ user: 'U0ANNA', text: 'hallo bot', channel: 'D0ANNA', channel_type: 'im' });
    expect(received[0]).toMatchObject({ kind: 'message', channel: 'D0ANNA', direct: true });
  });

  it("turns Slack's emoji names into the Unicode emoji the core reads", async () => {
    await sendToSlackEndpoint(
      slack.port!,
      eventCallback({
        type: 'reaction_added',
        user: 'U0ANNA',
        reaction: 'two',
        item: { type: 'message', channel: 'C0PANEL', ts: '1.000100' },
      }),
      'application/json',
    );
    await harness.bot.idle();
    expect(received[0]).toMatchObject({ kind: 'reaction', emoji: '2️⃣' });
  });
});

describe("the bot's own reactions on Slack", () => {
  it('are reactions.add by name; one already there is no failure', async () => {
    const adapter = new SlackAdapter(new WebClient('xoxb-test-token', { slackApiUrl: apiUrl }), '…');
    const ref = { platform: 'slack', channel: 'C0PANEL', id: '1700000001.000100' };
    await adapter.react(ref, '1️⃣');
    await adapter.react(ref, '1️⃣');
    await adapter.react(ref, '✅');
    expect(api.callsOf('reactions.add').map((call) => call.args)).toEqual([
      expect.objectContaining({ channel: 'C0PANEL', timestamp: '1700000001.000100', name: 'one' }),
      expect.objectContaining({ name: 'one' }),
      expect.objectContaining({ name: 'white_check_mark' }),
    ]);
    expect(api.callsOf('reactions.add')[1]!.result).toEqual({ ok: false, error: 'already_reacted' });
  });
});
