import { createClient, type MatrixClient } from 'matrix-js-sdk';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type RunningMatrix, startMatrix } from '../../adapters/matrix/matrix-app.ts';
import { silentLogger } from '../../src/log.ts';
import { FakeHomeserver, type RoomEvent } from '../fakes/homeserver.ts';
import { Harness, testConfig } from '../support/harness.ts';

const BOT = '@stadspanel:test.local';
const DEWI = '@dewi:test.local';
const CHRIS = '@chris:test.local';
const FLEUR = '@fleur:test.local';
const ANNA = '@anna:test.local';
const members = [
  { id: 'anna', name: 'Anna de Vries', roles: ['panel', 'voorzitter'], matrix: ANNA },
  { id: 'chris', name: 'Chris Bakker', roles: ['panel'], matrix: CHRIS },
  { id: 'dewi', name: 'Dewi Jansen', roles: ['gemeente'], matrix: DEWI },
  { id: 'fleur', name: 'Fleur Smit', roles: ['gemeente', 'programmamanager'], matrix: FLEUR },
];

let server: FakeHomeserver;
let baseUrl: string;
let roomId: string;
let harness: Harness;
let matrix: RunningMatrix;
const people = new Map<string, MatrixClient>();

async function startBot(dir?: string): Promise<void> {
  harness = await Harness.create({
    config: testConfig({ members, channels: { panel: { matrix: roomId } } }),
    ...(dir ? { dir } : {}),
  });
  matrix = await startMatrix(
    harness.bot,
    { homeserverUrl: baseUrl, accessToken: 'bot-token', userId: BOT },
    silentLogger,
  );
}

function person(userId: string): MatrixClient {
  let client = people.get(userId);
  if (!client) {
    client = createClient({ baseUrl, accessToken: `${userId}-token`, userId });
    people.set(userId, client);
  }
  return client;
}

async function say(userId: string, body: string, thread?: string): Promise<string> {
  const content: Record<string, unknown> = { msgtype: 'm.text', body };
  if (thread)
    content['m.relates_to'] = {
      rel_type: 'm.thread',
      event_id: thread,
      is_falling_back: true,
      'm.in_reply_to': { event_id: thread },
    };
  const { event_id } = await person(userId).sendEvent(roomId, 'm.room.message' as never, content as never);
  return event_id;
}

async function react(userId: string, target: string, key: string): Promise<string> {
  const { event_id } = await person(userId).sendEvent(
    roomId,
    'm.reaction' as never,
    {
      'm.relates_to': { rel_type: 'm.annotation', event_id: target, key },
    } as never,
  );
  return event_id;
}

const fromBot = (match: (event: RoomEvent) => boolean) => (event: RoomEvent) =>
  event.sender === BOT && match(event);
const body = (event: RoomEvent) => String(event.content.body ?? '');

beforeEach(async () => {
  server = new FakeHomeserver();
  baseUrl = await server.start();
  for (const user of [BOT, DEWI, CHRIS, FLEUR, ANNA])
    server.addUser(user, `${user === BOT ? 'bot' : user}-token`);
  roomId = server.createRoom(ANNA, [BOT, DEWI, CHRIS, FLEUR]);
  await startBot();
});
afterEach(async () => {
  await matrix.stop();
  for (const client of people.values()) client.stopClient();
  people.clear();
  await harness.close();
  await server.stop();
});

/** Sends a command and waits for its answer, so everything sent before it has been handled. */
async function settle(): Promise<void> {
  const marker = `Sluis ${Math.random().toString(36).slice(2, 8)}`;
  await say(DEWI, `!advies nieuw ${marker}`);
  await server.waitForEvent(
    roomId,
    fromBot((event) => body(event).includes(marker)),
  );
  await harness.bot.idle();
}

async function approvedExpense(): Promise<{ expense: string; reaction: string }> {
  await say(CHRIS, '!uitgave 45,20 reis Trein naar Utrecht');
  const expense = await server.waitForEvent(
    roomId,
    fromBot((event) => body(event).includes('UIT-2026-001')),
  );
  const reaction = await react(FLEUR, expense.event_id, '✅');
  await server.waitForEvent(
    roomId,
    fromBot((event) => body(event).includes('is goedgekeurd door Fleur Smit')),
  );
  await harness.bot.idle();
  return { expense: expense.event_id, reaction };
}

describe('Matrix: who can take a reaction away', () => {
  it('a redaction by someone else (a moderator) does not undo the approver’s ✅', async () => {
    const { reaction } = await approvedExpense();
    await person(ANNA).redactEvent(roomId, reaction);
    await settle();
    expect(harness.store.db.expenses[0]).toMatchObject({ step: 'goedgekeurd', approval: { by: 'fleur' } });
    expect(server.timeline(roomId).some((event) => body(event).includes('weggehaald'))).toBe(false);
  });

  it('removing a ✅ given before a restart still undoes the approval', async () => {
    const { reaction } = await approvedExpense();
    await matrix.stop();
    await harness.close();
    await startBot(harness.dir);
    await person(FLEUR).redactEvent(roomId, reaction);
    await server.waitForEvent(
      roomId,
      fromBot((event) => body(event).includes('goedkeuring van UIT-2026-001 weggehaald')),
    );
    await harness.bot.idle();
    expect(harness.store.db.expenses[0]!.step).toBe('aangevraagd');
  });

  it('after a restart, a moderator’s redaction of that ✅ still changes nothing', async () => {
    const { reaction } = await approvedExpense();
    await matrix.stop();
    await harness.close();
    await startBot(harness.dir);
    await person(ANNA).redactEvent(roomId, reaction);
    await settle();
    expect(harness.store.db.expenses[0]!.step).toBe('goedgekeurd');
  });
});

describe('Matrix: an edited command', () => {
  it('is not run again, and is answered once in its thread', async () => {
    const original = await say(DEWI, '!advies nieuw Druktemeter');
    await server.waitForEvent(
      roomId,
      fromBot((event) => body(event).includes('ADV-2026-001')),
    );
    for (const text of ['!advies nieuw Druktemeters', '!advies nieuw Druktemeters 2026']) {
      await person(DEWI).sendEvent(
        roomId,
        'm.room.message' as never,
        {
          msgtype: 'm.text',
          body: `* ${text}`,
          'm.new_content': { msgtype: 'm.text', body: text },
          'm.relates_to': { rel_type: 'm.replace', event_id: original },
        } as never,
      );
    }
    const answer = await server.waitForEvent(
      roomId,
      fromBot((event) => body(event).includes('aangepast commando voert de bot niet uit')),
    );
    expect(answer.content['m.relates_to']).toMatchObject({ rel_type: 'm.thread', event_id: original });
    await settle();
    expect(harness.store.db.adviceRequests.map((request) => request.title)).toEqual([
      'Druktemeter',
      expect.stringContaining('Sluis'),
    ]);
    expect(
      server.timeline(roomId).filter((event) => body(event).includes('aangepast commando')),
    ).toHaveLength(1);
  });
});
