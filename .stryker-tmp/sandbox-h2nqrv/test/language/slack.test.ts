// @ts-nocheck
import { afterEach, describe, expect, it } from 'vitest';
import type { RunningSlack } from '../../adapters/slack/slack-app.ts';
import type { FakeSlackApi } from '../fakes/slack-api.ts';
import { type Harness, testConfig } from '../support/harness.ts';
import { startSlackBot, stopSlackBot } from '../support/slack-bot.ts';
import { sendToSlackEndpoint, slashCommand } from '../support/slack-requests.ts';

const members = [
  { id: 'anna', name: 'Anna de Vries', roles: ['panel', 'voorzitter'], slack: 'U0ANNA' },
  { id: 'dewi', name: 'Dewi Jansen', roles: ['gemeente'], slack: 'U0DEWI' },
];
const channels = { panel: { slack: 'C0PANEL' } };

let api: FakeSlackApi;
let harness: Harness;
let slack: RunningSlack;

async function start(language: 'nl' | 'en'): Promise<void> {
  ({ api, harness, slack } = await startSlackBot(testConfig({ members, channels, language })));
}

afterEach(async () => {
  await stopSlackBot({ slack, harness, api });
});

async function slash(user: string, command: string, text: string, channel = 'C0PANEL') {
  const response = await sendToSlackEndpoint(
    slack.port!,
    slashCommand({ command, text, user, channel, responseUrl: api.responseUrl(`${command}-${channel}`) }),
    'application/x-www-form-urlencoded',
  );
  await harness.bot.idle();
  return response;
}

describe('Slack without surprises', () => {
  it('answers a slash command in a direct message through its response_url, and says how to invite the bot', async () => {
    await start('nl');
    await slash('U0ANNA', '/advies', 'lijst', 'D0ANNA');
    const [answer] = await api.waitFor('response_url');
    expect(answer!.args.response_type).toBe('ephemeral');
    expect(answer!.args.text).toContain('Adviesverzoeken (open): 0');
    expect(answer!.args.text).toContain('Nodig me uit met /invite @Stadspanel');
  });

  it('answers a mistake in a channel the bot is not in through the response_url too', async () => {
    await start('nl');
    api.channelsWithoutBot.add('C0OTHER');
    await slash('U0ANNA', '/advies', 'lisjt', 'C0OTHER');
    const [answer] = await api.waitFor('response_url');
    expect(answer!.args.text).toContain("Bedoel je 'lijst'?");
    expect(answer!.args.text).toContain('/invite @Stadspanel');
  });
});

describe('an English panel through Slack', () => {
  it('takes the English slash commands and answers in English', async () => {
    await start('en');
    await slash('U0DEWI', '/advice', 'new Crowd meter theme:privacy');
    await slash('U0ANNA', '/advice', 'list all');
    const posts = await api.waitFor('chat.postMessage', 2);
    expect(posts[0]!.args.text).toContain('ADV-2026-001: Crowd meter');
    expect(posts[1]!.args.text).toContain('Advice requests (all): 1');
    await slash('U0ANNA', '/help', 'expense');
    const [, , help] = await api.waitFor('chat.postMessage', 3);
    expect(help!.args.text).toContain('/expense paid');
  });
});
