// @ts-nocheck
import { afterEach, describe, expect, it } from 'vitest';
import { FakeHomeserver, type RoomEvent } from '../fakes/homeserver.ts';
import { BotProcess } from '../support/bot-process.ts';
import { tempDir, writeConfig } from '../support/harness.ts';

const BOT = '@stadspanel:test.local';
const DEWI = '@dewi:test.local';
const CHRIS = '@chris:test.local';
const FLEUR = '@fleur:test.local';
const DAY = 24 * 60 * 60 * 1000;

const bots: BotProcess[] = [];
const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const bot of bots.splice(0)) bot.kill();
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

async function setUp(): Promise<{ homeserver: FakeHomeserver; room: string; start(): Promise<BotProcess> }> {
  const homeserver = new FakeHomeserver();
  const baseUrl = await homeserver.start();
  cleanups.push(() => homeserver.stop());
  homeserver.addUser(BOT, 'bot-token');
  homeserver.addUser(DEWI, 'dewi-token');
  const room = homeserver.createRoom(DEWI, [BOT, CHRIS, FLEUR]);
  const dir = await tempDir();
  await writeConfig(dir, {
    members: [
      { id: 'dewi', name: 'Dewi Jansen', roles: ['gemeente'], matrix: DEWI },
      { id: 'chris', name: 'Chris Bakker', roles: ['panel'], matrix: CHRIS },
      { id: 'fleur', name: 'Fleur Smit', roles: ['gemeente', 'programmamanager'], matrix: FLEUR },
    ],
    channels: { panel: { matrix: room } },
  });
  const start = async () => {
    const bot = new BotProcess({
      STADSPANEL_DATA_DIR: dir,
      MATRIX_HOMESERVER_URL: baseUrl,
      MATRIX_ACCESS_TOKEN: 'bot-token',
      MATRIX_USER_ID: BOT,
    });
    bots.push(bot);
    await bot.waitFor('Matrix: verbonden');
    return bot;
  };
  return { homeserver, room, start };
}

const fromBot = (event: RoomEvent) => event.sender === BOT && event.type === 'm.room.message';
const body = (event: RoomEvent) => String(event.content.body);

describe('Matrix: what was typed while the bot was down', () => {
  it('is handled at the next start, oldest first, each event once', async () => {
    const { homeserver, room, start } = await setUp();
    const first = await start();
    homeserver.post(room, DEWI, '!advies nieuw "Voor de stop"');
    await homeserver.waitForEvent(room, (event) => fromBot(event) && body(event).includes('ADV-2026-001'));
    expect((await first.stopWith('SIGTERM')).code).toBe(0);

    homeserver.post(room, DEWI, '!advies nieuw "Tijdens de stop A"');
    homeserver.post(room, DEWI, '!advies nieuw "Tijdens de stop B"');
    const second = await start();
    await homeserver.waitForEvent(room, (event) => fromBot(event) && body(event).includes('ADV-2026-003'));
    const replies = () => homeserver.timeline(room).filter(fromBot).map(body);
    expect(replies().find((text) => text.includes('ADV-2026-002'))).toContain('Tijdens de stop A');
    expect(replies().find((text) => text.includes('ADV-2026-003'))).toContain('Tijdens de stop B');
    expect((await second.stopWith('SIGTERM')).code).toBe(0);

    // A third start, also after a crash, runs none of them again.
    const count = replies().length;
    const third = await start();
    homeserver.post(room, DEWI, '!advies nieuw "Na de derde start"');
    await homeserver.waitForEvent(room, (event) => fromBot(event) && body(event).includes('ADV-2026-004'));
    third.kill();
    await third.exited;
    const fourth = await start();
    homeserver.post(room, DEWI, '!advies nieuw "Na de crash"');
    await homeserver.waitForEvent(room, (event) => fromBot(event) && body(event).includes('ADV-2026-005'));
    expect(replies()).toHaveLength(count + 2);
    expect(replies().filter((text) => text.includes('Tijdens de stop A'))).toHaveLength(1);
    await fourth.stopWith('SIGTERM');
  }, 60_000);

  it('answers a command older than a day in its thread instead of running it', async () => {
    const { homeserver, room, start } = await setUp();
    const first = await start();
    await first.stopWith('SIGTERM');
    const old = homeserver.post(room, DEWI, '!advies nieuw "Van eergisteren"', Date.now() - 2 * DAY);
    homeserver.post(room, DEWI, '!advies nieuw "Van vanochtend"', Date.now() - DAY / 4);
    await start();
    const answer = await homeserver.waitForEvent(
      room,
      (event) => fromBot(event) && body(event).includes('terwijl de bot uit stond'),
    );
    expect(body(answer)).toContain('meer dan 24 uur oud');
    expect(answer.content['m.relates_to']).toMatchObject({ rel_type: 'm.thread', event_id: old });
    const created = await homeserver.waitForEvent(
      room,
      (event) => fromBot(event) && body(event).includes('ADV-2026-001'),
    );
    expect(body(created)).toContain('Van vanochtend');
    expect(homeserver.timeline(room).filter(fromBot).map(body).join('\n')).not.toContain('Van eergisteren');
  }, 60_000);

  it('also handles a reaction given while the bot was down', async () => {
    const { homeserver, room, start } = await setUp();
    const first = await start();
    homeserver.post(room, CHRIS, '!uitgave 45,20 reis Trein naar Utrecht');
    const expense = await homeserver.waitForEvent(
      room,
      (event) => fromBot(event) && body(event).includes('UIT-2026-001'),
    );
    await first.stopWith('SIGTERM');
    homeserver.react(room, FLEUR, expense.event_id, '✅');
    await start();
    const edit = await homeserver.waitForEvent(
      room,
      (event) =>
        fromBot(event) && (event.content['m.relates_to'] as { rel_type?: string })?.rel_type === 'm.replace',
    );
    expect(String((edit.content['m.new_content'] as { body: string }).body)).toContain(
      'Goedgekeurd door: Fleur Smit',
    );
  }, 60_000);
});
