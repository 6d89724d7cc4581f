// @ts-nocheck
import { afterEach, describe, expect, it } from 'vitest';
import { type RunningSlack, startSlack } from '../../adapters/slack/slack-app.ts';
import { silentLogger } from '../../src/ops/log.ts';
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
];
const config = testConfig({ members, channels: { panel: { slack: 'C0PANEL' } } });

let api: FakeSlackApi;
let harness: Harness;
let slack: RunningSlack;
let apiUrl: string;

async function startBot(dir?: string): Promise<void> {
  harness = await Harness.create({ config, now: '2026-12-01T09:00:00Z', ...(dir ? { dir } : {}) });
  slack = await startSlack(
    harness.bot,
    { botToken: 'xoxb-test-token', signingSecret: SIGNING_SECRET, appToken: undefined, apiUrl, port: 0 },
    silentLogger,
  );
}

afterEach(async () => {
  await slack.stop();
  await harness.close();
  await api.stop();
});

const send = async (body: string, type: 'application/x-www-form-urlencoded' | 'application/json') => {
  expect((await sendToSlackEndpoint(slack.port!, body, type)).status).toBe(200);
  await harness.bot.idle();
};
const slash = (user: string, command: string, text: string) =>
  send(slashCommand({ command, text, user, channel: 'C0PANEL' }), 'application/x-www-form-urlencoded');
const event = (body: Record<string, unknown>) => send(eventCallback(body), 'application/json');

describe('/peiling on Slack', () => {
  it('puts the number reactions under the poll, counts a reaction and a number in its thread, also after a restart', async () => {
    api = new FakeSlackApi();
    apiUrl = await api.start();
    await startBot();
    await slash('U0CHRIS', '/peiling', '"Wanneer het volgende overleg?" di 14 jan | do 16 jan | ma 20 jan');
    const [post] = await api.waitFor('chat.postMessage');
    const ts = String(post!.result.ts);
    expect(post!.args.text).toContain('Peiling PEI-2026-001: Wanneer het volgende overleg?');
    const reactions = await api.waitFor('reactions.add', 3);
    expect(reactions.map((call) => call.args.name)).toEqual(['one', 'two', 'three']);
    expect(reactions[0]!.args).toMatchObject({ channel: 'C0PANEL', timestamp: ts });
    // Slack tells the bot about its own reactions too; those are no votes.
    await event({
      type: 'reaction_added',
      user: 'UBOT',
      reaction: 'one',
      item: { type: 'message', channel: 'C0PANEL', ts },
    });
    await event({
      type: 'reaction_added',
      user: 'U0ANNA',
      reaction: 'two',
      item: { type: 'message', channel: 'C0PANEL', ts },
    });
    expect(harness.store.db.polls[0]!.votes).toEqual([{ by: 'anna', option: 2 }]);
    const [update] = await api.waitFor('chat.update');
    expect(update!.args).toMatchObject({ channel: 'C0PANEL', ts });

    const dir = harness.dir;
    await slack.stop();
    await harness.close();
    await startBot(dir);
    await event({
      type: 'message',
      user: 'U0DEWI',
      text: '3',
      channel: 'C0PANEL',
      ts: '1800000000.000100',
      thread_ts: ts,
    });
    await event({
      type: 'message',
      user: 'U0DEWI',
      text: 'Dinsdag kan ik niet',
      channel: 'C0PANEL',
      ts: '1800000001.000100',
      thread_ts: ts,
    });
    expect(harness.store.db.polls[0]!.votes).toEqual([
      { by: 'anna', option: 2 },
      { by: 'dewi', option: 3 },
    ]);
    const [confirmation] = await api.waitFor('chat.postEphemeral');
    expect(confirmation!.args).toMatchObject({ channel: 'C0PANEL', user: 'U0DEWI', thread_ts: ts });
    expect(confirmation!.args.text).toContain('Je stem is geteld: 3. ma 20 jan');
    await slash('U0CHRIS', '/peiling', 'sluiten PEI-1');
    const result = (await api.waitFor('chat.postMessage', 2)).at(-1)!;
    expect(result.args).toMatchObject({ channel: 'C0PANEL', thread_ts: ts });
    expect(result.args.text).toContain('Uitslag van PEI-2026-001');
  });
});
