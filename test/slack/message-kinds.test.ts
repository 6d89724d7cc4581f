import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type RunningSlack, startSlack } from '../../adapters/slack/slack-app.ts';
import { silentLogger } from '../../src/log.ts';
import { FakeSlackApi } from '../fakes/slack-api.ts';
import { Harness, testConfig } from '../support/harness.ts';
import {
  eventCallback,
  SIGNING_SECRET,
  sendToSlackEndpoint,
  slashCommand,
} from '../support/slack-requests.ts';

/**
 * Messages as Slack's Events API really sends them: a command with a file attached
 * (`file_share`), a thread reply also sent to the channel (`thread_broadcast`), and what
 * a bot, or the bot itself, posts.
 */
const members = [
  { id: 'anna', name: 'Anna de Vries', roles: ['panel', 'voorzitter'], slack: 'U0ANNA' },
  { id: 'chris', name: 'Chris Bakker', roles: ['panel'], slack: 'U0CHRIS' },
  { id: 'dewi', name: 'Dewi Jansen', roles: ['gemeente'], slack: 'U0DEWI' },
];

let api: FakeSlackApi;
let harness: Harness;
let slack: RunningSlack;

beforeEach(async () => {
  api = new FakeSlackApi();
  api.channelMembers.set('C0PANEL', ['UBOT', 'U0ANNA', 'U0CHRIS', 'U0DEWI']);
  const apiUrl = await api.start();
  harness = await Harness.create({
    config: testConfig({ members, channels: { panel: { slack: 'C0PANEL' } } }),
  });
  slack = await startSlack(
    harness.bot,
    { botToken: 'xoxb-test-token', signingSecret: SIGNING_SECRET, appToken: undefined, apiUrl, port: 0 },
    silentLogger,
  );
});
afterEach(async () => {
  await slack.stop();
  await harness.close();
  await api.stop();
});

async function event(body: Record<string, unknown>) {
  const response = await sendToSlackEndpoint(slack.port!, eventCallback(body), 'application/json');
  expect(response.status).toBe(200);
}

async function announce(): Promise<string> {
  await sendToSlackEndpoint(
    slack.port!,
    slashCommand({
      command: '/uitgave',
      text: '45,20 reis Trein naar Utrecht',
      user: 'U0CHRIS',
      channel: 'C0PANEL',
    }),
    'application/x-www-form-urlencoded',
  );
  await api.waitFor('chat.postMessage');
  await harness.bot.idle();
  return harness.store.db.expenses[0]!.message!.split(':')[2]!;
}

describe('Slack messages of every kind a person sends', () => {
  it('runs a command typed with a file attached (file_share), such as a receipt', async () => {
    const ts = await announce();
    await event({
      type: 'message',
      subtype: 'file_share',
      user: 'U0CHRIS',
      text: '!uitgave bewijs bon van de NS',
      ts: '1800000000.000010',
      thread_ts: ts,
      channel: 'C0PANEL',
      channel_type: 'channel',
      files: [{ id: 'F0BON', name: 'bon.pdf', mimetype: 'application/pdf' }],
      upload: false,
    });
    await harness.bot.idle();
    expect(harness.store.db.expenses[0]!.receipts).toMatchObject([{ text: 'bon van de NS' }]);
  });

  it('runs a thread reply that is also sent to the channel (thread_broadcast), answering in the thread', async () => {
    const ts = await announce();
    await event({
      type: 'message',
      subtype: 'thread_broadcast',
      user: 'U0ANNA',
      text: '!besluit We betalen de trein',
      ts: '1800000000.000011',
      thread_ts: ts,
      root: { type: 'message', user: 'UBOT', bot_id: 'B0BOT', text: 'Uitgave', ts, thread_ts: ts },
      channel: 'C0PANEL',
      channel_type: 'channel',
    });
    await harness.bot.idle();
    expect(harness.store.db.decisions).toMatchObject([{ text: 'We betalen de trein' }]);
    const answer = api.callsOf('chat.postMessage').at(-1)!;
    expect(answer.args.thread_ts).toBe(ts);
  });

  it('never runs what a bot posts, also as a file or a broadcast', async () => {
    const ts = await announce();
    for (const subtype of ['bot_message', 'file_share', 'thread_broadcast']) {
      await event({
        type: 'message',
        subtype,
        bot_id: 'B0OTHER',
        user: 'U0OTHERBOT',
        text: '!besluit Van een andere bot',
        ts: `1800000000.00002${subtype.length}`,
        thread_ts: ts,
        channel: 'C0PANEL',
      });
    }
    await event({
      type: 'message',
      subtype: 'file_share',
      user: 'UBOT',
      text: '!besluit Van mezelf',
      ts: '1800000000.000030',
      thread_ts: ts,
      channel: 'C0PANEL',
    });
    await harness.bot.idle();
    expect(harness.store.db.decisions).toHaveLength(0);
  });
});
