// @ts-nocheck
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RunningMatrix } from '../../adapters/matrix/matrix-app.ts';
import type { FakeHomeserver, RoomEvent } from '../fakes/homeserver.ts';
import type { Harness } from '../support/harness.ts';
import { MATRIX_BOT, startHomeserver, startMatrixBot } from '../support/matrix-room.ts';

/**
 * Who is in a Matrix room, as the bot must count them for confidential content (afspraak
 * 7c): an invited or knocking person counts as a joined one, and a room anyone can join or
 * read is public whatever the config says.
 */
const DEWI = '@dewi:test.local';
const ANNA = '@anna:test.local';
const CHRIS = '@chris:test.local';
const GUEST = '@gast:test.local';
const SIGNED = '2026-01-15';
const members = [
  { id: 'anna', name: 'Anna de Vries', roles: ['panel', 'voorzitter'], matrix: ANNA, geheimhouding: SIGNED },
  { id: 'chris', name: 'Chris Bakker', roles: ['panel'], matrix: CHRIS, geheimhouding: SIGNED },
  { id: 'dewi', name: 'Dewi Jansen', roles: ['gemeente'], matrix: DEWI, geheimhouding: SIGNED },
];

let server: FakeHomeserver;
let baseUrl: string;
let roomId: string;
let running: { harness: Harness; matrix: RunningMatrix } | undefined;

beforeEach(async () => {
  ({ server, baseUrl, roomId } = await startHomeserver([MATRIX_BOT, DEWI, ANNA, CHRIS, GUEST], ANNA, [
    MATRIX_BOT,
    DEWI,
    CHRIS,
  ]));
});
afterEach(async () => {
  await stop();
  await server.stop();
});

async function start(dir?: string): Promise<Harness> {
  running = await startMatrixBot({ members, roomId, baseUrl, ...(dir ? { dir } : {}) });
  return running.harness;
}

async function stop(): Promise<void> {
  if (!running) return;
  await running.matrix.stop();
  await running.harness.close();
  running = undefined;
}

const fromBot = (event: RoomEvent) => event.sender === MATRIX_BOT && event.type === 'm.room.message';
const body = (event: RoomEvent) => String(event.content.body ?? '');
let seen = new Set<string>();
beforeEach(() => {
  seen = new Set();
});

/** Says something as Dewi and waits for the bot's next message that contains `marker`. */
async function ask(text: string, marker: string): Promise<string> {
  server.post(roomId, DEWI, text);
  const answer = await server.waitForEvent(
    roomId,
    (event) => fromBot(event) && !seen.has(event.event_id) && body(event).includes(marker),
    10_000,
  );
  seen.add(answer.event_id);
  return body(answer);
}

const list = () => ask('!advies lijst alle', 'Adviesverzoeken (alle)');

async function secret(): Promise<void> {
  await ask('!advies nieuw "Stille pilot Zuidpark" vertrouwelijk', 'ADV-2026-001');
}

describe('Matrix: an invitation or a knock is a way in', () => {
  it('counts an invited guest as present: only a count, and the chair is told', async () => {
    await start();
    await secret();
    expect(await list()).toContain('Zuidpark');
    server.invite(roomId, ANNA, GUEST);
    const notice = await server.waitForEvent(roomId, (e) => fromBot(e) && body(e).includes('👋'));
    expect(body(notice)).toContain(GUEST);
    const counted = await list();
    expect(counted).not.toContain('Zuidpark');
    expect(counted).toContain('1 adviesverzoek niet getoond');
    // The guest turns the invitation down: the room is as before.
    server.rooms.append(roomId, GUEST, 'm.room.member', { membership: 'leave' }, GUEST);
    expect(await list()).toContain('Zuidpark');
  });

  it('counts someone who knocks as present', async () => {
    await start();
    await secret();
    expect(await list()).toContain('Zuidpark');
    server.knock(roomId, GUEST);
    expect(await list()).not.toContain('Zuidpark');
  });

  it('counts a guest invited before the bot started (read from the room’s members, not only the joined ones)', async () => {
    server.invite(roomId, ANNA, GUEST);
    await start();
    const refused = await ask('!advies nieuw "Stille pilot Zuidpark" vertrouwelijk', 'vertrouwelijk');
    expect(refused).toContain(`in dit kanaal zit iemand die dat niet mag lezen: ${GUEST}`);
    expect(running!.harness.store.db.adviceRequests).toHaveLength(0);
  });
});

describe('Matrix: the room’s own settings', () => {
  for (const [type, content] of [
    ['m.room.history_visibility', { history_visibility: 'world_readable' }],
    ['m.room.join_rules', { join_rule: 'public' }],
  ] as const) {
    it(`treat a room as public when ${Object.values(content)[0]}, whatever the config says`, async () => {
      await start();
      await secret();
      expect(await list()).toContain('Zuidpark');
      server.setState(roomId, ANNA, type, content);
      const counted = await list();
      expect(counted).not.toContain('Zuidpark');
      expect(counted).toContain('1 adviesverzoek niet getoond');
      const refused = await ask('!advies toon ADV-1', 'vertrouwelijk');
      expect(refused).toContain('iedereen kan binnenkomen of meelezen');
      expect(refused).not.toContain('Zuidpark');
      // Nothing said after the change names it, for whoever reads along.
      const after = server.timeline(roomId).slice(-4).filter(fromBot).map(body).join('\n');
      expect(after).not.toContain('Zuidpark');
    });
  }

  it('tells the chair that a newcomer can read what was said before, where history is shared', async () => {
    await start();
    server.invite(roomId, ANNA, GUEST);
    const shared = await server.waitForEvent(roomId, (e) => fromBot(e) && body(e).includes('👋'));
    expect(body(shared)).toContain('ook de berichten van vóór zijn komst lezen');
  });

  it('says nothing about earlier messages where a newcomer reads only from joining on', async () => {
    server.setState(roomId, ANNA, 'm.room.history_visibility', { history_visibility: 'joined' });
    await start();
    server.invite(roomId, ANNA, GUEST);
    const notice = await server.waitForEvent(roomId, (e) => fromBot(e) && body(e).includes('👋'));
    expect(body(notice)).not.toContain('vóór zijn komst');
  });
});

describe('Matrix: after a sync with a gap', () => {
  it('reads the room’s members again before showing confidential content', async () => {
    await start();
    await secret();
    expect(await list()).toContain('Zuidpark');
    const asked = () => server.requests.filter((request) => request.path.endsWith('/members')).length;
    const before = asked();
    server.pauseSyncs();
    for (let n = 1; n <= 5; n++) server.post(roomId, ANNA, `Gewoon praten ${n}`);
    server.limitNextSync(2);
    server.resumeSyncs();
    expect(await list()).toContain('Zuidpark');
    expect(asked()).toBe(before + 1);
  });
});
