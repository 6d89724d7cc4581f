// @ts-nocheck
import { type ChildProcess, spawn } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { FakeSlackApi } from '../fakes/slack-api.ts';
import { tempDir, writeConfig } from '../support/harness.ts';
import { freePort } from '../support/ports.ts';
import {
  eventCallback,
  SIGNING_SECRET,
  sendToSlackEndpoint,
  slashCommand,
} from '../support/slack-requests.ts';

async function waitUntilListening(port: number, child: ChildProcess, log: () => string): Promise<void> {
  const until = Date.now() + 15_000;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`The bot stopped: ${log()}`);
    try {
      await fetch(`http://127.0.0.1:${port}/`);
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  throw new Error(`The bot did not listen on ${port}: ${log()}`);
}

let child: ChildProcess | undefined;
let api: FakeSlackApi | undefined;
afterEach(async () => {
  child?.kill('SIGTERM');
  await api?.stop();
});

describe('npm start with only the Slack environment set', () => {
  it('answers a signed /advies, refuses a forged one, and approves on reaction_added', async () => {
    api = new FakeSlackApi();
    const apiUrl = await api.start();
    const dir = await tempDir();
    await writeConfig(dir, {
      members: [
        { id: 'dewi', name: 'Dewi Jansen', roles: ['gemeente'], slack: 'U0DEWI' },
        { id: 'chris', name: 'Chris Bakker', roles: ['panel'], slack: 'U0CHRIS' },
        { id: 'fleur', name: 'Fleur Smit', roles: ['programmamanager'], slack: 'U0FLEUR' },
      ],
      channels: { panel: { slack: 'C0PANEL' } },
    });
    const port = await freePort();
    let output = '';
    child = spawn(process.execPath, ['app/main.ts'], {
      env: {
        PATH: process.env.PATH ?? '',
        STADSPANEL_DATA_DIR: dir,
        SLACK_BOT_TOKEN: 'xoxb-process-token',
        SLACK_SIGNING_SECRET: SIGNING_SECRET,
        SLACK_API_URL: apiUrl,
        PORT: String(port),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.stderr!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    await waitUntilListening(port, child, () => output);

    const command = slashCommand({
      command: '/advies',
      text: 'nieuw "Bodycams voor handhavers"',
      user: 'U0DEWI',
      channel: 'C0PANEL',
    });
    const answered = await sendToSlackEndpoint(port, command, 'application/x-www-form-urlencoded');
    expect(answered.status).toBe(200);
    expect(answered.ms).toBeLessThan(1_000);
    const [post] = await api.waitFor('chat.postMessage');
    expect(post!.args.text).toContain('ADV-2026-001');

    const forged = await sendToSlackEndpoint(port, command, 'application/x-www-form-urlencoded', {
      secret: 'not-the-secret',
    });
    expect(forged.status).toBe(401);

    await sendToSlackEndpoint(
      port,
      slashCommand({ command: '/uitgave', text: '45,20 reis Trein', user: 'U0CHRIS', channel: 'C0PANEL' }),
      'application/x-www-form-urlencoded',
    );
    const posts = await api.waitFor('chat.postMessage', 2);
    expect(posts[1]!.args.text).toContain('UIT-2026-001');
    const ts = String(posts[1]!.result.ts);
    await sendToSlackEndpoint(
      port,
      eventCallback({
        type: 'reaction_added',
        user: 'U0FLEUR',
        reaction: 'white_check_mark',
        item: { type: 'message', channel: 'C0PANEL', ts },
        event_ts: '1',
      }),
      'application/json',
    );
    const [update] = await api.waitFor('chat.update');
    expect(update!.args.text).toContain('Goedgekeurd door: Fleur Smit');
    expect(output).not.toContain('xoxb-process-token');
    expect(output).not.toContain(SIGNING_SECRET);
  });
});
