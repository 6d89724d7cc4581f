// @ts-nocheck
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createClient } from 'matrix-js-sdk';
import { afterEach, describe, expect, it } from 'vitest';
import { FolderLock } from '../../src/store/lock.ts';
import { Store } from '../../src/store/store.ts';
import { FakeHomeserver } from '../fakes/homeserver.ts';
import { BotProcess } from '../support/bot-process.ts';
import { tempDir, writeConfig } from '../support/harness.ts';

const BOT = '@stadspanel:test.local';
const DEWI = '@dewi:test.local';

const bots: BotProcess[] = [];
const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const bot of bots.splice(0)) bot.kill();
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

/** A bot connected to a fake homeserver, in a room with Dewi (gemeente). */
async function matrixBot(): Promise<{
  bot: BotProcess;
  homeserver: FakeHomeserver;
  room: string;
  dir: string;
  say(text: string): Promise<void>;
}> {
  const homeserver = new FakeHomeserver();
  const baseUrl = await homeserver.start();
  cleanups.push(() => homeserver.stop());
  homeserver.addUser(BOT, 'bot-token');
  homeserver.addUser(DEWI, 'dewi-token');
  const room = homeserver.createRoom(DEWI, [BOT]);
  const dir = await tempDir();
  await writeConfig(dir, {
    members: [{ id: 'dewi', name: 'Dewi Jansen', roles: ['gemeente'], matrix: DEWI }],
    channels: { panel: { matrix: room } },
  });
  const bot = new BotProcess({
    STADSPANEL_DATA_DIR: dir,
    MATRIX_HOMESERVER_URL: baseUrl,
    MATRIX_ACCESS_TOKEN: 'bot-token',
    MATRIX_USER_ID: BOT,
  });
  bots.push(bot);
  await bot.waitFor('Matrix: verbonden');
  const member = createClient({ baseUrl, accessToken: 'dewi-token', userId: DEWI });
  const say = async (text: string) => {
    await member.sendEvent(room, 'm.room.message' as never, { msgtype: 'm.text', body: text } as never);
  };
  return { bot, homeserver, room, dir, say };
}

/** Whether another process may take the folder's lock now. */
async function lockFree(dir: string): Promise<boolean> {
  const lock = await FolderLock.take(dir).catch(() => undefined);
  lock?.release();
  return lock !== undefined;
}

describe('stopping with Matrix connected', () => {
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    it(`${signal}: writes the store, lets go of the lock and exits within 5 s`, async () => {
      const { bot, homeserver, room, dir, say } = await matrixBot();
      await say('!advies nieuw "Voor de stop"');
      await homeserver.waitForEvent(
        room,
        (event) => event.sender === BOT && String(event.content.body).includes('ADV-2026-001'),
      );
      const { ms, code } = await bot.stopWith(signal);
      expect(code).toBe(0);
      expect(ms).toBeLessThan(5_000);
      expect(await lockFree(dir)).toBe(true);
      const store = await Store.open(dir);
      expect(store.db.adviceRequests.map((request) => request.title)).toEqual(['Voor de stop']);
      await store.close();
    }, 30_000);
  }

  it('a second Ctrl+C exits at once, and leaves only whole files', async () => {
    const { bot, homeserver, room, dir, say } = await matrixBot();
    homeserver.holdSendsBy = BOT; // the reply can never be sent, so a clean stop has to wait
    await say('!advies nieuw "Vlak voor Ctrl+C"');
    const until = Date.now() + 5_000;
    while (!(await readFile(join(dir, 'audit.jsonl'), 'utf8').catch(() => '')).includes('ADV-2026-001')) {
      if (Date.now() > until) throw new Error(bot.output);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    bot.child.kill('SIGINT');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(bot.running).toBe(true);
    const { ms, code } = await bot.stopWith('SIGINT');
    expect(code).toBe(130);
    expect(ms).toBeLessThan(1_000);
    expect(room).toBeTruthy();
    const store = await Store.open(dir);
    expect(store.db.adviceRequests.map((request) => request.title)).toEqual(['Vlak voor Ctrl+C']);
    await store.close();
    for (const line of (await readFile(join(dir, 'audit.jsonl'), 'utf8')).trim().split('\n'))
      JSON.parse(line);
  }, 30_000);
});
