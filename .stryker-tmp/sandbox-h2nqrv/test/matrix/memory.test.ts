// @ts-nocheck
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KEPT_EVENTS } from '../../adapters/matrix/arrivals.ts';
import { BoundedMap } from '../../adapters/matrix/bounded-map.ts';
import { REMEMBERED_REACTIONS, type RunningMatrix } from '../../adapters/matrix/matrix-app.ts';
import type { FakeHomeserver, RoomEvent } from '../fakes/homeserver.ts';
import type { Harness } from '../support/harness.ts';
import { MATRIX_BOT, startHomeserver, startMatrixBot, stopMatrixRoom } from '../support/matrix-room.ts';

/** What the bot keeps in memory stays bounded, however many events arrive (counted, not timed). */
const DEWI = '@dewi:test.local';
const STRANGER = '@vreemde:test.local';
const members = [{ id: 'dewi', name: 'Dewi Jansen', roles: ['gemeente'], matrix: DEWI }];

let server: FakeHomeserver;
let roomId: string;
let harness: Harness;
let matrix: RunningMatrix;

beforeEach(async () => {
  let baseUrl: string;
  ({ server, baseUrl, roomId } = await startHomeserver([MATRIX_BOT, DEWI, STRANGER], DEWI, [
    MATRIX_BOT,
    STRANGER,
  ]));
  ({ harness, matrix } = await startMatrixBot({ members, roomId, baseUrl }));
});
afterEach(async () => {
  await stopMatrixRoom({ matrix, harness, server });
});

const fromBot = (event: RoomEvent) => event.sender === MATRIX_BOT && event.type === 'm.room.message';

describe('Matrix: what the bot holds in memory', () => {
  it('stays bounded when a non-member sends thousands of reactions', async () => {
    server.post(roomId, DEWI, '!advies nieuw "Druktemeter"');
    const announcement = await server.waitForEvent(
      roomId,
      (event) => fromBot(event) && String(event.content.body).includes('ADV-2026-001'),
    );
    const flood = REMEMBERED_REACTIONS + KEPT_EVENTS + 500;
    for (let n = 0; n < flood; n++) server.react(roomId, STRANGER, announcement.event_id, `${n}`);
    server.post(roomId, DEWI, '!advies nieuw "Na de vloed"');
    await server.waitForEvent(
      roomId,
      (event) => fromBot(event) && String(event.content.body).includes('ADV-2026-002'),
      60_000,
    );
    await harness.bot.idle();
    expect(matrix.rememberedReactions()).toBeLessThanOrEqual(REMEMBERED_REACTIONS);
    const room = matrix.client.getRoom(roomId)!;
    const timelines = room.getUnfilteredTimelineSet().getTimelines();
    const held = timelines.reduce((sum, timeline) => sum + timeline.getEvents().length, 0);
    expect(held).toBeLessThanOrEqual(KEPT_EVENTS + 100);
    const relations = room.relations.getChildEventsForEvent(
      announcement.event_id,
      'm.annotation',
      'm.reaction',
    );
    expect(relations?.getRelations().length ?? 0).toBeLessThanOrEqual(KEPT_EVENTS + 100);
  }, 90_000);
});

describe('BoundedMap', () => {
  it('lets go of the oldest entry beyond its capacity, and a set again counts as new', () => {
    const map = new BoundedMap<string, number>(2);
    map.set('a', 1);
    map.set('b', 2);
    map.set('a', 3);
    map.set('c', 4);
    expect(map.size).toBe(2);
    expect(map.get('b')).toBeUndefined();
    expect(map.get('a')).toBe(3);
    expect(map.get('c')).toBe(4);
    expect(map.delete('a')).toBe(true);
    expect(map.size).toBe(1);
  });
});
