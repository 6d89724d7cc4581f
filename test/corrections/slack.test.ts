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

const members = [
  { id: 'anna', name: 'Anna de Vries', roles: ['panel', 'voorzitter'], slack: 'U0ANNA' },
  { id: 'chris', name: 'Chris Bakker', roles: ['panel'], slack: 'U0CHRIS' },
  { id: 'dewi', name: 'Dewi Jansen', roles: ['gemeente'], slack: 'U0DEWI' },
  { id: 'fleur', name: 'Fleur Smit', roles: ['gemeente', 'programmamanager'], slack: 'U0FLEUR' },
];
const channels = { panel: { slack: 'C0PANEL' }, openbaar: { slack: 'C0PUBLIC', public: true } };

let api: FakeSlackApi;
let harness: Harness;
let slack: RunningSlack;
let port: number;

beforeEach(async () => {
  api = new FakeSlackApi();
  const apiUrl = await api.start();
  harness = await Harness.create({ config: testConfig({ members, channels }) });
  slack = await startSlack(
    harness.bot,
    { botToken: 'xoxb-test-token', signingSecret: SIGNING_SECRET, appToken: undefined, apiUrl, port: 0 },
    silentLogger,
  );
  port = slack.port!;
});
afterEach(async () => {
  await slack.stop();
  await harness.close();
  await api.stop();
});

async function slash(user: string, command: string, text: string) {
  return sendToSlackEndpoint(
    port,
    slashCommand({ command, text, user, channel: 'C0PANEL' }),
    'application/x-www-form-urlencoded',
  );
}

async function event(body: Record<string, unknown>, eventId?: string, headers?: Record<string, string>) {
  return sendToSlackEndpoint(
    port,
    eventCallback(body, eventId),
    'application/json',
    headers ? { headers } : {},
  );
}

function changed(ts: string, before: string, after: string, thread?: string) {
  const message = (text: string) => ({
    type: 'message',
    user: 'U0ANNA',
    text,
    ts,
    ...(thread ? { thread_ts: thread } : {}),
  });
  return event({
    type: 'message',
    subtype: 'message_changed',
    hidden: true,
    channel: 'C0PANEL',
    ts: `${ts}9`,
    message: { ...message(after), edited: { user: 'U0ANNA', ts: `${ts}9` } },
    previous_message: message(before),
  });
}

describe('Slack: an edited command', () => {
  it('is not run again, and is answered once in its thread', async () => {
    await slash('U0DEWI', '/advies', 'nieuw Druktemeter');
    await api.waitFor('chat.postMessage');
    await harness.bot.idle();
    const root = harness.store.db.adviceRequests[0]!.message!.split(':')[2]!;
    const ts = '1800000000.000002';
    await event({
      type: 'message',
      user: 'U0ANNA',
      text: '!besluit We adviseren positief',
      ts,
      thread_ts: root,
      channel: 'C0PANEL',
    });
    await changed(ts, '!besluit We adviseren positief', '!besluit We adviseren negatief', root);
    await changed(ts, '!besluit We adviseren negatief', '!besluit We adviseren neutraal', root);
    await harness.bot.idle();
    expect(harness.store.db.decisions.map((decision) => decision.text)).toEqual(['We adviseren positief']);
    const answers = api
      .callsOf('chat.postMessage')
      .filter((call) => String(call.args.text).includes('aangepast commando voert de bot niet uit'));
    expect(answers).toHaveLength(1);
    expect(answers[0]!.args.thread_ts).toBe(root);
  });

  it('says nothing when Slack reports a change that did not change the text (a new thread reply)', async () => {
    const ts = '1800000000.000003';
    await event({ type: 'message', user: 'U0ANNA', text: '!besluit Los besluit', ts, channel: 'C0PANEL' });
    await changed(ts, '!besluit Los besluit', '!besluit Los besluit');
    await changed(ts, 'gewoon praten', 'nog steeds gewoon praten');
    await harness.bot.idle();
    const answers = api
      .callsOf('chat.postMessage')
      .filter((call) => String(call.args.text).includes('aangepast commando'));
    expect(answers).toHaveLength(0);
    await changed(ts, '!besluit Los besluit', '!besluit Los besluit, met een tikfout minder');
    await harness.bot.idle();
    const after = api
      .callsOf('chat.postMessage')
      .filter((call) => String(call.args.text).includes('aangepast commando'));
    expect(after).toHaveLength(1);
    expect(after[0]!.args.thread_ts).toBe(ts);
  });
});
