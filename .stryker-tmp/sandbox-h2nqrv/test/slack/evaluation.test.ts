// @ts-nocheck
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RunningSlack } from '../../adapters/slack/slack-app.ts';
import type { FakeSlackApi } from '../fakes/slack-api.ts';
import { type Harness, testConfig } from '../support/harness.ts';
import { startSlackBot, stopSlackBot } from '../support/slack-bot.ts';
import { eventCallback, sendToSlackEndpoint, slashCommand } from '../support/slack-requests.ts';

const members = [
  {
    id: 'anna',
    name: 'Anna de Vries',
    roles: ['panel', 'voorzitter'],
    slack: 'U0ANNA',
    geheimhouding: '2026-01-15',
  },
  { id: 'bram', name: 'Bram Visser', roles: ['panel'], slack: 'U0BRAM', geheimhouding: '2026-01-15' },
  { id: 'dewi', name: 'Dewi Jansen', roles: ['gemeente'], slack: 'U0DEWI', geheimhouding: '2026-01-15' },
  { id: 'emre', name: 'Emre Yilmaz', roles: ['gemeente'], geheimhouding: '2026-01-15' },
];
const channels = { panel: { slack: 'C0PANEL' } };

let api: FakeSlackApi;
let harness: Harness;
let slack: RunningSlack;
let ts = 1_700_000_000;

beforeEach(async () => {
  ({ api, harness, slack } = await startSlackBot(testConfig({ members, channels }), {
    C0PANEL: ['UBOT', 'U0ANNA', 'U0BRAM', 'U0DEWI'],
  }));
});
afterEach(async () => {
  await stopSlackBot({ slack, harness, api });
});

const slash = (user: string, command: string, text: string, channel = 'C0PANEL') =>
  sendToSlackEndpoint(
    slack.port!,
    slashCommand({ command, text, user, channel }),
    'application/x-www-form-urlencoded',
  );

describe('the yearly evaluation in Slack', () => {
  it('sends the questions in a direct conversation, and takes a slash command anywhere, answered only to the member', async () => {
    await slash('U0ANNA', '/evaluatie', 'start 2026 tot:15-1-2027');
    await api.waitFor('chat.postMessage', 4);
    const opened = api.callsOf('conversations.open').map((call) => call.args.users);
    expect(opened.sort()).toEqual(['U0ANNA', 'U0BRAM', 'U0DEWI']);
    const invitations = api
      .callsOf('chat.postMessage')
      .filter((call) => String(call.args.channel).startsWith('D'));
    expect(invitations).toHaveLength(3);
    expect(String(invitations[0]!.args.text)).toContain('/evaluatie cijfer advisering:8 betekenis:9');
    const announcement = api.callsOf('chat.postMessage').find((call) => call.args.channel === 'C0PANEL')!;
    expect(String(announcement.args.text)).toContain('Geen bericht kon naar: Emre Yilmaz');

    // A slash command is seen by nobody else: accepted in the panel channel, answered ephemerally.
    await slash('U0BRAM', '/evaluatie', 'cijfer advisering:7 betekenis:8');
    const [ephemeral] = await api.waitFor('chat.postEphemeral');
    expect(ephemeral!.args).toMatchObject({ user: 'U0BRAM' });
    expect(String(ephemeral!.args.text)).toContain('Dank je, je antwoord is binnen');
    expect(
      api.callsOf('chat.postMessage').filter((call) => String(call.args.text).includes('Dank je')),
    ).toEqual([]);

    // The same typed as a message in the channel: everyone read it, so it is refused.
    await sendToSlackEndpoint(
      slack.port!,
      eventCallback({
        type: 'message',
        channel: 'C0PANEL',
        channel_type: 'channel',
        user: 'U0DEWI',
        text: '!evaluatie cijfer advisering:4 betekenis:5',
        ts: `${++ts}.000100`,
      }),
      'application/json',
    );
    const refusals = await api.waitFor('chat.postEphemeral', 2);
    expect(String(refusals[1]!.args.text)).toContain('anderen in dit kanaal lezen mee');
    await harness.bot.idle();

    // In the direct conversation a message is fine.
    await sendToSlackEndpoint(
      slack.port!,
      eventCallback({
        type: 'message',
        channel: 'D0DEWI',
        channel_type: 'im',
        user: 'U0DEWI',
        text: '!evaluatie cijfer advisering:6 betekenis:7',
        ts: `${++ts}.000100`,
      }),
      'application/json',
    );
    const thanks = await api.waitFor('chat.postEphemeral', 3);
    expect(thanks[2]!.args).toMatchObject({ channel: 'D0DEWI', user: 'U0DEWI' });
    expect(String(thanks[2]!.args.text)).toContain('Dank je, je antwoord is binnen');
    await slash('U0ANNA', '/evaluatie', '');
    await api.waitFor('chat.postMessage', 5);
    const status = api.callsOf('chat.postMessage').at(-1)!;
    expect(String(status.args.text)).toContain('Geantwoord: panel 1 van 2, gemeente 1 van 2');
  });
});
