import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MatrixAdapter } from '../../adapters/matrix/matrix-adapter.ts';
import type { RunningMatrix } from '../../adapters/matrix/matrix-app.ts';
import type { ChatEvent } from '../../src/port/events.ts';
import type { FakeHomeserver } from '../fakes/homeserver.ts';
import type { Harness } from '../support/harness.ts';
import {
  ANNA,
  ANNA_AND_CHRIS,
  CHRIS,
  MATRIX_BOT,
  MatrixPeople,
  startHomeserver,
  startMatrixBot,
  stopMatrixRoom,
} from '../support/matrix-room.ts';
import { until } from '../support/until.ts';

const members = ANNA_AND_CHRIS;

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

const say = (userId: string, room: string, body: string) => people.say(userId, room, body);

/** Waits until `check` holds and the bot has handled what it received. */
async function handled(check: () => boolean): Promise<void> {
  await until(check, 4_000);
  await harness.bot.idle();
}

describe('Matrix messages reach the core', () => {
  it('passes ordinary talk on as a message, a rostered user id written as the roster id; the core drops it', async () => {
    await say(ANNA, roomId, `Dank je, ${CHRIS}`);
    await handled(() => received.length > 0);
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
    await handled(() => received.length > 0);
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
