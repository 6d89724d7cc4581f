// @ts-nocheck
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MatrixAdapter } from '../../adapters/matrix/matrix-adapter.ts';
import type { RunningMatrix } from '../../adapters/matrix/matrix-app.ts';
import type { ChatEvent } from '../../src/port/events.ts';
import type { FakeHomeserver } from '../fakes/homeserver.ts';
import type { Harness } from '../support/harness.ts';
import {
  MATRIX_BOT,
  MatrixPeople,
  startHomeserver,
  startMatrixBot,
  stopMatrixRoom,
} from '../support/matrix-room.ts';

const ANNA = '@anna:test.local';
const CHRIS = '@chris:test.local';
const members = [
  { id: 'anna', name: 'Anna de Vries', roles: ['panel', 'voorzitter'], matrix: ANNA },
  { id: 'chris', name: 'Chris Bakker', roles: ['panel'], matrix: CHRIS },
];

let server: FakeHomeserver;
let roomId: string;
let direct: string;
let harness: Harness;
let matrix: RunningMatrix;
let people: MatrixPeople;
let received: ChatEvent[];

beforeEach(async () => {
  let baseUrl: string;
  ({ server, baseUrl, roomId } = await startHomeserver([MATRIX_BOT, ANNA, CHRIS], ANNA, [
    MATRIX_BOT,
    ANNA,
    CHRIS,
  ]));
  direct = server.createRoom(ANNA, [MATRIX_BOT, ANNA]);
  people = new MatrixPeople(baseUrl);
  ({ harness, matrix } = await startMatrixBot({ members, roomId, baseUrl }));
  received = [];
  const receive = harness.bot.receive.bind(harness.bot);
  harness.bot.receive = (event) => {
    received.push(event);
    return receive(event);
  };
});
afterEach(async () => {
  await stopMatrixRoom({ matrix, harness, server, people });
});

async function say(userId: string, room: string, body: string): Promise<void> {
  await people
    .client(userId)
    .sendEvent(room, 'm.room.message' as never, { msgtype: 'm.text', body } as never);
}

async function until(check: () => boolean): Promise<void> {
  for (let tries = 0; !check(); tries++) {
    if (tries > 200) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  await harness.bot.idle();
}

describe('Matrix messages reach the core', () => {
  it('passes ordinary talk on as a message, a rostered user id written as the roster id; the core drops it', async () => {
    await say(ANNA, roomId, `Dank je, ${CHRIS}`);
    await until(() => received.length > 0);
    expect(received[0]).toMatchObject({ kind: 'message', text: 'Dank je, chris', channel: roomId });
    expect(received[0]).not.toHaveProperty('direct');
    expect(
      server
        .timeline(roomId)
        .filter((event) => event.sender === MATRIX_BOT && event.type !== 'm.room.member'),
    ).toEqual([]);
    expect(harness.store.db.handledEvents).toEqual([]);
  });

  it('marks a message in a room of the bot and one person, not a configured channel, as direct', async () => {
    await say(ANNA, direct, 'hallo bot');
    await until(() => received.length > 0);
    expect(received[0]).toMatchObject({ kind: 'message', channel: direct, direct: true });
  });

  it("puts the bot's own reaction under its message as an m.annotation", async () => {
    const adapter = harness.bot.adapter('matrix') as unknown as MatrixAdapter;
    const posted = await adapter.post(roomId, { blocks: [{ kind: 'paragraph', text: 'Peiling' }] });
    await adapter.react(posted, '1️⃣');
    const reaction = await server.waitForEvent(
      roomId,
      (event) => event.sender === MATRIX_BOT && event.type === 'm.reaction',
    );
    expect(reaction.content['m.relates_to']).toEqual({
      rel_type: 'm.annotation',
      event_id: posted.id,
      key: '1️⃣',
    });
  });
});
