import { createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { MatrixClient } from 'matrix-js-sdk';
import { OnlySignedDevicesIsolationMode } from 'matrix-js-sdk/lib/crypto-api/index.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { uploadFile } from '../../adapters/matrix/attachment.ts';
import type { MatrixAdapter } from '../../adapters/matrix/matrix-adapter.ts';
import { type RunningMatrix, startMatrix } from '../../adapters/matrix/matrix-app.ts';
import type { MatrixSettings } from '../../adapters/matrix/settings.ts';
import { StartupError } from '../../src/core/errors.ts';
import { consoleLogger } from '../../src/ops/log.ts';
import { list, message, paragraph } from '../../src/port/rich-message.ts';
import { FakeHomeserver } from '../fakes/homeserver.ts';
import { encryptedMember, sendText, waitForReadable } from '../support/encrypted-member.ts';
import { Harness, testConfig } from '../support/harness.ts';
import { until as waitUntil } from '../support/until.ts';

const BOT = '@stadspanel:test.local';
const BOT_DEVICE = 'BOTDEVICE';
const DEWI = '@dewi:test.local';
const ANNA = '@anna:test.local';
const members = [
  { id: 'anna', name: 'Anna de Vries', roles: ['panel', 'voorzitter'], matrix: '@anna:test.local' },
  { id: 'dewi', name: 'Dewi Jansen', roles: ['gemeente', 'programmamanager'], matrix: DEWI },
];

let server: FakeHomeserver;
let baseUrl: string;
let roomId: string;
let harness: Harness | undefined;
let matrix: RunningMatrix | undefined;
let dewi: MatrixClient | undefined;
let anna: MatrixClient | undefined;
let guest: MatrixClient | undefined;
const GUEST = '@gast:test.local';
let storeKey: Uint8Array;

function settings(overrides: Partial<MatrixSettings> = {}): MatrixSettings {
  return { homeserverUrl: baseUrl, accessToken: 'bot-token', userId: BOT, storeKey, ...overrides };
}

const logged: string[] = [];
const recordingLogger = {
  info: (text: string) => logged.push(text),
  warn: (text: string) => logged.push(text),
  error: (text: string) => logged.push(text),
};

async function startBot(
  dir?: string,
  overrides: Partial<MatrixSettings> = {},
  encrypted = true,
  language: 'nl' | 'en' = 'nl',
): Promise<void> {
  harness = await Harness.create({
    config: testConfig({ members, channels: { panel: { matrix: roomId } }, language }),
    ...(dir ? { dir } : {}),
  });
  matrix = await startMatrix(
    harness.bot,
    settings(overrides),
    process.env.DEBUG_E2E ? consoleLogger : recordingLogger,
    {
      dataDir: harness.dir,
      undecryptableGraceMs: 300,
    },
  );
  if (encrypted) await until(() => server.keys.hasDeviceKeys(BOT, BOT_DEVICE));
}

async function stopBot(): Promise<void> {
  // Let the bot finish what it is sending (a reply after a reaction) before its crypto stops.
  await harness?.bot.idle();
  await matrix?.stop();
  await harness?.close();
  matrix = undefined;
}

/** Encrypted rounds (keys, to-device messages) take longer than plain ones: ten seconds. */
const until = (condition: () => boolean | Promise<boolean>) => waitUntil(condition, 10_000);

beforeEach(async () => {
  server = new FakeHomeserver();
  baseUrl = await server.start();
  server.addUser(BOT, 'bot-token', { deviceId: BOT_DEVICE, password: 'geheim-wachtwoord' });
  server.addUser(DEWI, 'dewi-token', { deviceId: 'DEWIPHONE', password: 'dewi-wachtwoord' });
  server.addUser(ANNA, 'anna-token', { deviceId: 'ANNALAPTOP' });
  roomId = server.createRoom(DEWI, [BOT, ANNA], { encrypted: true });
  storeKey = new Uint8Array(randomBytes(32));
  logged.length = 0;
});
afterEach(async () => {
  await stopBot();
  dewi?.stopClient();
  anna?.stopClient();
  guest?.stopClient();
  guest = undefined;
  dewi = undefined;
  anna = undefined;
  await server.stop();
});

describe('the Matrix bot in an encrypted room', () => {
  it('reads an encrypted command and answers encrypted', async () => {
    await startBot();
    dewi = await encryptedMember(baseUrl, DEWI, 'dewi-token', 'DEWIPHONE');
    await sendText(dewi, roomId, '!advies nieuw Druktemeter');
    const answer = await waitForReadable(dewi, roomId, BOT, (body) => body.includes('ADV-2026-001'));
    expect(answer.isEncrypted()).toBe(true);
    await harness!.bot.idle();
    expect(harness!.store.db.adviceRequests.map((request) => request.title)).toEqual(['Druktemeter']);
    const fromBot = server.timeline(roomId).filter((event) => event.sender === BOT);
    expect(fromBot.filter((event) => event.type === 'm.room.message')).toEqual([]);
    expect(fromBot.some((event) => event.type === 'm.room.encrypted')).toBe(true);
  });

  it('keeps its device over a restart and reads a message under a new room key', async () => {
    await startBot();
    const dir = harness!.dir;
    dewi = await encryptedMember(baseUrl, DEWI, 'dewi-token', 'DEWIPHONE');
    await sendText(dewi, roomId, '!advies nieuw Eerste');
    await waitForReadable(dewi, roomId, BOT, (body) => body.includes('ADV-2026-001'));
    await stopBot();
    expect((await stat(join(dir, 'matrix-crypto'))).mode & 0o777).toBe(0o700);
    await startBot(dir);
    await dewi.getCrypto()!.forceDiscardSession(roomId);
    await sendText(dewi, roomId, '!advies nieuw Tweede');
    await waitForReadable(dewi, roomId, BOT, (body) => body.includes('ADV-2026-002'));
    await harness!.bot.idle();
    expect(harness!.store.db.adviceRequests.map((request) => request.title)).toEqual(['Eerste', 'Tweede']);
  });
});

describe('the encrypted Matrix bot when its crypto store cannot be written', () => {
  it('fetches nothing new (so the server keeps the keys), says so once, and goes on when it works again', async () => {
    await startBot();
    const file = join(harness!.dir, 'matrix-crypto', 'store.v8');
    dewi = await encryptedMember(baseUrl, DEWI, 'dewi-token', 'DEWIPHONE');
    // A folder where the file should go: every write fails, also as root. The bot saves its
    // store before every sync, so it may write the file again between the two steps.
    for (;;) {
      await rm(file, { force: true });
      const made = await mkdir(file).then(
        () => true,
        (error: NodeJS.ErrnoException) => {
          if (error.code !== 'EEXIST') throw error;
          return false;
        },
      );
      if (made) break;
    }
    await sendText(dewi, roomId, '!advies nieuw Schijf vol');
    await until(() => logged.some((line) => line.includes('cannot be written')));
    expect(server.keys.pendingToDevice(BOT, BOT_DEVICE)).toBeGreaterThan(0);
    await rm(file, { recursive: true });
    await waitForReadable(dewi, roomId, BOT, (body) => body.includes('ADV-2026-001'), 30_000);
    expect(logged.filter((line) => line.includes('cannot be written'))).toHaveLength(1);
    expect(logged.some((line) => line.includes('is written again'))).toBe(true);
  }, 40_000);
});

describe('the encrypted Matrix bot after time away', () => {
  it('reads and handles an encrypted command typed while it was down', async () => {
    await startBot();
    const dir = harness!.dir;
    dewi = await encryptedMember(baseUrl, DEWI, 'dewi-token', 'DEWIPHONE');
    await sendText(dewi, roomId, '!advies nieuw Eerste');
    await waitForReadable(dewi, roomId, BOT, (body) => body.includes('ADV-2026-001'));
    await stopBot();
    await dewi.getCrypto()!.forceDiscardSession(roomId);
    await sendText(dewi, roomId, '!advies nieuw Terwijl de bot uit stond');
    await startBot(dir);
    await waitForReadable(dewi, roomId, BOT, (body) => body.includes('ADV-2026-002'));
    await harness!.bot.idle();
    expect(harness!.store.db.adviceRequests.map((request) => request.title)).toEqual([
      'Eerste',
      'Terwijl de bot uit stond',
    ]);
  });
});

describe('what the Matrix bot sends in an encrypted room', () => {
  it('answers a command in an item’s thread in that thread, encrypted', async () => {
    await startBot();
    dewi = await encryptedMember(baseUrl, DEWI, 'dewi-token', 'DEWIPHONE');
    await sendText(dewi, roomId, '!advies nieuw Druktemeter');
    const root = await waitForReadable(dewi, roomId, BOT, (body) => body.includes('ADV-2026-001'));
    await sendText(dewi, roomId, '!advies stap in-overweging', root.getId());
    const answer = await waitForReadable(dewi, roomId, BOT, (body) =>
      body.includes('Dit mag alleen de voorzitter'),
    );
    expect(answer.isEncrypted()).toBe(true);
    expect(answer.getRelation()).toMatchObject({ rel_type: 'm.thread', event_id: root.getId() });
  });

  it('approves on a reaction (sent in clear by the SDK) and edits its message encrypted', async () => {
    await startBot();
    anna = await encryptedMember(baseUrl, ANNA, 'anna-token', 'ANNALAPTOP');
    dewi = await encryptedMember(baseUrl, DEWI, 'dewi-token', 'DEWIPHONE');
    await sendText(anna, roomId, '!uitgave 45,20 reis Trein naar Utrecht');
    const expense = await waitForReadable(dewi, roomId, BOT, (body) => body.includes('UIT-2026-001'));
    await dewi.sendEvent(
      roomId,
      'm.reaction' as never,
      { 'm.relates_to': { rel_type: 'm.annotation', event_id: expense.getId(), key: '✅' } } as never,
    );
    await waitForReadable(dewi, roomId, BOT, (body) => body.includes('Goedgekeurd door: Dewi Jansen'));
    const edit = expense.replacingEvent()!;
    expect(edit.isEncrypted()).toBe(true);
    expect(edit.getRelation()).toMatchObject({ rel_type: 'm.replace', event_id: expense.getId() });
    expect(
      server.timeline(roomId).some((event) => event.type === 'm.reaction' && event.sender === DEWI),
    ).toBe(true);
    const fromBot = server.timeline(roomId).filter((event) => event.sender === BOT);
    expect(fromBot.filter((event) => event.type === 'm.room.message')).toEqual([]);
  });

  it('posts scheduled messages (digest, reminders) encrypted', async () => {
    await startBot();
    dewi = await encryptedMember(baseUrl, DEWI, 'dewi-token', 'DEWIPHONE');
    // As in any Matrix client: the bot encrypts for the devices it knows once it has seen Dewi's.
    const crypto = matrix!.client.getCrypto()!;
    await until(async () => (await crypto.getUserDeviceInfo([DEWI])).get(DEWI)?.has('DEWIPHONE') === true);
    await harness!.bot.adapter('matrix')!.post(roomId, message(paragraph('Weekoverzicht: niets nieuws.')));
    const post = await waitForReadable(dewi, roomId, BOT, (body) => body.includes('Weekoverzicht'));
    expect(post.isEncrypted()).toBe(true);
  });

  it('shortens a long answer until it fits after encryption, so it arrives', async () => {
    await startBot();
    dewi = await encryptedMember(baseUrl, DEWI, 'dewi-token', 'DEWIPHONE');
    const crypto = matrix!.client.getCrypto()!;
    await until(async () => (await crypto.getUserDeviceInfo([DEWI])).get(DEWI)?.has('DEWIPHONE') === true);
    // About 55,000 bytes of text: below the plain limit, a third larger once encrypted.
    const lines = Array.from(
      { length: 1_000 },
      (_, n) => `Regel ${String(n).padStart(4, '0')} van het lange overzicht, met wat tekst`,
    );
    await harness!.bot.adapter('matrix')!.post(roomId, message(paragraph('Lang overzicht'), list(lines)));
    const post = await waitForReadable(dewi, roomId, BOT, (body) => body.includes('Lang overzicht'));
    expect(post.isEncrypted()).toBe(true);
    const body = String(post.getContent().body);
    expect(body).toContain('Regel 0000');
    expect(body).toContain('ingekort');
    const sent = server
      .timeline(roomId)
      .filter((event) => event.sender === BOT && event.type === 'm.room.encrypted');
    expect(Buffer.byteLength(JSON.stringify(sent.at(-1)))).toBeLessThanOrEqual(65_536);
  });

  it('uploads a file encrypted: the homeserver sees only ciphertext, the member decrypts it', async () => {
    await startBot();
    dewi = await encryptedMember(baseUrl, DEWI, 'dewi-token', 'DEWIPHONE');
    const crypto = matrix!.client.getCrypto()!;
    await until(async () => (await crypto.getUserDeviceInfo([DEWI])).get(DEWI)?.has('DEWIPHONE') === true);
    const markdown =
      '# Jaarverslag 2026\n\n| Verzoek | Advies |\n| --- | --- |\n| Druktemeter | 3-3-2026 |\n';
    const bytes = new TextEncoder().encode(markdown);
    const content = await uploadFile(matrix!.client, roomId, {
      name: 'jaarverslag-2026.md',
      mimetype: 'text/markdown',
      bytes,
    });
    await (harness!.bot.adapter('matrix') as unknown as MatrixAdapter).send(
      roomId,
      'm.room.message',
      content,
    );
    const event = await waitForReadable(dewi, roomId, BOT, (body) => body === 'jaarverslag-2026.md');
    expect(event.isEncrypted()).toBe(true);
    expect(event.getContent().url).toBeUndefined();
    const file = event.getContent().file as {
      url: string;
      key: { k: string };
      iv: string;
      hashes: { sha256: string };
    };
    const [, serverName, mediaId] = /^mxc:\/\/([^/]+)\/(.+)$/.exec(file.url)!;
    const response = await fetch(`${baseUrl}/_matrix/client/v1/media/download/${serverName}/${mediaId}`, {
      headers: { authorization: 'Bearer dewi-token' },
    });
    const cipher = Buffer.from(await response.arrayBuffer());
    expect(cipher.toString('utf8')).not.toContain('Jaarverslag');
    expect(createHash('sha256').update(cipher).digest('base64').replace(/=+$/, '')).toBe(file.hashes.sha256);
    const decipher = createDecipheriv(
      'aes-256-ctr',
      Buffer.from(file.key.k, 'base64url'),
      Buffer.from(file.iv, 'base64'),
    );
    expect(Buffer.concat([decipher.update(cipher), decipher.final()]).toString('utf8')).toBe(markdown);
  });

  it('without MATRIX_STORE_KEY sends nothing in clear to an encrypted room', async () => {
    await startBot(undefined, { storeKey: undefined }, false);
    await expect(
      harness!.bot.adapter('matrix')!.post(roomId, message(paragraph('Vertrouwelijk overzicht'))),
    ).rejects.toThrow(/encrypted/);
    expect(
      server.timeline(roomId).filter((event) => event.sender === BOT && event.type !== 'm.room.member'),
    ).toEqual([]);
  });
});

describe('the encrypted Matrix bot after a sync with a gap', () => {
  it('runs every command of the gap in the order typed, though decrypting them takes a moment', async () => {
    await startBot();
    dewi = await encryptedMember(baseUrl, DEWI, 'dewi-token', 'DEWIPHONE');
    await sendText(dewi, roomId, '!advies nieuw Eerste');
    await waitForReadable(dewi, roomId, BOT, (body) => body.includes('ADV-2026-001'));
    await harness!.bot.idle();
    server.pauseSyncs();
    for (const title of ['Tweede', 'Derde', 'Vierde']) await sendText(dewi, roomId, `!advies nieuw ${title}`);
    // The bot's own message (the SDK already knows it) comes last in the timeline that is cut short.
    await harness!.bot.adapter('matrix')!.post(roomId, message(paragraph('Weekoverzicht: niets nieuws.')));
    server.limitNextSync(2);
    server.resumeSyncs();
    // Generous: once, in a full suite on a busy machine, the three answers took over 20 s.
    await waitForReadable(dewi, roomId, BOT, (body) => body.includes('ADV-2026-004'), 45_000);
    await harness!.bot.idle();
    expect(harness!.store.db.adviceRequests.map((request) => request.title)).toEqual([
      'Eerste',
      'Tweede',
      'Derde',
      'Vierde',
    ]);
  }, 70_000);
});

describe('the encrypted Matrix bot and someone it has not counted yet', () => {
  it('never encrypts for the devices of someone who joined before the bot handled the join', async () => {
    await startBot();
    dewi = await encryptedMember(baseUrl, DEWI, 'dewi-token', 'DEWIPHONE');
    // A command: the bot now knows who is in the room.
    await sendText(dewi, roomId, '!advies lijst');
    await waitForReadable(dewi, roomId, BOT, (body) => body.includes('Adviesverzoeken'));
    server.addUser(GUEST, 'gast-token', { deviceId: 'GASTPHONE' });
    guest = await encryptedMember(baseUrl, GUEST, 'gast-token', 'GASTPHONE');
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    // The bot is busy with an earlier event: the guest's join waits its turn.
    const busy = harness!.bot.exclusive(() => held);
    await guest.joinRoom(roomId);
    const crypto = matrix!.client.getCrypto()!;
    await until(() => matrix!.client.getRoom(roomId)?.getMember(GUEST)?.membership === 'join');
    await until(async () => (await crypto.getUserDeviceInfo([GUEST])).get(GUEST)?.has('GASTPHONE') === true);
    await harness!.bot.adapter('matrix')!.post(roomId, message(paragraph('Vertrouwelijk: Project Merel')));
    release();
    await busy;
    await waitForReadable(dewi, roomId, BOT, (body) => body.includes('Project Merel'));
    const fromBotForGuest = async () =>
      (guest!.getRoom(roomId)?.getLiveTimeline().getEvents() ?? []).filter(
        (event) => event.getSender() === BOT,
      );
    await until(async () => (await fromBotForGuest()).length > 0);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const events = await fromBotForGuest();
    expect(events.some((event) => event.isDecryptionFailure())).toBe(true);
    expect(events.map((event) => String(event.getContent().body ?? '')).join('\n')).not.toContain('Merel');
  }, 40_000);
});

describe('the Matrix bot with a crypto store that does not fit', () => {
  it('refuses to start with another MATRIX_STORE_KEY, in a Dutch sentence that says what to do', async () => {
    await startBot();
    const dir = harness!.dir;
    await stopBot();
    const started = startBot(dir, { storeKey: new Uint8Array(randomBytes(32)) });
    await expect(started).rejects.toBeInstanceOf(StartupError);
    await expect(started).rejects.toThrow(
      /MATRIX_STORE_KEY past niet bij de crypto-opslag.*Zet de sleutel terug/,
    );
    await harness!.close();
    await expect(startBot(dir, { storeKey: new Uint8Array(randomBytes(32)) }, true, 'en')).rejects.toThrow(
      /MATRIX_STORE_KEY does not fit the crypto store.*Put back the key/,
    );
  });

  it('refuses a damaged store (bytes flipped inside) with the same clear sentence as a cut-off one', async () => {
    await startBot();
    const dir = harness!.dir;
    await stopBot();
    const file = join(dir, 'matrix-crypto', 'store.v8');
    const saved = await readFile(file);
    const flipped = (bytes: Buffer) => {
      const copy = Buffer.from(bytes);
      for (const at of [0.3, 0.5, 0.7]) {
        const index = Math.floor(copy.length * at);
        copy[index] = copy[index]! ^ 0x5a;
      }
      return copy;
    };
    await writeFile(file, flipped(saved));
    const started = startBot(dir);
    await expect(started).rejects.toBeInstanceOf(StartupError);
    await expect(started).rejects.toThrow(
      /De crypto-opslag .*store\.v8 is beschadigd\. Zet hem terug uit de reservekopie/,
    );
  });

  it('refuses a store of another device, and a device whose store is lost', async () => {
    await startBot();
    const dir = harness!.dir;
    await stopBot();
    server.addUser(BOT, 'other-token', { deviceId: 'NEWDEVICE' });
    await expect(startBot(dir, { accessToken: 'other-token' })).rejects.toThrow(
      /hoort bij apparaat BOTDEVICE.*MATRIX_ACCESS_TOKEN hoort bij apparaat NEWDEVICE/,
    );
    await harness!.close();
    await rm(join(dir, 'matrix-crypto'), { recursive: true });
    await expect(startBot(dir)).rejects.toThrow(/geen crypto-opslag.*kent apparaat BOTDEVICE al/);
  });
});

describe('the Matrix bot and a member who only sends to cross-signed devices', () => {
  it('says once it cannot read the message, and reads it after cross-signing with MATRIX_PASSWORD', async () => {
    await startBot();
    const dir = harness!.dir;
    anna = await encryptedMember(baseUrl, ANNA, 'anna-token', 'ANNALAPTOP');
    dewi = await encryptedMember(baseUrl, DEWI, 'dewi-token', 'DEWIPHONE', 'dewi-wachtwoord');
    dewi.getCrypto()!.setDeviceIsolationMode(new OnlySignedDevicesIsolationMode());
    await sendText(dewi, roomId, '!advies nieuw Eerste');
    await sendText(dewi, roomId, '!advies nieuw Nog een keer');
    // Dewi's Element hides what an unsigned device says too; Anna (and the log) see the notice.
    const notice = await waitForReadable(anna, roomId, BOT, (body) => body.includes('niet lezen'));
    expect(notice.getContent().body).toContain('alleen naar geverifieerde apparaten');
    await new Promise((resolve) => setTimeout(resolve, 600));
    const notices = anna
      .getRoom(roomId)!
      .getLiveTimeline()
      .getEvents()
      .filter((event) => event.getSender() === BOT && String(event.getContent().body).includes('niet lezen'));
    expect(notices).toHaveLength(1);
    expect(harness!.store.db.adviceRequests).toEqual([]);
    await stopBot();

    await startBot(dir, { password: 'geheim-wachtwoord' });
    const crypto = dewi.getCrypto()!;
    await until(
      async () => (await crypto.getDeviceVerificationStatus(BOT, BOT_DEVICE))?.signedByOwner === true,
    );
    await dewi.getCrypto()!.forceDiscardSession(roomId);
    await sendText(dewi, roomId, '!advies nieuw Na ondertekenen');
    await waitForReadable(dewi, roomId, BOT, (body) => body.includes('ADV-2026-001'));
    await harness!.bot.idle();
    expect(harness!.store.db.adviceRequests.map((request) => request.title)).toEqual(['Na ondertekenen']);
  });
});
