// @ts-nocheck
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { keyRoute } from './homeserver-key-routes.ts';
import { BadRequest, KeyDirectory } from './homeserver-keys.ts';
import { MediaRepository } from './homeserver-media.ts';
import { RoomDirectory, type RoomEvent } from './homeserver-rooms.ts';
import { SendEndpoint, type SendFault } from './homeserver-sends.ts';
import { DEFAULT_TIMELINE_LIMIT, messages, positionOf, syncRooms, token } from './homeserver-timeline.ts';

export type { RoomEvent } from './homeserver-rooms.ts';
export type { SendFault } from './homeserver-sends.ts';

/**
 * A small homeserver for tests, on a loopback port: the Client-Server API endpoints that
 * matrix-js-sdk calls to sync, send, redact, join and read state, with rooms and
 * timelines in memory. `/sync` long-polls until something happens or `timeout` passes.
 * `rateLimitNextSends(n)` answers the next n sends with 429 M_LIMIT_EXCEEDED.
 */
export class FakeHomeserver {
  readonly serverName = 'test.local';
  readonly requests: Array<{ method: string; path: string }> = [];
  readonly #tokens = new Map<string, { user: string; device: string }>();
  readonly #passwords = new Map<string, string>();
  /** Device keys, one-time keys, cross-signing and to-device queues (see homeserver-keys.ts). */
  readonly keys = new KeyDirectory(() => this.#advance());
  /** Uploaded files (see homeserver-media.ts). */
  readonly media = new MediaRepository(this.serverName);
  /** Rooms, their timelines and the event stream (see homeserver-rooms.ts). */
  readonly rooms = new RoomDirectory(this.serverName, () => this.#advance());
  readonly #sends = new SendEndpoint(this.rooms);
  readonly #waiters = new Set<() => void>();
  #counter = 0;
  /** One stream position for room events, to-device messages and device-list changes. */
  #position = 0;
  /** When set, every request is answered with this status (a homeserver that is down behind its proxy). */
  failWith: number | undefined;
  /** When set, sends by this user are never answered (a homeserver that hangs). */
  holdSendsBy: string | undefined;
  /** When set, the next incremental `/sync` gives each room at most this many timeline events (a gap). */
  #limitNext: number | undefined;
  /** Filters uploaded with `POST /user/{userId}/filter`, by id. */
  readonly #filters = new Map<string, Record<string, unknown>>();
  /**
   * How long an answer to an initial `/sync` is served again to the same request, as
   * Synapse's response cache does (`sync_response_cache_duration`, two minutes by default):
   * a client that restarts within that time starts from the older position.
   */
  syncCacheMs = 120_000;
  readonly #syncCache = new Map<string, { readonly at: number; readonly body: Record<string, unknown> }>();
  #paused: Promise<void> | undefined;
  #resume: (() => void) | undefined;
  #server: Server | undefined;

  /** A server that leaves out the optional `unsigned.prev_content` of state events. */
  get omitPrevContent(): boolean {
    return this.rooms.omitPrevContent;
  }

  set omitPrevContent(omit: boolean) {
    this.rooms.omitPrevContent = omit;
  }

  /**
   * The next incremental `/sync` has a gap, as a server gives one after many events: each
   * room's timeline holds only its last `count` events, `limited: true`, and the state
   * changes of the events left out come in the room's `state` section (the spec's "updates
   * to the state between `since` and the start of the timeline").
   */
  limitNextSync(count: number): void {
    this.#limitNext = count;
  }

  /** Holds every `/sync` answer until `resumeSyncs()`, so events pile up as during a network outage. */
  pauseSyncs(): void {
    this.#paused ??= new Promise((resolve) => {
      this.#resume = resolve;
    });
  }

  resumeSyncs(): void {
    this.#resume?.();
    this.#paused = undefined;
  }

