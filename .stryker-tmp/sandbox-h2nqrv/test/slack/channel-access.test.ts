// @ts-nocheck
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RunningSlack } from '../../adapters/slack/slack-app.ts';
import { MEMBERS_FRESH_FOR_MS } from '../../src/core/audience.ts';
import type { FakeSlackApi } from '../fakes/slack-api.ts';
import { type Harness, testConfig } from '../support/harness.ts';
import { startSlackBot, stopSlackBot } from '../support/slack-bot.ts';
import { eventCallback, sendToSlackEndpoint, slashCommand } from '../support/slack-requests.ts';

/**
 * Who can reach a Slack channel, as the bot must count it for confidential content
 * (afspraak 7c): the channel's own setting counts (a public channel is public whatever
 * the config says), and a membership answer is not trusted for ever.
 */
const SIGNED = '2026-01-15';
const members = [
  {
    id: 'anna',
    name: 'Anna de Vries',
    roles: ['panel', 'voorzitter'],
    slack: 'U0ANNA',
    geheimhouding: SIGNED,
  },
  { id: 'chris', name: 'Chris Bakker', roles: ['panel'], slack: 'U0CHRIS', geheimhouding: SIGNED },
  { id: 'dewi', name: 'Dewi Jansen', roles: ['gemeente'], slack: 'U0DEWI', geheimhouding: SIGNED },
];
const PANEL = ['UBOT', 'U0ANNA', 'U0CHRIS', 'U0DEWI'];

let api: FakeSlackApi;
let harness: Harness;
let slack: RunningSlack;

beforeEach(async () => {
  ({ api, harness, slack } = await startSlackBot(
    testConfig({ members, channels: { panel: { slack: 'C0PANEL' } } }),
    {
      C0PANEL: PANEL,
    },
  ));
});
afterEach(async () => {
  await stopSlackBot({ slack, harness, api });
});

async function slash(user: string, command: string, text: string) {
  await sendToSlackEndpoint(
    slack.port!,
    slashCommand({ command, text, user, channel: 'C0PANEL' }),
    'application/x-www-form-urlencoded',
  );
  await harness.bot.idle();
}

const posts = () => api.callsOf('chat.postMessage').map((call) => String(call.args.text));

async function listAll(): Promise<string> {
  const before = posts().length;
  await slash('U0CHRIS', '/advies', 'lijst alle');
  await api.waitFor('chat.postMessage', before + 1);
  return posts().at(-1)!;
}

async function secret(): Promise<void> {
  await slash('U0DEWI', '/advies', 'nieuw "Stille pilot Zuidpark" vertrouwelijk');
  await api.waitFor('chat.postMessage');
}

describe('Slack: the channel’s own setting', () => {
  it('treats a public channel as public whatever the config says', async () => {
    api.publicChannels.add('C0PANEL');
    await slash('U0DEWI', '/advies', 'nieuw "Stille pilot Zuidpark" vertrouwelijk');
    const [refusal] = await api.waitFor('chat.postEphemeral');
    expect(String(refusal!.args.text)).toContain('iedereen kan binnenkomen of meelezen');
    expect(harness.store.db.adviceRequests).toHaveLength(0);
    expect(posts().join('\n')).not.toContain('Zuidpark');
  });

  it('tells the chair that a newcomer can read the channel’s history', async () => {
    const join = { type: 'member_joined_channel', user: 'U0GUEST', channel: 'C0PANEL', channel_type: 'G' };
    await sendToSlackEndpoint(slack.port!, eventCallback(join, 'EvJOIN1'), 'application/json');
    const [notice] = await api.waitFor('chat.postMessage');
    expect(String(notice!.args.text)).toContain('👋 Anna de Vries: U0GUEST zit nu in panel');
    expect(String(notice!.args.text)).toContain('ook de berichten van vóór zijn komst lezen');
  });
});

describe('Slack: who is in the channel', () => {
  it('is asked again before confidential content is shown when the answer is a few minutes old', async () => {
    await secret();
    expect(await listAll()).toContain('Zuidpark');
    // A guest joins, but Slack gives up delivering the member_joined_channel event.
    api.channelMembers.set('C0PANEL', [...PANEL, 'U0GUEST']);
    harness.clock.set(new Date(harness.clock.now().getTime() + MEMBERS_FRESH_FOR_MS + 1_000));
    const counted = await listAll();
    expect(counted).not.toContain('Zuidpark');
    expect(counted).toContain('1 adviesverzoek niet getoond');
  });
});
