import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RunningMatrix } from '../../adapters/matrix/matrix-app.ts';
import type { FakeHomeserver, RoomEvent } from '../fakes/homeserver.ts';
import type { Harness } from '../support/harness.ts';
import {
  ANNA,
  MATRIX_BOT,
  MatrixPeople,
  startHomeserver,
  startMatrixBot,
  stopMatrixRoom,
} from '../support/matrix-room.ts';

/** What a real homeserver and the people and bots in a room do that the happy path does not. */
const BOT = MATRIX_BOT;
const DEWI = '@dewi:test.local';
const OTHER_BOT = '@anderebot:test.local';
const members = [
  { id: 'anna', name: 'Anna de Vries', roles: ['panel', 'voorzitter'], matrix: ANNA },
  { id: 'dewi', name: 'Dewi Jansen', roles: ['gemeente'], matrix: DEWI },
];

let server: FakeHomeserver;
let roomId: string;
let harness: Harness;
let matrix: RunningMatrix;
let people: MatrixPeople;

const send = (userId: string, content: Record<string, unknown>) =>
  people.send(userId, roomId, 'm.room.message', content);

const fromBot = (event: RoomEvent) => event.sender === BOT && event.type === 'm.room.message';

beforeEach(async () => {
  let baseUrl: string;
  ({ server, baseUrl, roomId } = await startHomeserver([BOT, ANNA, DEWI, OTHER_BOT], ANNA, [
    BOT,
    DEWI,
    OTHER_BOT,
  ]));
  people = new MatrixPeople(baseUrl);
  ({ harness, matrix } = await startMatrixBot({ members, roomId, baseUrl }));
});
afterEach(async () => {
  await stopMatrixRoom({ matrix, harness, server, people });
});

describe('Matrix: a homeserver that goes away while the bot answers', () => {
  it('keeps the change and sends the answer once the server is back, exactly once', async () => {
    // The proxy answers 502 while the homeserver restarts; then the server stores the
    // answer but the connection drops before it says so; then it is back.
    server.failNextSends(['bad-gateway', 'dropped'], BOT);
    await send(DEWI, { msgtype: 'm.text', body: '!advies nieuw Druktemeter' });
    const announcement = await server.waitForEvent(
      roomId,
      (event) => fromBot(event) && String(event.content.body).includes('ADV-2026-001'),
      10_000,
    );
    await harness.bot.idle();
    const request = harness.store.db.adviceRequests[0]!;
    expect(request.title).toBe('Druktemeter');
    // The request's thread is the message that reached the room.
    expect(request.message).toBe(`matrix:${roomId}:${announcement.event_id}`);
    const answers = server.timeline(roomId).filter((event) => fromBot(event));
    expect(answers).toHaveLength(1);
  }, 15_000);
});

describe('Matrix: what other bots post', () => {
  it('never answers an m.notice, the msgtype of bots, so two bots cannot loop', async () => {
    await send(OTHER_BOT, { msgtype: 'm.notice', body: '!advies lijst' });
    await send(DEWI, { msgtype: 'm.notice', body: '!advies nieuw Van een bot' });
    await send(ANNA, { msgtype: 'm.text', body: '!advies lijst' });
    await server.waitForEvent(roomId, fromBot);
    await harness.bot.idle();
    expect(harness.store.db.adviceRequests).toHaveLength(0);
    expect(server.timeline(roomId).filter(fromBot)).toHaveLength(1);
  });
});

describe('Matrix: an answer larger than an event may be', () => {
  it('is shortened to fit the 65,536 bytes of an event, with a note, instead of being refused', async () => {
    for (let index = 1; index <= 30; index++)
      await harness.command(
        'anna',
        `/besluit Besluit ${index}: ${'een lange tekst over het besluit '.repeat(60)}`,
      );
    await send(ANNA, { msgtype: 'm.text', body: '!besluit lijst' });
    const answer = await server.waitForEvent(roomId, fromBot);
    const size = Buffer.byteLength(JSON.stringify(answer.content));
    expect(size).toBeLessThan(65_536 - 1_000);
    expect(String(answer.content.body)).toContain('Besluit 30:');
    expect(String(answer.content.body)).toContain('ingekort');
  }, 30_000);

  it('is shortened further when the server still refuses it as too large', async () => {
    for (let index = 1; index <= 30; index++)
      await harness.command(
        'anna',
        `/besluit Besluit ${index}: ${'een lange tekst over het besluit '.repeat(60)}`,
      );
    server.maxEventBytes = 30_000;
    await send(ANNA, { msgtype: 'm.text', body: '!besluit lijst' });
    const answer = await server.waitForEvent(roomId, fromBot);
    expect(Buffer.byteLength(JSON.stringify(answer.content))).toBeLessThan(30_000);
    expect(String(answer.content.body)).toContain('ingekort');
  }, 30_000);
});