  async start(): Promise<string> {
    this.#server = createServer((request, response) => {
      void this.#route(request, response).catch((error: unknown) => {
        this.#json(response, 500, { errcode: 'M_UNKNOWN', error: String(error) });
      });
    });
    await new Promise<void>((resolve) => this.#server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.#server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    this.resumeSyncs();
    for (const wake of this.#waiters) wake();
    this.#server?.closeAllConnections();
    await new Promise<void>((resolve) => this.#server?.close(() => resolve()));
  }

  /** A user with an access token for one device (`/account/whoami` tells the device id). */
  addUser(userId: string, token: string, options: { deviceId?: string; password?: string } = {}): void {
    this.#tokens.set(token, { user: userId, device: options.deviceId ?? 'DEVICE' });
    if (options.password) this.#passwords.set(userId, options.password);
  }

  #advance(): number {
    const position = ++this.#position;
    for (const wake of this.#waiters) wake();
    return position;
  }

  /** Creates a room with these members joined (and, if asked, encryption switched on). */
  createRoom(creator: string, members: readonly string[], options: { encrypted?: boolean } = {}): string {
    return this.rooms.create(creator, members, options);
  }

  /** A text message as a member typed it, at `originServerTs` (for example a day ago). */
  post(roomId: string, sender: string, body: string, originServerTs = Date.now()): string {
    return this.rooms.append(
      roomId,
      sender,
      'm.room.message',
      { msgtype: 'm.text', body },
      undefined,
      undefined,
      originServerTs,
    ).event_id;
  }

  /** A reaction (`m.annotation`) as a member gave it. */
  react(roomId: string, sender: string, target: string, key: string): string {
    return this.rooms.append(roomId, sender, 'm.reaction', {
      'm.relates_to': { rel_type: 'm.annotation', event_id: target, key },
    }).event_id;
  }

  invite(roomId: string, inviter: string, invitee: string): void {
    this.rooms.append(roomId, inviter, 'm.room.member', { membership: 'invite' }, invitee);
  }

  /** Someone asks to be let in (`POST /knock`, a room whose join rule is `knock`). */
  knock(roomId: string, userId: string): void {
    this.rooms.append(roomId, userId, 'm.room.member', { membership: 'knock' }, userId);
  }

  /** A state event set by `sender`, such as `m.room.join_rules` or `m.room.history_visibility`. */
  setState(
    roomId: string,
    sender: string,
    type: string,
    content: Record<string, unknown>,
    stateKey = '',
  ): void {
    this.rooms.append(roomId, sender, type, content, stateKey);
  }

  membership(roomId: string, userId: string): string | undefined {
    return this.rooms.membership(roomId, userId);
  }

  timeline(roomId: string): RoomEvent[] {
    return this.rooms.timeline(roomId);
  }

  /**
   * The next sends by `userId` meet these faults in turn: `bad-gateway` is the 502 (an
   * HTML page) of a proxy whose homeserver is restarting; `dropped` stores the event and
   * then loses the connection before the answer, as a server going away mid-request does.
   */
  failNextSends(faults: readonly SendFault[], userId: string): void {
    this.#sends.failNext(faults, userId);
  }

  /** Events larger than this are refused with 413 M_TOO_LARGE (65,536 bytes, as the spec says, unless a test lowers it). */
  set maxEventBytes(bytes: number) {
    this.#sends.maxEventBytes = bytes;
  }

  /** Answers the next `count` sends (by `userId`, or anyone) with 429. */
  rateLimitNextSends(count: number, userId?: string): void {
    this.#sends.rateLimitNext(count, userId);
  }

  /** Waits until the room has an event matching `match` (the bot works asynchronously). */
  async waitForEvent(
    roomId: string,
    match: (event: RoomEvent) => boolean,
    timeoutMs = 5_000,
  ): Promise<RoomEvent> {
    const until = Date.now() + timeoutMs;
    for (;;) {
      const found = this.timeline(roomId).find(match);
      if (found) return found;
      if (Date.now() > until) {
        throw new Error(
          `No matching event in ${roomId}: ${JSON.stringify(this.timeline(roomId).map((e) => [e.type, e.sender, e.content.body]))}`,
        );
      }
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }

  #json(response: ServerResponse, status: number, body: unknown): void {
    response.writeHead(status, { 'content-type': 'application/json' });
    response.end(JSON.stringify(body));
  }

  async #route(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const path = decodeURIComponent(url.pathname);
    const method = request.method ?? 'GET';
    this.requests.push({ method, path });
    if (this.failWith !== undefined) {
      return this.#json(response, this.failWith, { errcode: 'M_UNKNOWN', error: 'Internal server error' });
    }
    const raw = await readBody(request);
    const body = parseJson(raw);
    if (path === '/_matrix/client/versions') {
      return this.#json(response, 200, {
        versions: ['v1.1', 'v1.5', 'v1.9', 'v1.11', 'v1.12'],
        unstable_features: {},
      });
    }
    const token =
      request.headers.authorization?.replace(/^Bearer /, '') ?? url.searchParams.get('access_token') ?? '';
    const session = this.#tokens.get(token);
    if (!session) return this.#json(response, 401, { errcode: 'M_UNKNOWN_TOKEN', error: 'Unknown token' });
    const { user, device } = session;
    if (this.media.handle(method, path, raw, request.headers['content-type'], response)) return;
    const route = path.replace(/^\/_matrix\/client\/(v3|v1|r0|unstable\/[^/]+)/, '');
    const params = (pattern: RegExp, verb?: string): string[] | undefined => {
      if (verb && method !== verb) return undefined;
      return pattern.exec(route)?.slice(1);
    };
    if (route === '/account/whoami') return this.#json(response, 200, { user_id: user, device_id: device });
    if (route === '/capabilities') return this.#json(response, 200, { capabilities: {} });
    if (route.startsWith('/pushrules')) return this.#json(response, 200, { global: {} });
    const filter = params(/^\/user\/[^/]+\/filter(?:\/(.+))?$/);
    if (filter) {
      if (filter[0]) return this.#json(response, 200, this.#filters.get(filter[0]) ?? {});
      const id = `filter${this.#filters.size + 1}`;
      this.#filters.set(id, body);
      return this.#json(response, 200, { filter_id: id });
    }
    if (route === '/sync') return this.#sync(user, device, url, response);
    const password = this.#passwords.get(user);
    const keys = keyRoute(this.keys, { route, method, user, device, body, password });
    if (keys) {
      try {
        const answer = keys();
        return this.#json(response, answer ? 200 : 401, answer ?? this.#authFlows());
      } catch (error) {
        if (error instanceof BadRequest) return this.#json(response, error.status, error.body);
        throw error;
      }
    }
    const send = params(/^\/rooms\/([^/]+)\/send\/([^/]+)\/([^/]+)$/, 'PUT');
    if (send && user === this.holdSendsBy) return;
    if (send)
      return this.#sends.handle(response, user, { roomId: send[0]!, type: send[1]!, txnId: send[2]! }, body);
    const history = params(/^\/rooms\/([^/]+)\/messages$/, 'GET');
    if (history) {
      const answer = messages(this.rooms, user, history[0]!, url.searchParams);
      return this.#json(response, answer.status, answer.body);
    }
    const room = this.rooms.handle(route, method, user, body);
    if (room) return this.#json(response, room.status, room.body);
    return this.#json(response, 404, {
      errcode: 'M_UNRECOGNIZED',
      error: `Unrecognized request: ${method} ${path}`,
    });
  }

  async #sync(user: string, device: string, url: URL, response: ServerResponse): Promise<void> {
    const initial = !url.searchParams.has('since');
    const since = positionOf(url.searchParams.get('since'), 0);
    const timeout = Math.min(Number(url.searchParams.get('timeout') ?? 0), 30_000);
    const cacheKey = [user, device, url.searchParams.get('filter'), timeout].join('|');
    const cached = this.#syncCache.get(cacheKey);
    if (initial && cached && Date.now() - cached.at < this.syncCacheMs)
      return this.#json(response, 200, cached.body);
    if (!initial) this.keys.acknowledge(user, device, since);
    if (!initial && this.#position <= since && timeout > 0) {
      await new Promise<void>((resolve) => {
        const wake = () => {
          this.#waiters.delete(wake);
          clearTimeout(timer);
          resolve();
        };
        const timer = setTimeout(wake, timeout);
        this.#waiters.add(wake);
      });
    }
    while (this.#paused) await this.#paused;
    if (response.destroyed) return;
    const body = this.#syncBody(user, initial ? this.#position : since, initial, this.#timelineLimit(url));
    const sharing = (other: string) => this.rooms.sharesRoom(user, other);
    const keys = this.keys.syncPart(user, device, since, initial ? this.#position : since, sharing);
    const lists = keys.device_lists as { changed: string[] };
    if (!initial) lists.changed = [...new Set([...lists.changed, ...this.rooms.newlyShared(user, since)])];
    const answer = { ...body, ...keys };
    if (initial) this.#syncCache.set(cacheKey, { at: Date.now(), body: answer });
    this.#json(response, 200, answer);
  }

  /** The filter's `room.timeline.limit` (an uploaded filter's id or a filter inline), else Synapse's 10. */
  #timelineLimit(url: URL): number {
    const param = url.searchParams.get('filter');
    let filter: Record<string, unknown> | undefined;
    if (param?.startsWith('{')) {
      try {
        filter = JSON.parse(param) as Record<string, unknown>;
      } catch {
        filter = undefined;
      }
    } else if (param) filter = this.#filters.get(param);
    const limit = (filter?.room as { timeline?: { limit?: unknown } } | undefined)?.timeline?.limit;
    return typeof limit === 'number' && limit >= 0 ? limit : DEFAULT_TIMELINE_LIMIT;
  }

  #authFlows(): Record<string, unknown> {
    return { flows: [{ stages: ['m.login.password'] }], params: {}, session: `uia${++this.#counter}` };
  }

  #syncBody(user: string, since: number, initial: boolean, filterLimit: number): Record<string, unknown> {
    const limit =
      initial || this.#limitNext === undefined ? filterLimit : Math.min(filterLimit, this.#limitNext);
    if (!initial) this.#limitNext = undefined;
    return {
      next_batch: token(this.#position),
      rooms: syncRooms(this.rooms, user, since, initial, limit),
      presence: { events: [] },
      account_data: { events: [] },
    };
  }
}

function readBody(request: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks)));
  });
}

function parseJson(raw: Buffer): Record<string, unknown> {
  try {
    const value = raw.length > 0 ? (JSON.parse(raw.toString('utf8')) as unknown) : {};
    return value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}
