// @ts-nocheck
import { type ChildProcess, spawn } from 'node:child_process';
import { createClient } from 'matrix-js-sdk';
import { afterEach, describe, expect, it } from 'vitest';
import { FakeHomeserver } from '../fakes/homeserver.ts';
import { FakeSlackApi } from '../fakes/slack-api.ts';
import { tempDir, writeConfig } from '../support/harness.ts';
import { freePort } from '../support/ports.ts';
import { SIGNING_SECRET, sendToSlackEndpoint, slashCommand } from '../support/slack-requests.ts';

let child: ChildProcess | undefined;
const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  child?.kill('SIGTERM');
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

describe('npm start with Slack and Matrix both configured', () => {
  it('runs both in one process on one store', async () => {
    const homeserver = new FakeHomeserver();
    const baseUrl = await homeserver.start();
    const slackApi = new FakeSlackApi();
    const apiUrl = await slackApi.start();
    cleanups.push(
      () => homeserver.stop(),
      () => slackApi.stop(),
    );
    const bot = '@stadspanel:test.local';
    const dewi = '@dewi:test.local';
    homeserver.addUser(bot, 'bot-token');
    homeserver.addUser(dewi, 'dewi-token');
    const room = homeserver.createRoom(dewi, [bot]);
    const dir = await tempDir();
    await writeConfig(dir, {
      members: [{ id: 'dewi', name: 'Dewi Jansen', roles: ['gemeente'], slack: 'U0DEWI', matrix: dewi }],
      channels: { panel: { slack: 'C0PANEL', matrix: room } },
    });
    const port = await freePort();
    let output = '';
    child = spawn(process.execPath, ['app/main.ts'], {
      env: {
        PATH: process.env.PATH ?? '',
        STADSPANEL_DATA_DIR: dir,
        SLACK_BOT_TOKEN: 'xoxb-both',
        SLACK_SIGNING_SECRET: SIGNING_SECRET,
        SLACK_API_URL: apiUrl,
        PORT: String(port),
        MATRIX_HOMESERVER_URL: baseUrl,
        MATRIX_ACCESS_TOKEN: 'bot-token',
        MATRIX_USER_ID: bot,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    for (const stream of [child.stdout!, child.stderr!]) {
      stream.on('data', (chunk: Buffer) => {
        output += chunk.toString();
      });
    }
    const until = Date.now() + 15_000;
    while (!output.includes('Matrix: verbonden') && Date.now() < until) {
      if (child.exitCode !== null) throw new Error(output);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(output).toContain('Matrix: verbonden');

    const slack = await sendToSlackEndpoint(
      port,
      slashCommand({ command: '/advies', text: 'nieuw "Uit Slack"', user: 'U0DEWI', channel: 'C0PANEL' }),
      'application/x-www-form-urlencoded',
    );
    expect(slack.status).toBe(200);
    await slackApi.waitFor('chat.postMessage');
    const member = createClient({ baseUrl, accessToken: 'dewi-token', userId: dewi });
    await member.sendEvent(
      room,
      'm.room.message' as never,
      { msgtype: 'm.text', body: '!advies nieuw "Uit Matrix"' } as never,
    );
    const reply = await homeserver.waitForEvent(
      room,
      (event) => event.sender === bot && String(event.content.body).includes('ADV-2026-002'),
    );
    expect(String(reply.content.body)).toContain('Uit Matrix');
    expect(output).not.toContain('bot-token');
    expect(output).not.toContain('xoxb-both');
  });
});
