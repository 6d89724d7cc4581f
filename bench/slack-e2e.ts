import { fork } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { App, LogLevel } from '@slack/bolt';
import { startSlack } from '../adapters/slack/slack-app.ts';
import { silentLogger } from '../src/log.ts';
import { SIGNING_SECRET } from '../test/support/slack-requests.ts';
import { openBot } from './bot.ts';

/** A roster where the Slack user of the benchmark chairs the panel, in the panel channel. */
const CONFIG = {
  members: [{ id: 'voorzitter', name: 'Vera Voorzitter', roles: ['panel', 'voorzitter'], slack: 'U0BENCH' }],
  channels: { panel: { slack: 'C0PANEL' } },
};

/**
 * Slack end to end: a signed `/besluit` leaves Slack's side (another process) and the time
 * runs until Slack's Web API receives the bot's `chat.postMessage`, so the bot's whole work
 * after the ack counts. The same for a bare Bolt app that acks and posts a fixed reply.
 * Between two commands Slack's side waits until the app it just timed has finished all of
 * its work (the bot: the event handled and the store idle), so what one app still does
 * after its reply never lands in the other's window.
 */
export async function slackEndToEnd(dir: string, rounds: number): Promise<{ bot: number[]; bare: number[] }> {
  await writeFile(join(dir, 'config.json'), JSON.stringify(CONFIG));
  const side = fork(new URL('./slack-side.ts', import.meta.url), [], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const { urls } = await new Promise<{ urls: { bot: string; bare: string } }>((resolve) =>
    side.once('message', (message) => resolve(message as never)),
  );
  const running = await openBot(dir);
  const slack = await startSlack(
    running.bot,
    { botToken: 'xoxb-bench', signingSecret: SIGNING_SECRET, appToken: undefined, apiUrl: urls.bot, port: 0 },
    silentLogger,
  );
  const bare = new App({
    token: 'xoxb-bench',
    signingSecret: SIGNING_SECRET,
    clientOptions: { slackApiUrl: urls.bare },
    deferInitialization: true,
    logLevel: LogLevel.ERROR,
  });
  await bare.init();
  let bareWork: Promise<unknown> = Promise.resolve();
  bare.command('/besluit', ({ ack, client, command }) => {
    bareWork = (async () => {
      await ack();
      await client.chat.postMessage({ channel: command.channel_id, text: 'Besluit vastgelegd.' });
    })();
    return bareWork as Promise<void>;
  });
  const settled = {
    bot: async () => {
      await running.bot.idle();
      await running.store.idle();
    },
    bare: () => bareWork,
  };
  const bareServer = (await bare.start(0)) as Server;
  const ports = { bot: slack.port!, bare: (bareServer.address() as { port: number }).port };
  side.send({ ports, rounds });
  const { timings } = await new Promise<{ timings: { bot: number[]; bare: number[] } }>((resolve, reject) => {
    side.on('message', (message: { settle?: 'bot' | 'bare'; timings?: unknown }) => {
      if (message.settle) void settled[message.settle]().then(() => side.send({ settled: true }));
      else resolve(message as never);
    });
    side.once('exit', (code) => code !== 0 && reject(new Error(`Slack's side exited with ${code}`)));
  });
  await slack.stop();
  await bare.stop();
  await running.stop();
  return timings;
}
