// @ts-nocheck
import { afterEach, expect, it } from 'vitest';
import { type RunningSlack, startSlack } from '../../adapters/slack/slack-app.ts';
import { silentLogger } from '../../src/ops/log.ts';
import { FakeSlackApi } from '../fakes/slack-api.ts';
import { Harness, testConfig } from '../support/harness.ts';
import { SIGNING_SECRET, sendToSlackEndpoint, slashCommand } from '../support/slack-requests.ts';

/* /privacy vergeet edits the bot's own Slack messages that named the member, with chat.update. */
const SIGNED = '2026-01-15';
const anna = {
  id: 'anna',
  name: 'Anna de Vries',
  roles: ['panel', 'voorzitter'],
  slack: 'U0ANNA',
  geheimhouding: SIGNED,
};
const chris = {
  id: 'chris',
  name: 'Chris Bakker',
  roles: ['panel'],
  slack: 'U0CHRIS',
  geheimhouding: SIGNED,
};
const fleur = {
  id: 'fleur',
  name: 'Fleur Smit',
  roles: ['gemeente', 'programmamanager'],
  slack: 'U0FLEUR',
  geheimhouding: SIGNED,
};
const channels = { panel: { slack: 'C0PANEL' }, openbaar: { slack: 'C0PUBLIC', public: true } };

const api = new FakeSlackApi();
let harness: Harness | undefined;
let slack: RunningSlack | undefined;

afterEach(async () => {
  await slack?.stop();
  await harness?.close();
  await api.stop();
});

async function start(members: readonly object[], apiUrl: string, dir?: string): Promise<number> {
  harness = await Harness.create({ config: testConfig({ members, channels }), ...(dir ? { dir } : {}) });
  slack = await startSlack(
    harness.bot,
    { botToken: 'xoxb-test-token', signingSecret: SIGNING_SECRET, appToken: undefined, apiUrl, port: 0 },
    silentLogger,
  );
  return slack.port!;
}

it('edits the expense message that named the member, through chat.update', async () => {
  api.channelMembers.set('C0PANEL', ['UBOT', 'U0ANNA', 'U0CHRIS', 'U0FLEUR']);
  const apiUrl = await api.start();
  let port = await start([anna, chris, fleur], apiUrl);
  const slash = (user: string, command: string, text: string) =>
    sendToSlackEndpoint(
      port,
      slashCommand({ command, text, user, channel: 'C0PANEL' }),
      'application/x-www-form-urlencoded',
    );
  await slash('U0CHRIS', '/uitgave', '45,20 reis Trein naar Utrecht');
  const [post] = await api.waitFor('chat.postMessage');
  expect(JSON.stringify(post!.args)).toContain('Chris Bakker');
  await harness!.bot.idle();
  const ts = harness!.store.db.expenses[0]!.message!.split(':')[2];
  // Chris leaves: the bot restarts without him, on the same data folder.
  const dir = harness!.dir;
  await slack!.stop();
  await harness!.close();
  api.channelMembers.set('C0PANEL', ['UBOT', 'U0ANNA', 'U0FLEUR']);
  port = await start([anna, fleur], apiUrl, dir);
  await slash('U0ANNA', '/privacy', 'vergeet chris');
  const updates = await api.waitFor('chat.update');
  const edit = updates.find((call) => call.args.ts === ts);
  expect(edit).toBeDefined();
  expect(edit!.args.channel).toBe('C0PANEL');
  expect(JSON.stringify(edit!.args)).not.toContain('Chris Bakker');
  expect(JSON.stringify(edit!.args)).toContain('oud-lid-1');
});
