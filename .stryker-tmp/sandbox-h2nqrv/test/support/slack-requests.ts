// @ts-nocheck
import { createHmac } from 'node:crypto';

export const SIGNING_SECRET = 'test-signing-secret-8f3a';

/** Slack's v0 signature: HMAC-SHA256 over `v0:<timestamp>:<body>` with the signing secret. */
export function sign(body: string, timestamp: number, secret = SIGNING_SECRET): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

export interface SendOptions {
  readonly secret?: string;
  readonly timestamp?: number;
  readonly headers?: Record<string, string>;
}

/** Sends a signed request to the bot's `/slack/events`, as Slack does. */
export async function sendToSlackEndpoint(
  port: number,
  body: string,
  contentType: 'application/x-www-form-urlencoded' | 'application/json',
  options: SendOptions = {},
): Promise<{ status: number; text: string; ms: number }> {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const started = performance.now();
  const response = await fetch(`http://127.0.0.1:${port}/slack/events`, {
    method: 'POST',
    headers: {
      'content-type': contentType,
      'x-slack-request-timestamp': String(timestamp),
      'x-slack-signature': sign(body, timestamp, options.secret),
      ...options.headers,
    },
    body,
  });
  const text = await response.text();
  return { status: response.status, text, ms: performance.now() - started };
}

export function slashCommand(fields: {
  command: string;
  text: string;
  user: string;
  channel: string;
  trigger?: string;
  responseUrl?: string;
}): string {
  return new URLSearchParams({
    token: 'legacy-verification-token',
    team_id: 'T0PANEL',
    team_domain: 'panel',
    channel_id: fields.channel,
    channel_name: 'panel',
    user_id: fields.user,
    user_name: fields.user.toLowerCase(),
    command: fields.command,
    text: fields.text,
    api_app_id: 'A0APP',
    response_url: fields.responseUrl ?? 'https://hooks.slack.com/commands/T0PANEL/1/abc',
    trigger_id: fields.trigger ?? `trigger-${Math.random().toString(36).slice(2)}`,
  }).toString();
}

let eventCounter = 0;
export function eventCallback(
  event: Record<string, unknown>,
  eventId = `Ev${++eventCounter}${Date.now()}`,
): string {
  return JSON.stringify({
    token: 'legacy-verification-token',
    team_id: 'T0PANEL',
    api_app_id: 'A0APP',
    event,
    type: 'event_callback',
    event_id: eventId,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [{ team_id: 'T0PANEL', user_id: 'UBOT', is_bot: true }],
  });
}

export function interaction(payload: Record<string, unknown>): string {
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}
