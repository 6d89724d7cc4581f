import { FakeSlackApi } from '../test/fakes/slack-api.ts';
import { sendToSlackEndpoint, slashCommand } from '../test/support/slack-requests.ts';
import { SLACK_APPS, type SlackApp } from './slack-apps.ts';

/**
 * Slack's side of the end-to-end figure, in its own process as Slack is: a Web API for each
 * app (the bot, a bare Bolt app, the bare app with one durable append); it sends each a
 * signed slash command that writes, and times until that app's `chat.postMessage` arrives.
 * The order rotates every round, so all see the same machine.
 */
const apis = Object.fromEntries(SLACK_APPS.map((app) => [app, new FakeSlackApi()])) as Record<
  SlackApp,
  FakeSlackApi
>;
// The panel channel holds the member and the bot, as a real workspace would answer.
apis.bot.channelMembers.set('C0PANEL', ['U0BENCH', apis.bot.botUserId]);
const urls = {} as Record<SlackApp, string>;
for (const app of SLACK_APPS) urls[app] = await apis[app].start();
process.send?.({ urls });
const { ports, rounds } = await new Promise<{ ports: Record<SlackApp, number>; rounds: number }>((resolve) =>
  process.once('message', (message) => resolve(message as never)),
);

function posted(api: FakeSlackApi): Promise<number> {
  return new Promise((resolve) => {
    api.onCall = (call) => {
      if (call.method !== 'chat.postMessage') return;
      api.onCall = undefined;
      resolve(performance.now());
    };
  });
}

const timings = Object.fromEntries(SLACK_APPS.map((app) => [app, [] as number[]])) as Record<
  SlackApp,
  number[]
>;
for (let round = 0; round < rounds; round++) {
  const first = round % SLACK_APPS.length;
  const order = [...SLACK_APPS.slice(first), ...SLACK_APPS.slice(0, first)];
  for (const target of order) {
    const body = slashCommand({
      command: '/besluit',
      text: `Bench-besluit ${round} over de druktemeter`,
      user: 'U0BENCH',
      channel: 'C0PANEL',
    });
    const reply = posted(apis[target]);
    const started = performance.now();
    const response = await sendToSlackEndpoint(ports[target], body, 'application/x-www-form-urlencoded');
    if (response.status !== 200) throw new Error(`the ${target} answered ${response.status}`);
    timings[target].push((await reply) - started);
    // The next command starts when this app has finished what it still does after its reply.
    const settled = new Promise((resolve) => process.once('message', resolve));
    process.send?.({ settle: target });
    await settled;
  }
}
process.send?.({ timings }, () => process.exit(0));
