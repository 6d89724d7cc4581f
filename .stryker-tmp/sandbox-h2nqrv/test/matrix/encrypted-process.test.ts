// @ts-nocheck
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import type { MatrixClient } from 'matrix-js-sdk';
import { afterEach, describe, expect, it } from 'vitest';
import { FakeHomeserver } from '../fakes/homeserver.ts';
import { encryptedMember, sendText, waitForReadable } from '../support/encrypted-member.ts';
import { tempDir, writeConfig } from '../support/harness.ts';

const BOT = '@stadspanel:test.local';
const BOT_DEVICE = 'BOTDEVICE';
const DEWI = '@dewi:test.local';

const children: ChildProcess[] = [];
const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const child of children.splice(0)) child.kill('SIGKILL');
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

/** `npm start` with Matrix and MATRIX_STORE_KEY; resolves once the bot says it is connected. */
async function startBotProcess(
  env: Record<string, string>,
): Promise<{ child: ChildProcess; output: () => string }> {
  let output = '';
  const child = spawn(process.execPath, ['app/main.ts'], {
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  for (const stream of [child.stdout!, child.stderr!]) {
    stream.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
  }
  const until = Date.now() + 20_000;
  while (!output.includes('Matrix: verbonden')) {
    if (child.exitCode !== null || Date.now() > until) throw new Error(output);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return { child, output: () => output };
}

describe('the encrypted Matrix bot as a process', () => {
  it('keeps a room key that arrived right before a SIGKILL', async () => {
    const server = new FakeHomeserver();
    const baseUrl = await server.start();
    cleanups.push(() => server.stop());
    server.addUser(BOT, 'bot-token', { deviceId: BOT_DEVICE });
    server.addUser(DEWI, 'dewi-token', { deviceId: 'DEWIPHONE' });
    const room = server.createRoom(DEWI, [BOT], { encrypted: true });
    const dir = await tempDir();
    await writeConfig(dir, {
      members: [{ id: 'dewi', name: 'Dewi Jansen', roles: ['gemeente'], matrix: DEWI }],
      channels: { panel: { matrix: room } },
    });
    const storeKey = randomBytes(32).toString('base64');
    const env = {
      STADSPANEL_DATA_DIR: dir,
      MATRIX_HOMESERVER_URL: baseUrl,
      MATRIX_ACCESS_TOKEN: 'bot-token',
      MATRIX_USER_ID: BOT,
      MATRIX_STORE_KEY: storeKey,
    };
    const first = await startBotProcess(env);
    const keysUp = Date.now() + 10_000;
    while (!server.keys.hasDeviceKeys(BOT, BOT_DEVICE) && Date.now() < keysUp)
      await new Promise((resolve) => setTimeout(resolve, 20));
    const dewi: MatrixClient = await encryptedMember(baseUrl, DEWI, 'dewi-token', 'DEWIPHONE');
    cleanups.push(() => dewi.stopClient());

    // The moment the bot's next /sync tells the server it has the room key, the bot dies.
    const killed = new Promise<void>((resolve) => {
      server.keys.onAcknowledge = (user, device) => {
        if (user !== BOT || device !== BOT_DEVICE) return;
        server.keys.onAcknowledge = undefined;
        first.child.kill('SIGKILL');
        first.child.once('exit', () => resolve());
      };
    });
    await sendText(dewi, room, '!advies nieuw Eerste');
    await killed;
    expect(server.keys.pendingToDevice(BOT, BOT_DEVICE)).toBe(0);

    const second = await startBotProcess(env);
    await sendText(dewi, room, '!advies nieuw Tweede');
    const answer = await waitForReadable(dewi, room, BOT, (body) => body.includes('Tweede'), 15_000);
    expect(answer.isEncrypted()).toBe(true);
    expect(second.output()).not.toContain(storeKey);
  }, 60_000);
});
