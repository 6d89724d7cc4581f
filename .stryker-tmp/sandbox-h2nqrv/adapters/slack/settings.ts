// @ts-nocheck
import { StartupError } from '../../src/core/errors.ts';
import type { Environment } from '../../src/setup/environment.ts';

/** How to reach Slack, from the environment only (tokens never live in the config file). */
export interface SlackSettings {
  readonly botToken: string;
  /** HTTP mode: Slack signs every request with this secret. */
  readonly signingSecret: string | undefined;
  /** Socket Mode: the app-level token (`xapp-…`). */
  readonly appToken: string | undefined;
  /** The Web API base URL; Slack's own unless an admin's proxy or a test says otherwise. */
  readonly apiUrl: string | undefined;
  readonly port: number;
}

/** Slack settings when the environment asks for Slack; a clear refusal when it does so halfway. */
export function slackSettings(env: Environment): SlackSettings | undefined {
  const botToken = env.SLACK_BOT_TOKEN;
  const signingSecret = env.SLACK_SIGNING_SECRET;
  const appToken = env.SLACK_APP_TOKEN;
  if (!botToken && !signingSecret && !appToken) return undefined;
  if (!botToken) {
    throw new StartupError(
      'SLACK_BOT_TOKEN ontbreekt. Zet het bot-token van de Slack-app (xoxb-…) in de omgeving.',
    );
  }
  if (!signingSecret && !appToken) {
    throw new StartupError(
      'Zet SLACK_SIGNING_SECRET (HTTP-modus, Slack stuurt verzoeken naar /slack/events) of SLACK_APP_TOKEN (Socket Mode, xapp-…).',
    );
  }
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new StartupError(`PORT='${env.PORT}' is geen poortnummer. Gebruik bijvoorbeeld PORT=3000.`);
  }
  const apiUrl = env.SLACK_API_URL ? env.SLACK_API_URL.replace(/\/?$/, '/') : undefined;
  return { botToken, signingSecret, appToken, apiUrl, port };
}
