import { slashCommands } from '../../adapters/slack/manifest.ts';
import { type RunningSlack, startSlack } from '../../adapters/slack/slack-app.ts';
import { silentLogger } from '../../src/ops/log.ts';
import type { Config } from '../../src/setup/config.ts';
import { FakeSlackApi } from '../fakes/slack-api.ts';
import { Harness } from './harness.ts';
import { SIGNING_SECRET } from './slack-requests.ts';

export interface SlackBot {
  api: FakeSlackApi;
  apiUrl: string;
  harness: Harness;
  slack: RunningSlack;
}

/**
 * A fake Slack Web API with the given channel members, and a bot on `config` that talks to
 * it and takes Events API requests on a free port (`slack.port`).
 */
export async function startSlackBot(
  config: Config,
  channelMembers: Record<string, readonly string[]> = {},
): Promise<SlackBot> {
  const api = new FakeSlackApi();
  for (const [channel, users] of Object.entries(channelMembers)) api.channelMembers.set(channel, [...users]);
  const apiUrl = await api.start();
  const harness = await Harness.create({ config });
  const slack = await startSlackOn(harness, apiUrl);
  return { api, apiUrl, harness, slack };
}

/**
 * The Slack app for a harness's bot, as `npm start` starts it (listening for the slash
 * commands the manifests declare), talking to the Web API at `apiUrl` and taking Events API
 * requests on a free port (`slack.port`).
 */
export function startSlackOn(harness: Harness, apiUrl: string): Promise<RunningSlack> {
  return startSlack(
    harness.bot,
    { botToken: 'xoxb-test-token', signingSecret: SIGNING_SECRET, appToken: undefined, apiUrl, port: 0 },
    silentLogger,
    slashCommands(harness.bot.registry.commands),
  );
}

/** Stops the bot's endpoint, then the bot, then the fake API. */
export async function stopSlackBot(parts: Pick<SlackBot, 'api' | 'harness' | 'slack'>): Promise<void> {
  await parts.slack.stop();
  await parts.harness.close();
  await parts.api.stop();
}
