// @ts-nocheck
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RunningMatrix } from '../../adapters/matrix/matrix-app.ts';
import type { FakeHomeserver } from '../fakes/homeserver.ts';
import type { Harness } from '../support/harness.ts';
import { MATRIX_BOT, startHomeserver, startMatrixBot, stopMatrixRoom } from '../support/matrix-room.ts';

const BOT = MATRIX_BOT;
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
  let baseUrl: string;
  ({ server, baseUrl, roomId } = await startHomeserver([BOT, ANNA, DEWI], ANNA, [BOT, DEWI]));
  ({ harness, matrix } = await startMatrixBot({ members, roomId, baseUrl }));
});
afterEach(async () => {
  await stopMatrixRoom({ matrix, harness, server });
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
      body: 'jaarverslag-2026-openbaar.md',
      filename: 'jaarverslag-2026-openbaar.md',
      info: { mimetype: 'text/markdown' },
    });
    const url = String(file.content.url);
    expect(url).toMatch(/^mxc:\/\/test\.local\//);
    const stored = server.media.bytes(url)!.toString('utf8');
    expect(stored).toContain('# Jaarverslag 2026 – Stadspanel Data (openbare versie)');
    expect(stored).toContain('| ADV-2026-001 Bodycams voor handhavers |');
    expect((file.content.info as { size: number }).size).toBe(Buffer.byteLength(stored));
  });
});
