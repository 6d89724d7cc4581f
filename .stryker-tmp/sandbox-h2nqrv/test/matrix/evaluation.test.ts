// @ts-nocheck
import { afterEach, describe, expect, it } from 'vitest';
import type { RunningMatrix } from '../../adapters/matrix/matrix-app.ts';
import type { FakeHomeserver } from '../fakes/homeserver.ts';
import type { Harness } from '../support/harness.ts';
import { MATRIX_BOT, startHomeserver, startMatrixBot, stopMatrixRoom } from '../support/matrix-room.ts';

const ANNA = '@anna:test.local';
const DEWI = '@dewi:test.local';
const members = [
  {
    id: 'anna',
    name: 'Anna de Vries',
    roles: ['panel', 'voorzitter'],
    matrix: ANNA,
    geheimhouding: '2026-01-15',
  },
  { id: 'dewi', name: 'Dewi Jansen', roles: ['gemeente'], matrix: DEWI, geheimhouding: '2026-01-15' },
];

let server: FakeHomeserver;
let harness: Harness;
let matrix: RunningMatrix;
afterEach(async () => {
  await stopMatrixRoom({ matrix, harness, server });
});

describe('the yearly evaluation on Matrix', () => {
  it('invites each member to a direct room with the questions, and takes the answer there, not in the panel room', async () => {
    const started = await startHomeserver([MATRIX_BOT, ANNA, DEWI], ANNA, [MATRIX_BOT, DEWI]);
    server = started.server;
    const { roomId, baseUrl } = started;
    ({ harness, matrix } = await startMatrixBot({ members, roomId, baseUrl }));
    server.post(roomId, ANNA, '!evaluatie start 2026 tot:15-1-2027');
    await server.waitForEvent(roomId, (event) =>
      String(event.content.body).includes('De evaluatie 2026 is geopend'),
    );
    const created = server.requests.filter(
      (request) => request.method === 'POST' && request.path.endsWith('/createRoom'),
    );
    expect(created).toHaveLength(2);
    // Rooms are numbered in order; the direct rooms come after the panel room.
    // The rooms the bot wrote in, besides the panel room: one direct room per member.
    const rooms = [
      ...new Set(
        server.requests.flatMap((request) => /\/rooms\/([^/]+)\/send\//.exec(request.path)?.[1] ?? []),
      ),
    ].filter((room) => room !== roomId);
    expect(rooms).toHaveLength(2);
    const dewiRoom = rooms.find((room) => server.membership(room, DEWI) === 'invite')!;
    expect(dewiRoom).toBeDefined();
    expect(rooms.filter((room) => server.membership(room, ANNA) === 'invite')).toHaveLength(1);
    const invitation = await server.waitForEvent(dewiRoom, (event) =>
      String(event.content.body).includes('Evaluatie 2026'),
    );
    expect(invitation.sender).toBe(MATRIX_BOT);

    // Typed in the panel room: refused, nothing kept.
    server.post(roomId, DEWI, '!evaluatie cijfer advisering:4 betekenis:5');
    await server.waitForEvent(roomId, (event) =>
      String(event.content.body).includes('anderen in dit kanaal lezen mee'),
    );
    await harness.bot.idle();
    expect(harness.store.db.evaluations[0]!.answers).toEqual([]);

    // In the direct room, after joining: taken.
    server.rooms.append(dewiRoom, DEWI, 'm.room.member', { membership: 'join' }, DEWI);
    server.post(dewiRoom, DEWI, '!evaluatie cijfer advisering:8 betekenis:9');
    await server.waitForEvent(dewiRoom, (event) =>
      String(event.content.body).includes('Dank je, je antwoord is binnen'),
    );
  });
});
