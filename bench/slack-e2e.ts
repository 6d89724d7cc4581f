import { fork } from 'node:child_process';
import { type FileHandle, open, writeFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { App, LogLevel } from '@slack/bolt';
import { slashCommands } from '../adapters/slack/manifest.ts';
import { startSlack } from '../adapters/slack/slack-app.ts';
import { silentLogger } from '../src/ops/log.ts';
import { SIGNING_SECRET } from '../test/support/slack-requests.ts';
import { folder, openBot } from './bot.ts';
import type { SlackApp } from './slack-apps.ts';

/** A roster where the Slack user of the benchmark chairs the panel, in the panel channel. */
const CONFIG = {
  members: [{ id: 'voorzitter', name: 'Vera Voorzitter', roles: ['panel', 'voorzitter'], slack: 'U0BENCH' }],
  channels: { panel: { slack: 'C0PANEL' } },
};

/** A bare Bolt app on its own port and Web API; `durable` appends one ~1 KB line with fdatasync before it posts. */
async function bareApp(apiUrl: string, durable: FileHandle | undefined) {
  const app = new App({
    token: 'xoxb-bench',
    signingSecret: SIGNING_SECRET,
    clientOptions: { slackApiUrl: apiUrl },
    deferInitialization: true,
    logLevel: LogLevel.ERROR,
  });
  await app.init();
  let work: Promise<unknown> = Promise.resolve();
  const line = `${'x'.repeat(1_023)}\n`;
  app.command('/besluit', ({ ack, client, command }) => {
    work = (async () => {
      await ack();
      if (durable) {
        await durable.write(line);
        await durable.datasync();
      }
      await client.chat.postMessage({ channel: command.channel_id, text: 'Besluit vastgelegd.' });
    })();
    return work as Promise<void>;
  });
  const server = (await app.start(0)) as Server;
  return {
    port: (server.address() as AddressInfo).port,
    settled: () => work,
    stop: () => app.stop(),
  };
}

/**
 * Slack end to end: a signed `/besluit` leaves Slack's side (another process) and the time
 * runs until Slack's Web API receives the bot's `chat.postMessage`, so the bot's whole work
 * after the ack counts. The same for a bare Bolt app that acks and posts a fixed reply, and
 * for that app with one durable append (the disk's share of the bot's time, in the same run).
 * Between two commands Slack's side waits until the app it just timed has finished all of
 * its work (the bot: the event handled and the store idle), so what one app still does
 * after its reply never lands in another's window.
 */
export async function slackEndToEnd(dir: string, rounds: number): Promise<Record<SlackApp, number[]>> {
  await writeFile(join(dir, 'config.json'), JSON.stringify(CONFIG));
  const side = fork(new URL('./slack-side.ts', import.meta.url), [], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const { urls } = await new Promise<{ urls: Record<SlackApp, string> }>((resolve) =>
    side.once('message', (message) => resolve(message as never)),
  );
  const running = await openBot(dir);
  const slack = await startSlack(
    running.bot,
    { botToken: 'xoxb-bench', signingSecret: SIGNING_SECRET, appToken: undefined, apiUrl: urls.bot, port: 0 },
    silentLogger,
    slashCommands(running.bot.registry.commands),
  );
  const journal = await open(join(await folder('slack-durable'), 'journal.jsonl'), 'a');
  const bare = await bareApp(urls.bare, undefined);
  const durable = await bareApp(urls.durable, journal);
  const settled: Record<SlackApp, () => Promise<unknown>> = {
    bot: async () => {
      await running.bot.idle();
      await running.store.idle();
    },
    bare: bare.settled,
    durable: durable.settled,
  };
  const ports: Record<SlackApp, number> = { bot: slack.port!, bare: bare.port, durable: durable.port };
  side.send({ ports, rounds });
  const { timings } = await new Promise<{ timings: Record<SlackApp, number[]> }>((resolve, reject) => {
    side.on('message', (message: { settle?: SlackApp; timings?: unknown }) => {
      if (message.settle) void settled[message.settle]().then(() => side.send({ settled: true }));
      else resolve(message as never);
    });
    side.once('exit', (code) => code !== 0 && reject(new Error(`Slack's side exited with ${code}`)));
  });
  await slack.stop();
  await bare.stop();
  await durable.stop();
  await journal.close();
  await running.stop();
  return timings;
}
