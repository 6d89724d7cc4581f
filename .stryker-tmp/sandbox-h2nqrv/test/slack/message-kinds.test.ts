// @ts-nocheck
import { WebClient } from '@slack/web-api';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SlackAdapter } from '../../adapters/slack/slack-adapter.ts';
import type { RunningSlack } from '../../adapters/slack/slack-app.ts';
import { message, paragraph } from '../../src/port/rich-message.ts';
import type { FakeSlackApi } from '../fakes/slack-api.ts';
import { type Harness, testConfig } from '../support/harness.ts';
import { startSlackBot, stopSlackBot } from '../support/slack-bot.ts';
import { eventCallback, sendToSlackEndpoint, slashCommand } from '../support/slack-requests.ts';

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
let apiUrl: string;

beforeEach(async () => {
  ({ api, apiUrl, harness, slack } = await startSlackBot(
    testConfig({ members, channels: { panel: { slack: 'C0PANEL' } } }),
    { C0PANEL: ['UBOT', 'U0ANNA', 'U0CHRIS', 'U0DEWI'] },
  ));
});
afterEach(async () => {
  await stopSlackBot({ slack, harness, api });
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

describe('Slack answers 429 to chat.postMessage', () => {
  it('keeps the change and posts the answer once, after the Retry-After', async () => {
    api.rateLimits.set('chat.postMessage', 1);
    await sendToSlackEndpoint(
      slack.port!,
      slashCommand({ command: '/besluit', text: 'Wachten mag', user: 'U0ANNA', channel: 'C0PANEL' }),
      'application/x-www-form-urlencoded',
    );
    const posted = () => api.callsOf('chat.postMessage').filter((call) => call.result.ok === true);
    const until = Date.now() + 5_000;
    while (posted().length === 0 && Date.now() < until)
      await new Promise((resolve) => setTimeout(resolve, 50));
    await harness.bot.idle();
    expect(harness.store.db.decisions).toMatchObject([{ text: 'Wachten mag' }]);
    const answers = posted();
    expect(answers).toHaveLength(1);
    expect(answers[0]!.args.text).toContain('vastgelegd: Wachten mag');
    expect(
      api.callsOf('chat.postMessage').filter((call) => call.result.error === 'ratelimited'),
    ).toHaveLength(1);
  });
});

describe('a long answer where the bot cannot post', () => {
  it('is answered through the response_url within Slack’s 50 blocks, the invitation kept', async () => {
    api.channelsWithoutBot.add('C0ELSEWHERE');
    const client = new WebClient('xoxb-test-token', { slackApiUrl: apiUrl, retryConfig: { retries: 0 } });
    const adapter = new SlackAdapter(
      client,
      '… (ingekort)',
      () => true,
      'Nodig me uit met /invite @Stadspanel.',
    );
    const respond = async (body: unknown) => {
      await fetch(api.responseUrl('long'), { method: 'POST', body: JSON.stringify(body) });
    };
    const long = message(...Array.from({ length: 80 }, (_, index) => paragraph(`Regel ${index + 1}`)));
    await adapter
      .answeringVia('C0ELSEWHERE', respond, () => adapter.post('C0ELSEWHERE', long))
      .catch(() => undefined);
    const [answer] = api.callsOf('response_url');
    expect(answer!.result).toEqual({ ok: true });
    const blocks = answer!.args.blocks as Array<{ elements?: Array<{ text: string }> }>;
    expect(blocks).toHaveLength(50);
    expect(JSON.stringify(blocks.at(-1))).toContain('/invite @Stadspanel');
    expect(JSON.stringify(blocks)).toContain('ingekort');
  });
});

describe('Slack checking the request URL', () => {
  it('answers a signed url_verification with its challenge, and refuses an unsigned one', async () => {
    const body = JSON.stringify({ token: 'legacy', challenge: 'c-3f9a', type: 'url_verification' });
    const signed = await sendToSlackEndpoint(slack.port!, body, 'application/json');
    expect(signed.status).toBe(200);
    expect(signed.text).toContain('c-3f9a');
    const forged = await sendToSlackEndpoint(slack.port!, body, 'application/json', { secret: 'wrong' });
    expect(forged.status).toBe(401);
    expect(forged.text).not.toContain('c-3f9a');
  });
});
