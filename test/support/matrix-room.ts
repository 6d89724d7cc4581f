import { createClient, type MatrixClient } from 'matrix-js-sdk';
import { type RunningMatrix, startMatrix } from '../../adapters/matrix/matrix-app.ts';
import type { Logger } from '../../src/ops/log.ts';
import { silentLogger } from '../../src/ops/log.ts';
import { FakeHomeserver } from '../fakes/homeserver.ts';
import { Harness, testConfig } from './harness.ts';

/** The bot's own Matrix account on the fake homeserver; its access token is `bot-token`. */
export const MATRIX_BOT = '@stadspanel:test.local';
export const ANNA = '@anna:test.local';
export const CHRIS = '@chris:test.local';
/** A panel of two in one room: Anna (chair) and Chris. */
export const ANNA_AND_CHRIS = [
  { id: 'anna', name: 'Anna de Vries', roles: ['panel', 'voorzitter'], matrix: ANNA },
  { id: 'chris', name: 'Chris Bakker', roles: ['panel'], matrix: CHRIS },
];

/** A fake homeserver with the given accounts (token `<user>-token`) and one room `creator` made with `joined` in it. */
export async function startHomeserver(
  users: readonly string[],
  creator: string,
  joined: readonly string[],
): Promise<{ server: FakeHomeserver; baseUrl: string; roomId: string }> {
  const server = new FakeHomeserver();
  const baseUrl = await server.start();
  for (const user of users) server.addUser(user, `${user === MATRIX_BOT ? 'bot' : user}-token`);
  const roomId = server.createRoom(creator, [...joined]);
  return { server, baseUrl, roomId };
}

/** A bot whose panel channel is the Matrix room, synced with the homeserver at `baseUrl`. */
export async function startMatrixBot(options: {
  members: unknown[];
  roomId: string;
  baseUrl: string;
  dir?: string;
  logger?: Logger;
  /** The bot's clock (ISO); the harness's default day unless given. */
  now?: string;
}): Promise<{ harness: Harness; matrix: RunningMatrix }> {
  const harness = await Harness.create({
    config: testConfig({ members: options.members, channels: { panel: { matrix: options.roomId } } }),
    ...(options.dir ? { dir: options.dir } : {}),
    ...(options.now ? { now: options.now } : {}),
  });
  const matrix = await startMatrix(
    harness.bot,
    { homeserverUrl: options.baseUrl, accessToken: 'bot-token', userId: MATRIX_BOT },
    options.logger ?? silentLogger,
    { dataDir: harness.dir },
  );
  return { harness, matrix };
}

/** People in the room, each with their own matrix-js-sdk client, made on first use. */
export class MatrixPeople {
  readonly #baseUrl: string;
  readonly #clients = new Map<string, MatrixClient>();

  constructor(baseUrl: string) {
    this.#baseUrl = baseUrl;
  }

  client(userId: string): MatrixClient {
    let client = this.#clients.get(userId);
    if (!client) {
      client = createClient({ baseUrl: this.#baseUrl, accessToken: `${userId}-token`, userId });
      this.#clients.set(userId, client);
    }
    return client;
  }

  /** Sends an event of `type` as `userId` in a room; resolves with its event id. */
  async send(
    userId: string,
    roomId: string,
    type: string,
    content: Record<string, unknown>,
  ): Promise<string> {
    const { event_id } = await this.client(userId).sendEvent(roomId, type as never, content as never);
    return event_id;
  }

  /** Types `body` as `userId` in a room (`m.text`); resolves with its event id. */
  say(userId: string, roomId: string, body: string): Promise<string> {
    return this.send(userId, roomId, 'm.room.message', { msgtype: 'm.text', body });
  }

  stop(): void {
    for (const client of this.#clients.values()) client.stopClient();
    this.#clients.clear();
  }
}

/** Stops the bot's sync, the people's clients, the bot and then the homeserver, in that order. */
export async function stopMatrixRoom(parts: {
  matrix: RunningMatrix;
  harness: Harness;
  server: FakeHomeserver;
  people?: MatrixPeople;
}): Promise<void> {
  // Let the bot finish what it is sending before its client (and its crypto) stops.
  await parts.harness.bot.idle();
  await parts.matrix.stop();
  parts.people?.stop();
  await parts.harness.close();
  await parts.server.stop();
}
