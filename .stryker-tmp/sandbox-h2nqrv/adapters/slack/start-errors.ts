// @ts-nocheck
import { LogLevel, webApi } from '@slack/bolt';
import { StartupError } from '../../src/core/errors.ts';
import type { Lang } from '../../src/i18n/lang.ts';
import type { Logger } from '../../src/ops/log.ts';

const TEXTS = {
  nl: {
    refused: (reason: string) =>
      `Slack weigert SLACK_BOT_TOKEN (${reason}). Kopieer het bot-token (xoxb-…) opnieuw uit de instellingen van de Slack-app (OAuth & Permissions) en start opnieuw.`,
    unreachable: (cause: string) =>
      `Slack is niet bereikbaar (${cause}). Controleer de internetverbinding (en SLACK_API_URL als die gezet is) en start opnieuw.`,
    retry: (cause: string, seconds: number, attempt: number, of: number) =>
      `Slack: niet bereikbaar (${cause}); nieuwe poging over ${seconds} s (${attempt} van ${of}).`,
    portTaken: (port: number) =>
      `Poort ${port} is al in gebruik door een ander programma. Stop dat programma of kies met PORT een andere poort.`,
    portDenied: (port: number) =>
      `De bot mag poort ${port} niet gebruiken (poorten onder 1024 vragen beheerrechten). Kies met PORT een poort vanaf 1024, bijvoorbeeld 3000.`,
  },
  en: {
    refused: (reason: string) =>
      `Slack refuses SLACK_BOT_TOKEN (${reason}). Copy the bot token (xoxb-…) again from the Slack app's settings (OAuth & Permissions) and start again.`,
    unreachable: (cause: string) =>
      `Slack cannot be reached (${cause}). Check the internet connection (and SLACK_API_URL if it is set) and start again.`,
    retry: (cause: string, seconds: number, attempt: number, of: number) =>
      `Slack: cannot be reached (${cause}); trying again in ${seconds} s (${attempt} of ${of}).`,
    portTaken: (port: number) =>
      `Port ${port} is already in use by another program. Stop that program or choose another port with PORT.`,
    portDenied: (port: number) =>
      `The bot may not use port ${port} (ports below 1024 need administrator rights). Choose a port from 1024 with PORT, for example 3000.`,
  },
} as const;

/** Why Slack would not start, in one sentence that names the cause; other errors pass unchanged. */
export function slackStartError(error: unknown, lang: Lang, port: number): unknown {
  const t = TEXTS[lang];
  const coded = error as { code?: string; data?: { error?: string }; original?: Error };
  if (coded.code === 'slack_webapi_platform_error')
    return new StartupError(t.refused(coded.data?.error ?? '?'));
  if (coded.code === 'slack_webapi_request_error' || coded.code === 'slack_webapi_http_error') {
    return new StartupError(t.unreachable(coded.original?.message ?? (error as Error).message));
  }
  if (coded.code === 'EADDRINUSE') return new StartupError(t.portTaken(port));
  if (coded.code === 'EACCES') return new StartupError(t.portDenied(port));
  return error;
}

const ATTEMPTS = 4;

/**
 * Asks Slack who the bot is before Bolt starts: a refused token ends the start at once;
 * an unreachable Slack is tried again a few times (1, 2, 4 s apart, said in the log) and
 * then ends it, instead of the Web API client's half hour of silent retries.
 */
export async function checkSlack(
  token: string,
  apiUrl: string | undefined,
  lang: Lang,
  port: number,
  logger: Logger,
): Promise<{ botUserId?: string; botId?: string }> {
  const client = new webApi.WebClient(token, {
    ...(apiUrl ? { slackApiUrl: apiUrl } : {}),
    retryConfig: { retries: 0 },
    logLevel: LogLevel.ERROR,
  });
  for (let attempt = 1; ; attempt++) {
    try {
      const who = await client.auth.test();
      return {
        ...(who.user_id ? { botUserId: who.user_id } : {}),
        ...(who.bot_id ? { botId: who.bot_id } : {}),
      };
    } catch (error) {
      const failure = slackStartError(error, lang, port);
      const unreachable = (error as { code?: string }).code !== 'slack_webapi_platform_error';
      if (!unreachable || attempt === ATTEMPTS) throw failure;
      const seconds = 2 ** (attempt - 1);
      const cause = (error as { original?: Error }).original?.message ?? (error as Error).message;
      logger.warn(TEXTS[lang].retry(cause, seconds, attempt, ATTEMPTS));
      await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
    }
  }
}
