import { sendToSlackEndpoint, slashCommand } from '../test/support/slack-requests.ts';

/**
 * Started by the benchmark in its own process, as Slack is: sends signed slash commands
 * to the bot and to a bare Bolt app, alternating, and reports the time to each 200.
 */
const [botPort, barePort, rounds] = process.argv.slice(2).map(Number) as [number, number, number];
const timings = { bot: [] as number[], bare: [] as number[] };
for (let round = 0; round < rounds; round++) {
  const order = round % 2 === 0 ? (['bot', 'bare'] as const) : (['bare', 'bot'] as const);
  for (const target of order) {
    const body = slashCommand({ command: '/advies', text: 'lijst', user: 'U0BENCH', channel: 'C0PANEL' });
    const response = await sendToSlackEndpoint(
      target === 'bot' ? botPort : barePort,
      body,
      'application/x-www-form-urlencoded',
    );
    if (response.status !== 200) throw new Error(`Slack answered ${response.status}`);
    timings[target].push(response.ms);
    // Let the bot finish the command's work before the next request, as a quiet panel would.
    await new Promise((resolve) => setTimeout(resolve, 15));
  }
}
process.stdout.write(JSON.stringify(timings));
