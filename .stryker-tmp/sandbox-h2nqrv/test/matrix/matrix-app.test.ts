// @ts-nocheck
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type RunningMatrix, startMatrix, withoutReplyFallback } from '../../adapters/matrix/matrix-app.ts';
import type { FakeHomeserver, RoomEvent } from '../fakes/homeserver.ts';
import { Harness, testConfig } from '../support/harness.ts';
import {
  MATRIX_BOT,
  MatrixPeople,
  startHomeserver,
  startMatrixBot,
  stopMatrixRoom,
} from '../support/matrix-room.ts';

const BOT = MATRIX_BOT;
const DEWI = '@dewi:test.local';
const CHRIS = '@chris:test.local';
const FLEUR = '@fleur:test.local';
const ANNA = '@anna:test.local';
const SIGNED = '2026-01-15';
const GUEST = '@gast:test.local';
const members = [
  { id: 'anna', name: 'Anna de Vries', roles: ['panel', 'voorzitter'], matrix: ANNA, geheimhouding: SIGNED },
  { id: 'chris', name: 'Chris Bakker', roles: ['panel'], matrix: CHRIS, geheimhouding: SIGNED },
  { id: 'dewi', name: 'Dewi Jansen', roles: ['gemeente'], matrix: DEWI, geheimhouding: SIGNED },
  {
    id: 'fleur',
    name: 'Fleur Smit',
    roles: ['gemeente', 'programmamanager'],
    matrix: FLEUR,
    geheimhouding: SIGNED,
  },
];

let server: FakeHomeserver;
let baseUrl: string;
let roomId: string;
let harness: Harness;
let matrix: RunningMatrix;
let people: MatrixPeople;

async function startBot(dir?: string): Promise<void> {
  ({ harness, matrix } = await startMatrixBot({ members, roomId, baseUrl, ...(dir ? { dir } : {}) }));
}

const person = (userId: string) => people.client(userId);

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
  ({ server, baseUrl, roomId } = await startHomeserver([BOT, DEWI, CHRIS, FLEUR, ANNA, GUEST], ANNA, [
    BOT,
    DEWI,
    CHRIS,
    FLEUR,
  ]));
  people = new MatrixPeople(baseUrl);
  await startBot();
});
afterEach(async () => {
  await stopMatrixRoom({ matrix, harness, server, people });
});

