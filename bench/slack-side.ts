import { FakeSlackApi } from '../test/fakes/slack-api.ts';
import { sendToSlackEndpoint, slashCommand } from '../test/support/slack-requests.ts';

/**
 * Slack's side of the end-to-end figure, in its own process as Slack is: a Web API for the
 * bot and one for a bare Bolt app; it sends each a signed slash command that writes, and
 * times until that app's `chat.postMessage` arrives. Alternates, so both see the same machine.
 */
const apis = { bot: new FakeSlackApi(), bare: new FakeSlackApi() };
// The panel channel holds the member and the bot, as a real workspace would answer.
apis.bot.channelMembers.set('C0PANEL', ['U0BENCH', apis.bot.botUserId]);
const urls = { bot: await apis.bot.start(), bare: await apis.bare.start() };
process.send?.({ urls });
const { ports, rounds } = await new Promise<{ ports: { bot: number; bare: number }; rounds: number }>(
  (resolve) => process.once('message', (message) => resolve(message as never)),
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

const timings = { bot: [] as number[], bare: [] as number[] };
for (let round = 0; round < rounds; round++) {
  const order = round % 2 === 0 ? (['bot', 'bare'] as const) : (['bare', 'bot'] as const);
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
