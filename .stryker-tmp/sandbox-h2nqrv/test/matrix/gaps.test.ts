// @ts-nocheck
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type RunningMatrix, startMatrix } from '../../adapters/matrix/matrix-app.ts';
import type { FakeHomeserver, RoomEvent } from '../fakes/homeserver.ts';
import { Harness, testConfig } from '../support/harness.ts';
import { MATRIX_BOT, startHomeserver } from '../support/matrix-room.ts';

/**
 * What a real Synapse does to a bot that is slow, paused or down: at most ten events per
 * room per sync when the filter sets no limit (the rest is a gap, `limited: true`), a
 * cached answer to the initial sync for two minutes, and `/messages` to page back.
 */
const DEWI = '@dewi:test.local';
const ANNA = '@anna:test.local';
const STRANGER = '@vreemde:test.local';
const DAY = 24 * 60 * 60 * 1000;
const members = [
  { id: 'anna', name: 'Anna de Vries', roles: ['panel', 'voorzitter'], matrix: ANNA },
  { id: 'dewi', name: 'Dewi Jansen', roles: ['gemeente'], matrix: DEWI },
];

let server: FakeHomeserver;
let baseUrl: string;
let roomId: string;
let dir: string | undefined;
let running: { harness: Harness; matrix: RunningMatrix } | undefined;

beforeEach(async () => {
  ({ server, baseUrl, roomId } = await startHomeserver([MATRIX_BOT, DEWI, ANNA, STRANGER], ANNA, [
    MATRIX_BOT,
    DEWI,
    STRANGER,
  ]));
  dir = undefined;
});
afterEach(async () => {
  await stop();
  await server.stop();
});

async function start(): Promise<Harness> {
  const harness = await Harness.create({
    config: testConfig({ members, channels: { panel: { matrix: roomId } } }),
    now: new Date().toISOString(),
    ...(dir ? { dir } : {}),
  });
  dir = harness.dir;
  const matrix = await startMatrix(
    harness.bot,
    { homeserverUrl: baseUrl, accessToken: 'bot-token', userId: MATRIX_BOT },
    { info: () => {}, warn: () => {}, error: () => {} },
    { dataDir: harness.dir },
  );
  running = { harness, matrix };
  return harness;
}

async function stop(): Promise<void> {
  if (!running) return;
  await running.matrix.stop();
  await running.harness.close();
  running = undefined;
}

const fromBot = (event: RoomEvent) => event.sender === MATRIX_BOT && event.type === 'm.room.message';
const body = (event: RoomEvent) => String(event.content.body ?? '');
const answers = () => server.timeline(roomId).filter(fromBot).map(body);
const answered = (text: string) =>
  server.waitForEvent(roomId, (e) => fromBot(e) && body(e).includes(text), 15_000);

describe('Matrix: events a sync leaves out', () => {
  it('are fetched and run in order when a sync has a gap (limited timeline)', async () => {
    await start();
    server.pauseSyncs();
    for (let n = 1; n <= 20; n++) server.post(roomId, DEWI, `!advies nieuw "Gat ${n}"`);
    server.resumeSyncs();
    await answered('ADV-2026-020');
    // However large the bot's own limit, a server may cut a sync short.
    server.pauseSyncs();
    for (let n = 21; n <= 30; n++) server.post(roomId, DEWI, `!advies nieuw "Gat ${n}"`);
    server.limitNextSync(3);
    server.resumeSyncs();
    await answered('ADV-2026-030');
    for (let n = 1; n <= 30; n++) {
      const id = `ADV-2026-${String(n).padStart(3, '0')}`;
      expect(answers().find((text) => text.includes(id))).toContain(`Gat ${n}`);
    }
  }, 30_000);

  it('pages back to the saved position after a long downtime, and tells who typed a command too old to run', async () => {
    await start();
    await stop();
    const old = server.post(roomId, DEWI, '!advies nieuw "Van eergisteren"', Date.now() - 2 * DAY);
    server.post(roomId, DEWI, '!advies nieuw "Oudste van vandaag"');
    for (let n = 1; n <= 600; n++) server.post(roomId, ANNA, `Gewoon praten ${n}`);
    server.post(roomId, DEWI, '!advies nieuw "Nieuwste"');
    await start();
    await answered('ADV-2026-002');
    expect(answers().find((text) => text.includes('ADV-2026-001'))).toContain('Oudste van vandaag');
    expect(answers().find((text) => text.includes('ADV-2026-002'))).toContain('Nieuwste');
    const told = await answered('meer dan 24 uur oud');
    expect(told.content['m.relates_to']).toMatchObject({ rel_type: 'm.thread', event_id: old });
    expect(answers().join('\n')).not.toContain('Van eergisteren');
  }, 60_000);
});

describe('Matrix: a restart', () => {
  it('answers nothing again, also when the server serves its cached initial sync, and runs the catch-up oldest first', async () => {
    const harness = await start();
    server.post(roomId, DEWI, '!advies lijst');
    await answered('Adviesverzoeken');
    server.post(roomId, STRANGER, '!advies nieuw "Van een vreemde"');
    await server.waitForEvent(roomId, (event) => fromBot(event) && answers().length === 2);
    expect(answers().join('\n')).not.toContain('Van een vreemde');
    await harness.bot.idle();
    const before = answers().length;
    await stop();

    server.post(roomId, DEWI, '!advies nieuw "Terwijl de bot uit stond A"');
    server.post(roomId, DEWI, '!advies nieuw "Terwijl de bot uit stond B"');
    // Within two minutes: the server answers the initial sync from its cache, before the saved position.
    await start();
    await answered('ADV-2026-002');
    expect(answers().find((text) => text.includes('ADV-2026-001'))).toContain('uit stond A');
    await running!.harness.bot.idle();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(answers()).toHaveLength(before + 2);
    await stop();

    await start();
    server.post(roomId, DEWI, '!advies nieuw "Na de derde start"');
    await answered('ADV-2026-003');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(answers()).toHaveLength(before + 3);
  }, 60_000);
});