describe('the Matrix bot', () => {
  it('answers !advies nieuw from a rostered member with the request, as HTML and plain text', async () => {
    await say(DEWI, '!advies nieuw "Bodycams voor handhavers" thema:privacy');
    const announcement = await server.waitForEvent(
      roomId,
      fromBot((event) => body(event).includes('ADV-2026-001')),
    );
    expect(announcement.content).toMatchObject({ msgtype: 'm.notice', format: 'org.matrix.custom.html' });
    expect(String(announcement.content.formatted_body)).toContain(
      '<h4>📨 Adviesverzoek ADV-2026-001: Bodycams voor handhavers</h4>',
    );
    await harness.bot.idle();
    expect(harness.store.db.adviceRequests[0]!.message).toBe(`matrix:${roomId}:${announcement.event_id}`);
  });

  it('never lets user text notify the whole room: @room is neutralised in the body', async () => {
    await say(DEWI, '!advies nieuw "Let op @room en @ROOM <b>vet</b>"');
    const announcement = await server.waitForEvent(
      roomId,
      fromBot((event) => body(event).includes('ADV-2026-001')),
    );
    expect(body(announcement)).not.toMatch(/@room/i);
    expect(body(announcement)).toContain('Let op @');
    expect(announcement.content['m.mentions']).toEqual({});
    expect(String(announcement.content.formatted_body)).toContain('&lt;b&gt;vet&lt;/b&gt;');
    await say(ANNA, '!advies stap ADV-1 in-overweging');
    const edit = await server.waitForEvent(
      roomId,
      fromBot((event) => (event.content['m.relates_to'] as { rel_type?: string })?.rel_type === 'm.replace'),
    );
    const replacement = edit.content['m.new_content'] as Record<string, unknown>;
    expect(body(edit)).not.toMatch(/@room/i);
    expect(String(replacement.body)).not.toMatch(/@room/i);
    expect(replacement['m.mentions']).toEqual({});
  });

  it('takes /advies as Element sends it, and ignores ordinary talk and its own messages', async () => {
    await say(DEWI, '/advies nieuw Druktemeter');
    await say(DEWI, 'gewoon een bericht');
    await server.waitForEvent(
      roomId,
      fromBot((event) => body(event).includes('ADV-2026-001')),
    );
    await harness.bot.idle();
    const botEvents = server
      .timeline(roomId)
      .filter((event) => event.sender === BOT && event.type === 'm.room.message');
    expect(botEvents).toHaveLength(1);
  });

  it('applies !besluit sent in the request’s thread to that request, and answers in the thread', async () => {
    await say(DEWI, '!advies nieuw Druktemeter');
    const root = await server.waitForEvent(
      roomId,
      fromBot((event) => body(event).includes('ADV-2026-001')),
    );
    await say(ANNA, '!besluit We adviseren positief', root.event_id);
    const answer = await server.waitForEvent(
      roomId,
      fromBot((event) => body(event).includes('BES-2026-001')),
    );
    expect(answer.content['m.relates_to']).toMatchObject({
      rel_type: 'm.thread',
      event_id: root.event_id,
      'm.in_reply_to': { event_id: root.event_id },
    });
    await harness.bot.idle();
    expect(harness.store.db.decisions[0]).toMatchObject({
      about: 'ADV-2026-001',
      text: 'We adviseren positief',
    });
  });

  it('approves an expense on an approver’s ✅, edits its message, and undoes it when the reaction is redacted', async () => {
    await say(CHRIS, '!uitgave 45,20 reis Trein naar Utrecht');
    const expense = await server.waitForEvent(
      roomId,
      fromBot((event) => body(event).includes('UIT-2026-001')),
    );
    await react(CHRIS, expense.event_id, '✅');
    await server.waitForEvent(
      roomId,
      fromBot((event) => body(event).includes('kan UIT-2026-001 goedkeuren')),
    );
    const reaction = await react(FLEUR, expense.event_id, '✅');
    const edit = await server.waitForEvent(
      roomId,
      fromBot((event) => (event.content['m.relates_to'] as { rel_type?: string })?.rel_type === 'm.replace'),
    );
    expect(edit.content['m.relates_to']).toEqual({ rel_type: 'm.replace', event_id: expense.event_id });
    expect(String((edit.content['m.new_content'] as { body: string }).body)).toContain(
      'Goedgekeurd door: Fleur Smit',
    );
    await harness.bot.idle();
    expect(harness.store.db.expenses[0]!.step).toBe('goedgekeurd');
    await person(FLEUR).redactEvent(roomId, reaction);
    await server.waitForEvent(
      roomId,
      fromBot((event) => body(event).includes('goedkeuring van UIT-2026-001 weggehaald')),
    );
    await harness.bot.idle();
    expect(harness.store.db.expenses[0]!.step).toBe('aangevraagd');
  });

  it('runs what was typed while it was down once, and replays nothing after a restart with the same store', async () => {
    await say(DEWI, '!advies nieuw Eerste');
    await server.waitForEvent(
      roomId,
      fromBot((event) => body(event).includes('ADV-2026-001')),
    );
    await matrix.stop();
    await harness.close();
    await say(DEWI, '!advies nieuw Terwijl de bot uit stond');
    await startBot(harness.dir);
    await say(DEWI, '!advies nieuw Tweede');
    await server.waitForEvent(
      roomId,
      fromBot((event) => body(event).includes('ADV-2026-002')),
    );
    await harness.bot.idle();
    expect(harness.store.db.adviceRequests.map((request) => request.title)).toEqual([
      'Eerste',
      'Terwijl de bot uit stond',
      'Tweede',
    ]);
  });

  it('waits and retries when the homeserver answers 429', async () => {
    server.rateLimitNextSends(2, BOT);
    await say(DEWI, '!advies nieuw Druktemeter');
    const announcement = await server.waitForEvent(
      roomId,
      fromBot((event) => body(event).includes('ADV-2026-001')),
    );
    expect(announcement).toBeDefined();
    const sends = server.requests.filter(
      (request) => request.method === 'PUT' && request.path.includes('/send/'),
    );
    expect(sends.length).toBeGreaterThanOrEqual(3);
  });

  it('joins a room when a rostered member invites it, and leaves one from a stranger', async () => {
    const stranger = '@onbekend:test.local';
    server.addUser(stranger, 'stranger-token');
    const invited = server.createRoom(ANNA, []);
    server.invite(invited, ANNA, BOT);
    const other = server.createRoom(stranger, []);
    server.invite(other, stranger, BOT);
    const until = Date.now() + 5_000;
    while (
      (server.membership(invited, BOT) !== 'join' || server.membership(other, BOT) !== 'leave') &&
      Date.now() < until
    ) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(server.membership(invited, BOT)).toBe('join');
    expect(server.membership(other, BOT)).toBe('leave');
  });
});

