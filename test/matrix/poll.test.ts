import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RunningMatrix } from '../../adapters/matrix/matrix-app.ts';
import type { FakeHomeserver, RoomEvent } from '../fakes/homeserver.ts';
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
let baseUrl: string;
let roomId: string;
let harness: Harness;
let matrix: RunningMatrix;
let people: MatrixPeople;

beforeEach(async () => {
  ({ server, baseUrl, roomId } = await startHomeserver([MATRIX_BOT, ANNA, CHRIS], ANNA, [
    MATRIX_BOT,
    ANNA,
    CHRIS,
  ]));
  people = new MatrixPeople(baseUrl);
  ({ harness, matrix } = await startMatrixBot({ members, roomId, baseUrl }));
});
afterEach(async () => {
  await stopMatrixRoom({ matrix, harness, server, people });
});

const send = (userId: string, type: string, content: Record<string, unknown>) =>
  people.send(userId, roomId, type, content);

const fromBot = (type: string) => (event: RoomEvent) => event.sender === MATRIX_BOT && event.type === type;

describe('/peiling on Matrix', () => {
  it('annotates the poll with the numbers, counts an m.annotation and a number replied in its thread, also after a restart', async () => {
    await send(CHRIS, 'm.room.message', {
      msgtype: 'm.text',
      body: '!peiling "Welke dag?" dinsdag | donderdag',
    });
    const poll = await server.waitForEvent(
      roomId,
      (event) => fromBot('m.room.message')(event) && String(event.content.body).includes('PEI-2026-001'),
    );
    await until(() => server.timeline(roomId).filter(fromBot('m.reaction')).length === 2);
    expect(
      server
        .timeline(roomId)
        .filter(fromBot('m.reaction'))
        .map((event) => event.content['m.relates_to']),
    ).toEqual([
      { rel_type: 'm.annotation', event_id: poll.event_id, key: '1️⃣' },
      { rel_type: 'm.annotation', event_id: poll.event_id, key: '2️⃣' },
    ]);
    await send(ANNA, 'm.reaction', {
      'm.relates_to': { rel_type: 'm.annotation', event_id: poll.event_id, key: '2️⃣' },
    });
    await until(() => harness.store.db.polls[0]?.votes.length === 1);
    expect(harness.store.db.polls[0]!.votes).toEqual([{ by: 'anna', option: 2 }]);

    await matrix.stop();
    const dir = harness.dir;
    await harness.close();
    ({ harness, matrix } = await startMatrixBot({ members, roomId, baseUrl, dir }));
    const thread = {
      rel_type: 'm.thread',
      event_id: poll.event_id,
      is_falling_back: true,
      'm.in_reply_to': { event_id: poll.event_id },
    };
    await send(CHRIS, 'm.room.message', { msgtype: 'm.text', body: 'Ik kies', 'm.relates_to': thread });
    await send(CHRIS, 'm.room.message', { msgtype: 'm.text', body: '1', 'm.relates_to': thread });
    await until(() => harness.store.db.polls[0]?.votes.length === 2);
    expect(harness.store.db.polls[0]!.votes).toEqual([
      { by: 'anna', option: 2 },
      { by: 'chris', option: 1 },
    ]);
    const confirmation = await server.waitForEvent(
      roomId,
      (event) =>
        fromBot('m.room.message')(event) &&
        String(event.content.body).includes('Je stem is geteld: 1. dinsdag'),
    );
    expect((confirmation.content['m.relates_to'] as { event_id?: string }).event_id).toBe(poll.event_id);
  });
});
