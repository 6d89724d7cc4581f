// @ts-nocheck
import { request } from 'node:http';
import { connect, type Socket } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RunningSlack } from '../../adapters/slack/slack-app.ts';
import type { FakeSlackApi } from '../fakes/slack-api.ts';
import { type Harness, testConfig } from '../support/harness.ts';
import { startSlackBot, stopSlackBot } from '../support/slack-bot.ts';
import { sendToSlackEndpoint, sign, slashCommand } from '../support/slack-requests.ts';

const members = [{ id: 'dewi', name: 'Dewi Jansen', roles: ['gemeente'], slack: 'U0DEWI' }];

let api: FakeSlackApi;
let harness: Harness;
let slack: RunningSlack;
let port: number;
const sockets: Socket[] = [];

beforeEach(async () => {
  ({ api, harness, slack } = await startSlackBot(
    testConfig({ members, channels: { panel: { slack: 'C0PANEL' } } }),
    { C0PANEL: ['UBOT', 'U0DEWI'] },
  ));
  port = slack.port!;
});
afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.destroy();
  await stopSlackBot({ slack, harness, api });
});

const now = () => Math.floor(Date.now() / 1000);
/** Brackets nested `depth` deep: JSON that takes long to parse and is not an object. */
const brackets = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;

/**
 * Sends the headers of a POST and `body` (maybe only part of what `content-length` says),
 * and resolves with the status as soon as the bot answers, even if the body is not all sent.
 */
function post(headers: Record<string, string | number>, body = '', end = true): Promise<number> {
  return new Promise((resolve, reject) => {
    const sent = request(
      { host: '127.0.0.1', port, path: '/slack/events', method: 'POST', headers },
      (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      },
    );
    sent.on('error', reject);
    if (body) sent.write(body);
    if (end) sent.end();
    else sent.flushHeaders();
  });
}

function command(text: string) {
  return slashCommand({ command: '/advies', text, user: 'U0DEWI', channel: 'C0PANEL' });
}

describe('the Slack door checks who sent a request before it reads what it says', () => {
  it('refuses an unsigned body of nested brackets as unsigned (401), not after parsing it (400)', async () => {
    const body = brackets(200_000);
    const status = await post(
      {
        'content-type': 'application/json',
        'x-slack-request-timestamp': now(),
        'x-slack-signature': sign(body, now(), 'not-the-secret'),
      },
      body,
    );
    expect(status).toBe(401);
  });

  it('answers a body declared larger than 1 MiB with 413 before reading any of it', async () => {
    const status = await post(
      {
        'content-type': 'application/json',
        'content-length': 4 * 1024 * 1024,
        'x-slack-request-timestamp': now(),
        'x-slack-signature': `v0=${'0'.repeat(64)}`,
      },
      '',
      false,
    );
    expect(status).toBe(413);
  });

  it('answers a request without a signature, or with an old timestamp, before reading its body', async () => {
    const stale = now() - 6 * 60;
    const body = JSON.stringify({ type: 'event_callback' }).padEnd(10_000);
    const refused: Array<Record<string, string | number>> = [
      { 'x-slack-request-timestamp': now() },
      { 'x-slack-request-timestamp': stale, 'x-slack-signature': sign(body, stale) },
      { 'x-slack-request-timestamp': 'gisteren', 'x-slack-signature': sign(body, now()) },
    ];
    for (const headers of refused) {
      const status = await post(
        { 'content-type': 'application/json', 'content-length': body.length, ...headers },
        body.slice(0, 100),
        false,
      );
      expect(status).toBe(401);
    }
  });

  it('refuses a signed body past 1 MiB sent without a length', async () => {
    const body = JSON.stringify({ type: 'event_callback', padding: 'x'.repeat(1_100_000) });
    const status = await post(
      {
        'content-type': 'application/json',
        'transfer-encoding': 'chunked',
        'x-slack-request-timestamp': now(),
        'x-slack-signature': sign(body, now()),
      },
      body,
    );
    expect(status).toBe(413);
  });

  it('still answers signed commands while strangers send 4 MB of brackets', async () => {
    const junk = brackets(2 * 1024 * 1024);
    let flooding = true;
    const flood = Array.from({ length: 8 }, async () => {
      while (flooding) {
        await post(
          {
            'content-type': 'application/json',
            'x-slack-request-timestamp': now(),
            'x-slack-signature': `v0=${'0'.repeat(64)}`,
          },
          junk,
        ).catch(() => undefined);
      }
    });
    try {
      for (let index = 1; index <= 3; index++) {
        const answered = await sendToSlackEndpoint(
          port,
          command(`nieuw "Tijdens de vloed ${index}"`),
          'application/x-www-form-urlencoded',
        );
        expect(answered.status).toBe(200);
      }
      const posts = await api.waitFor('chat.postMessage', 3);
      expect(posts.map((call) => String(call.args.text)).join('\n')).toContain('ADV-2026-003');
    } finally {
      flooding = false;
      await Promise.all(flood);
    }
  }, 60_000);
});

describe('the Slack door holds a bounded number of connections', () => {
  it('closes connections past the cap at once, and idle ones after a while', async () => {
    const closed: Socket[] = [];
    for (let index = 0; index < 200; index++) {
      const socket = connect(port, '127.0.0.1');
      socket.on('error', () => undefined);
      socket.on('close', () => closed.push(socket));
      sockets.push(socket);
    }
    // Past the cap, the server closes a connection as soon as it accepts it.
    const until = Date.now() + 5_000;
    while (closed.length < 100 && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(closed.length).toBeGreaterThanOrEqual(100);
    // Some of those still open send their headers a line at a time and never finish them.
    const open = sockets.filter((socket) => !closed.includes(socket)).slice(0, 10);
    for (const socket of open) socket.write('POST /slack/events HTTP/1.1\r\nHost: bot\r\n');
    const dribble = setInterval(() => {
      for (const socket of open) if (!socket.destroyed) socket.write('X-Langzaam: ja\r\n');
    }, 500);
    // A connection that never finishes its headers is closed too (a slow sender holds no place).
    const idleUntil = Date.now() + 25_000;
    while (closed.length < 200 && Date.now() < idleUntil)
      await new Promise((resolve) => setTimeout(resolve, 100));
    clearInterval(dribble);
    expect(closed.length).toBe(200);
    const answered = await sendToSlackEndpoint(
      port,
      command('nieuw "Na de drukte"'),
      'application/x-www-form-urlencoded',
    );
    expect(answered.status).toBe(200);
  }, 40_000);
});