describe('the Matrix bot, when things go wrong', () => {
  it('keeps the change and logs the room when a send keeps failing', async () => {
    const logged: string[] = [];
    await matrix.stop();
    await harness.close();
    harness = await Harness.create({
      config: testConfig({ members, channels: { panel: { matrix: roomId } } }),
    });
    const logger = {
      info: () => {},
      warn: (text: string) => logged.push(text),
      error: (text: string) => logged.push(text),
    };
    matrix = await startMatrix(
      harness.bot,
      { homeserverUrl: baseUrl, accessToken: 'bot-token', userId: BOT },
      logger,
    );
    server.rateLimitNextSends(50, BOT);
    await say(DEWI, '!advies nieuw Druktemeter');
    const until = Date.now() + 8_000;
    while (!logged.some((line) => line.includes('failed')) && Date.now() < until)
      await new Promise((r) => setTimeout(r, 50));
    await harness.bot.idle();
    expect(harness.store.db.adviceRequests.map((request) => request.title)).toEqual(['Druktemeter']);
    expect(logged.some((line) => line.includes(`sending to ${roomId} failed`))).toBe(true);
    server.rateLimitNextSends(0);
  });

  it('says clearly in the log when it sits in an encrypted room', async () => {
    const logged: string[] = [];
    await matrix.stop();
    server.createRoom(ANNA, [BOT], { encrypted: true });
    const logger = { info: () => {}, warn: (text: string) => logged.push(text), error: () => {} };
    matrix = await startMatrix(
      harness.bot,
      { homeserverUrl: baseUrl, accessToken: 'bot-token', userId: BOT },
      logger,
    );
    // A restart within two minutes may start from the server's cached sync, before the room existed.
    for (let wait = 0; wait < 100 && !logged.some((line) => line.includes('is versleuteld')); wait++)
      await new Promise((resolve) => setTimeout(resolve, 50));
    expect(logged.some((line) => line.includes('is versleuteld') && line.includes('MATRIX_STORE_KEY'))).toBe(
      true,
    );
  });
});

