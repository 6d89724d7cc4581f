import { afterEach, expect, it } from 'vitest';
import type { RunningMatrix } from '../../adapters/matrix/matrix-app.ts';
import type { FakeHomeserver, RoomEvent } from '../fakes/homeserver.ts';
import type { Harness } from '../support/harness.ts';
import {
  ANNA,
  CHRIS,
  MATRIX_BOT,
  MatrixPeople,
  startHomeserver,
  startMatrixBot,
  stopMatrixRoom,
} from '../support/matrix-room.ts';

/* /privacy vergeet edits the bot's own Matrix messages that named the member, with an m.replace edit. */
const FLEUR = '@fleur:test.local';
const SIGNED = '2026-01-15';
const anna = {
  id: 'anna',
  name: 'Anna de Vries',
  roles: ['panel', 'voorzitter'],
  matrix: ANNA,
  geheimhouding: SIGNED,
};
const chris = { id: 'chris', name: 'Chris Bakker', roles: ['panel'], matrix: CHRIS, geheimhouding: SIGNED };
const fleur = {
  id: 'fleur',
  name: 'Fleur Smit',
  roles: ['gemeente', 'programmamanager'],
  matrix: FLEUR,
  geheimhouding: SIGNED,
};

let server: FakeHomeserver;
let harness: Harness;
let matrix: RunningMatrix;
let people: MatrixPeople;

afterEach(async () => {
  await stopMatrixRoom({ matrix, harness, server, people });
});

const fromBot = (match: (event: RoomEvent) => boolean) => (event: RoomEvent) =>
  event.sender === MATRIX_BOT && match(event);
const body = (event: RoomEvent) => String(event.content.body ?? '');

it('edits the expense message that named the member, as an m.replace of that event', async () => {
  const started = await startHomeserver([MATRIX_BOT, ANNA, CHRIS, FLEUR], ANNA, [MATRIX_BOT, CHRIS, FLEUR]);
  server = started.server;
  const { baseUrl, roomId } = started;
  people = new MatrixPeople(baseUrl);
  ({ harness, matrix } = await startMatrixBot({ members: [anna, chris, fleur], roomId, baseUrl }));
  await people.say(CHRIS, roomId, '!uitgave 45,20 reis Trein naar Utrecht');
  const announcement = await server.waitForEvent(
    roomId,
    fromBot((event) => body(event).includes('UIT-2026-001')),
  );
  expect(body(announcement)).toContain('Chris Bakker');
  await harness.bot.idle();
  // Chris leaves the panel and the room; the bot restarts without him, on the same data folder.
  await people.client(CHRIS).leave(roomId);
  const dir = harness.dir;
  await matrix.stop();
  await harness.close();
  ({ harness, matrix } = await startMatrixBot({ members: [anna, fleur], roomId, baseUrl, dir }));
  await people.say(ANNA, roomId, '!privacy vergeet chris');
  const edit = await server.waitForEvent(
    roomId,
    fromBot((event) => {
      const relation = event.content['m.relates_to'] as { rel_type?: string; event_id?: string } | undefined;
      return relation?.rel_type === 'm.replace' && relation.event_id === announcement.event_id;
    }),
  );
  const replacement = edit.content['m.new_content'] as Record<string, unknown>;
  expect(JSON.stringify(replacement)).not.toContain('Chris Bakker');
  expect(String(replacement.body)).toContain('oud-lid-1');
});
