// @ts-nocheck
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
  const slack = await startSlack(
    harness.bot,
    { botToken: 'xoxb-test-token', signingSecret: SIGNING_SECRET, appToken: undefined, apiUrl, port: 0 },
    silentLogger,
  );
  return { api, apiUrl, harness, slack };
}

/** Stops the bot's endpoint, then the bot, then the fake API. */
export async function stopSlackBot(parts: Pick<SlackBot, 'api' | 'harness' | 'slack'>): Promise<void> {
  await parts.slack.stop();
  await parts.harness.close();
  await parts.api.stop();
}