describe('withoutReplyFallback', () => {
  it('drops the quoted fallback of a reply', () => {
    expect(withoutReplyFallback('> <@anna:test.local> iets\n\n!besluit Ja')).toBe('!besluit Ja');
    expect(withoutReplyFallback('!advies lijst')).toBe('!advies lijst');
  });
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

describe('who may read confidential content in Matrix (afspraak 7c)', () => {
  it('follows joined members and m.room.member events, and tells the chair once per newcomer', async () => {
    await say(DEWI, '!advies nieuw "Stille pilot Zuidpark" vertrouwelijk');
    await server.waitForEvent(
      roomId,
      fromBot((event) => body(event).includes('Zuidpark')),
    );
    await person(GUEST).joinRoom(roomId);
    const notice = await server.waitForEvent(
      roomId,
      fromBot((event) => body(event).includes('👋')),
    );
    expect(body(notice)).toContain(`Anna de Vries: ${GUEST} zit nu in panel en staat niet in de ledenlijst`);
    await say(CHRIS, '!advies lijst alle');
    const counted = await server.waitForEvent(
      roomId,
      fromBot((event) => body(event).includes('Adviesverzoeken (alle)')),
    );
    expect(body(counted)).not.toContain('Zuidpark');
    expect(body(counted)).toContain('1 adviesverzoek niet getoond');
    const notices = server.timeline(roomId).filter(fromBot((event) => body(event).includes('👋')));
    expect(notices).toHaveLength(1);
  });
  const secretAndList = async () => {
    await say(DEWI, '!advies nieuw "Stille pilot Zuidpark" vertrouwelijk');
    await server.waitForEvent(
      roomId,
      fromBot((event) => body(event).includes('Zuidpark')),
    );
    const seen = new Set(server.timeline(roomId).map((event) => event.event_id));
    return async () => {
      await say(CHRIS, '!advies lijst alle');
      const answer = await server.waitForEvent(
        roomId,
        fromBot((event) => body(event).includes('Adviesverzoeken (alle)') && !seen.has(event.event_id)),
      );
      seen.add(answer.event_id);
      return body(answer);
    };
  };
  const notices = () => server.timeline(roomId).filter(fromBot((event) => body(event).includes('👋')));

  for (const prevContent of [true, false]) {
    it(`shows it again once the guest left, and counts only after a rejoin (prev_content ${prevContent ? 'sent' : 'left out'})`, async () => {
      server.omitPrevContent = !prevContent;
      const list = await secretAndList();
      expect(await list()).toContain('Zuidpark');
      await person(GUEST).joinRoom(roomId);
      await server.waitForEvent(
        roomId,
        fromBot((event) => body(event).includes('👋')),
      );
      expect(await list()).not.toContain('Zuidpark');
      await person(GUEST).leave(roomId);
      await settle();
      expect(await list()).toContain('Zuidpark');
      await person(GUEST).joinRoom(roomId);
      await settle();
      const again = await list();
      expect(again).not.toContain('Zuidpark');
      expect(again).toContain('1 adviesverzoek niet getoond');
      expect(notices()).toHaveLength(1); // once per newcomer
    });
  }

  it('follows a join and a leave that come only in the sync state after a gap (limited timeline)', async () => {
    const list = await secretAndList();
    expect(await list()).toContain('Zuidpark');
    server.pauseSyncs();
    await person(GUEST).joinRoom(roomId);
    for (const n of [1, 2, 3]) server.post(roomId, ANNA, `Gewoon praten ${n}`);
    server.limitNextSync(1);
    server.resumeSyncs();
    await server.waitForEvent(
      roomId,
      fromBot((event) => body(event).includes('👋')),
    );
    expect(await list()).not.toContain('Zuidpark');
    server.pauseSyncs();
    await person(GUEST).leave(roomId);
    for (const n of [4, 5, 6]) server.post(roomId, ANNA, `Gewoon praten ${n}`);
    server.limitNextSync(1);
    server.resumeSyncs();
    await settle();
    expect(await list()).toContain('Zuidpark');
  });
});

describe('Matrix: a signature given with ✅ before a restart', () => {
  it('is withdrawn when its own sender removes the ✅ afterwards', async () => {
    await say(ANNA, '!notitie nieuw Druktemeter');
    const note = await server.waitForEvent(
      roomId,
      fromBot((event) => body(event).includes('GN-2026-001')),
    );
    await say(ANNA, '!notitie tekst GN-1 Alleen tellingen', note.event_id);
    await server.waitForEvent(
      roomId,
      fromBot((event) => body(event).includes('De tekst van GN-2026-001')),
    );
    const reaction = await react(FLEUR, note.event_id, '✅');
    await server.waitForEvent(
      roomId,
      fromBot((event) => body(event).includes('Fleur Smit tekende GN-2026-001')),
    );
    await harness.bot.idle();
    await matrix.stop();
    await harness.close();
    await startBot(harness.dir);
    await person(FLEUR).redactEvent(roomId, reaction);
    await server.waitForEvent(
      roomId,
      fromBot((event) => body(event).includes('handtekening onder GN-2026-001 ingetrokken')),
    );
    await harness.bot.idle();
    expect(harness.store.db.notes[0]!.signatures).toEqual([]);
  });
});
