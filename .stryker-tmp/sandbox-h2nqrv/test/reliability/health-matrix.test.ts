// @ts-nocheck
import { afterEach, describe, expect, it } from 'vitest';
import { FakeHomeserver } from '../fakes/homeserver.ts';
import { BotProcess } from '../support/bot-process.ts';
import { tempDir, writeConfig } from '../support/harness.ts';
import { freePort } from '../support/ports.ts';

const BOT = '@stadspanel:test.local';
const DEWI = '@dewi:test.local';

const bots: BotProcess[] = [];
const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const bot of bots.splice(0)) bot.kill();
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

async function health(port: number) {
  const response = await fetch(`http://127.0.0.1:${port}/healthz`);
  return { status: response.status, body: JSON.parse(await response.text()) };
}

describe('GET /healthz with Matrix', () => {
  it('says when the homeserver went away, and since when', async () => {
    const homeserver = new FakeHomeserver();
    const baseUrl = await homeserver.start();
    let running = true;
    cleanups.push(async () => {
      if (running) await homeserver.stop();
    });
    homeserver.addUser(BOT, 'bot-token');
    homeserver.addUser(DEWI, 'dewi-token');
    const room = homeserver.createRoom(DEWI, [BOT]);
    const dir = await tempDir();
    await writeConfig(dir, {
      members: [{ id: 'dewi', name: 'Dewi Jansen', roles: ['gemeente'], matrix: DEWI }],
      channels: { panel: { matrix: room } },
    });
    const port = await freePort();
    const bot = new BotProcess({
      STADSPANEL_DATA_DIR: dir,
      MATRIX_HOMESERVER_URL: baseUrl,
      MATRIX_ACCESS_TOKEN: 'bot-token',
      MATRIX_USER_ID: BOT,
      STADSPANEL_HEALTH_PORT: String(port),
    });
    bots.push(bot);
    await bot.waitFor('Matrix: verbonden');
    const up = await health(port);
    expect(up.status).toBe(200);
    expect(up.body.platforms.matrix.connected).toBe(true);
    await homeserver.stop();
    running = false;
    const until = Date.now() + 30_000;
    let down = await health(port);
    while (down.body.platforms.matrix.connected && Date.now() < until) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      down = await health(port);
    }
    expect(down.body.platforms.matrix.connected).toBe(false);
    // Away for less than a minute: still healthy, but it says since when.
    expect(down.status).toBe(200);
    expect(Date.parse(down.body.platforms.matrix.since)).toBeGreaterThan(
      Date.parse(up.body.platforms.matrix.since),
    );
  }, 60_000);
});
