import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type RunningMatrix, startMatrix } from '../../adapters/matrix/matrix-app.ts';
import { silentLogger } from '../../src/log.ts';
import { FakeHomeserver } from '../fakes/homeserver.ts';
import { Harness, testConfig } from '../support/harness.ts';

const BOT = '@stadspanel:test.local';
const ANNA = '@anna:test.local';
const DEWI = '@dewi:test.local';
const members = [
  { id: 'anna', name: 'Anna de Vries', roles: ['panel', 'voorzitter'], matrix: ANNA },
  { id: 'dewi', name: 'Dewi Jansen', roles: ['gemeente'], matrix: DEWI },
];

let server: FakeHomeserver;
let roomId: string;
let harness: Harness;
let matrix: RunningMatrix;

beforeEach(async () => {
  server = new FakeHomeserver();
  const baseUrl = await server.start();
  for (const user of [BOT, ANNA, DEWI]) server.addUser(user, `${user === BOT ? 'bot' : user}-token`);
  roomId = server.createRoom(ANNA, [BOT, DEWI]);
  harness = await Harness.create({
    config: testConfig({ members, channels: { panel: { matrix: roomId } } }),
    now: '2026-11-28T09:00:00Z',
  });
  matrix = await startMatrix(
    harness.bot,
    { homeserverUrl: baseUrl, accessToken: 'bot-token', userId: BOT },
    silentLogger,
  );
});
afterEach(async () => {
  await matrix.stop();
  await harness.close();
  await server.stop();
});

describe('the yearly report as a Matrix file', () => {
  it('uploads the Markdown to the media repository and posts an m.file that points to it', async () => {
    await harness.command('dewi', '/advies nieuw "Bodycams voor handhavers"');
    await harness.receive({
      kind: 'command',
      eventId: 'upload-1',
      actor: { platform: 'matrix', userId: ANNA },
      channel: roomId,
      text: '!jaarverslag 2026 markdown',
    });
    const file = await server.waitForEvent(
      roomId,
      (event) => event.sender === BOT && event.content.msgtype === 'm.file',
    );
    expect(file.content).toMatchObject({
      body: 'jaarverslag-2026.md',
      filename: 'jaarverslag-2026.md',
      info: { mimetype: 'text/markdown' },
    });
    const url = String(file.content.url);
    expect(url).toMatch(/^mxc:\/\/test\.local\//);
    const stored = server.media.bytes(url)!.toString('utf8');
    expect(stored).toContain('# Jaarverslag Stadspanel 2026');
    expect(stored).toContain('| ADV-2026-001 Bodycams voor handhavers |');
    expect((file.content.info as { size: number }).size).toBe(Buffer.byteLength(stored));
  });
});
