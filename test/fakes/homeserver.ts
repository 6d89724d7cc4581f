import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { BadRequest, KeyDirectory } from './homeserver-keys.ts';
import { MediaRepository } from './homeserver-media.ts';

/** A Matrix event as the Client-Server API returns it. */
export interface RoomEvent {
  event_id: string;
  type: string;
  sender: string;
  room_id: string;
  origin_server_ts: number;
  content: Record<string, unknown>;
  state_key?: string;
  redacts?: string;
  unsigned?: Record<string, unknown>;
}

interface Room {
  readonly id: string;
  readonly state: Map<string, RoomEvent>;
  readonly events: RoomEvent[];
}

interface Entry {
  readonly position: number;
  readonly roomId: string;
  readonly event: RoomEvent;
}

/** What a send can meet on its way (see `failNextSends`). */
export type SendFault = 'bad-gateway' | 'dropped';

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
  readonly #rooms = new Map<string, Room>();
  readonly #stream: Entry[] = [];
  readonly #waiters = new Set<() => void>();
  readonly #txns = new Map<string, string>();
  #counter = 0;
  /** One stream position for room events, to-device messages and device-list changes. */
  #position = 0;
  #rateLimited = 0;
  #rateLimitedUser: string | undefined;
  #sendFaults: Array<{ readonly fault: SendFault; readonly user: string }> = [];
  /** When set, every request is answered with this status (a homeserver that is down behind its proxy). */
  failWith: number | undefined;
  /** When set, sends by this user are never answered (a homeserver that hangs). */
  holdSendsBy: string | undefined;
  /** A server that leaves out the optional `unsigned.prev_content` of state events. */
  omitPrevContent = false;
  /** When set, the next incremental `/sync` gives each room at most this many timeline events (a gap). */
  #limitNext: number | undefined;
  #paused: Promise<void> | undefined;
  #resume: (() => void) | undefined;
  #server: Server | undefined;

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

  /** Whether two users share a room (device-list changes reach only those). */
  #sharesRoom(user: string, other: string): boolean {
    if (user === other) return true;
    return [...this.#rooms.keys()].some(
      (id) => this.membership(id, user) === 'join' && this.membership(id, other) === 'join',
    );
  }

  /** Creates a room with these members joined (and, if asked, encryption switched on). */
  createRoom(creator: string, members: readonly string[], options: { encrypted?: boolean } = {}): string {
    const id = `!room${++this.#counter}:${this.serverName}`;
    this.#rooms.set(id, { id, state: new Map(), events: [] });
    this.#append(id, creator, 'm.room.create', { creator, room_version: '10' }, '');
    for (const member of [creator, ...members.filter((m) => m !== creator)]) {
      this.#append(id, member, 'm.room.member', { membership: 'join' }, member);
    }
    if (options.encrypted)
      this.#append(id, creator, 'm.room.encryption', { algorithm: 'm.megolm.v1.aes-sha2' }, '');
    return id;
  }

  /** A text message as a member typed it, at `originServerTs` (for example a day ago). */
  post(roomId: string, sender: string, body: string, originServerTs = Date.now()): string {
    return this.#append(
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
    return this.#append(roomId, sender, 'm.reaction', {
      'm.relates_to': { rel_type: 'm.annotation', event_id: target, key },
    }).event_id;
  }

  invite(roomId: string, inviter: string, invitee: string): void {
    this.#append(roomId, inviter, 'm.room.member', { membership: 'invite' }, invitee);
  }

  membership(roomId: string, userId: string): string | undefined {
    return this.#rooms.get(roomId)?.state.get(`m.room.member|${userId}`)?.content.membership as
      | string
      | undefined;
  }

  timeline(roomId: string): RoomEvent[] {
    return this.#rooms.get(roomId)?.events ?? [];
  }

  /** Answers the next `count` sends (by `userId`, or anyone) with 429. */
  /**
   * The next sends by `userId` meet these faults in turn: `bad-gateway` is the 502 (an
   * HTML page) of a proxy whose homeserver is restarting; `dropped` stores the event and
   * then loses the connection before the answer, as a server going away mid-request does.
   */
  failNextSends(faults: readonly SendFault[], userId: string): void {
    this.#sendFaults = faults.map((fault) => ({ fault, user: userId }));
  }

  rateLimitNextSends(count: number, userId?: string): void {
    this.#rateLimited = count;
    this.#rateLimitedUser = userId;
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

  #append(
    roomId: string,
    sender: string,
    type: string,
    content: Record<string, unknown>,
    stateKey?: string,
    redacts?: string,
    originServerTs = Date.now(),
  ): RoomEvent {
    const room = this.#rooms.get(roomId)!;
    // As Synapse does: a state event that replaces another carries the one it replaces in
    // `unsigned` (`replaces_state`, `prev_content`, `prev_sender`); the spec makes these optional.
    const replaced = stateKey !== undefined ? room.state.get(`${type}|${stateKey}`) : undefined;
    const event: RoomEvent = {
      event_id: `$e${++this.#counter}`,
      type,
      sender,
      room_id: roomId,
      origin_server_ts: originServerTs,
      content,
      ...(stateKey !== undefined ? { state_key: stateKey } : {}),
      ...(redacts ? { redacts } : {}),
      unsigned:
        replaced && !this.omitPrevContent
          ? {
              replaces_state: replaced.event_id,
              prev_content: replaced.content,
              prev_sender: replaced.sender,
            }
          : {},
    };
    room.events.push(event);
    if (stateKey !== undefined) room.state.set(`${type}|${stateKey}`, event);
    this.#stream.push({ position: this.#advance(), roomId, event });
    return event;
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
    if (filter) return this.#json(response, 200, filter[0] ? {} : { filter_id: 'filter1' });
    if (route === '/sync') return this.#sync(user, device, url, response);
    const keys = this.#keyRoute(route, method, user, device, body);
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
    if (send) return this.#send(response, user, send[0]!, send[1]!, send[2]!, body);
    const redact = params(/^\/rooms\/([^/]+)\/redact\/([^/]+)\/([^/]+)$/, 'PUT');
    if (redact) {
      const event = this.#append(
        redact[0]!,
        user,
        'm.room.redaction',
        { redacts: redact[1]!, ...body },
        undefined,
        redact[1]!,
      );
      return this.#json(response, 200, { event_id: event.event_id });
    }
    const join = params(/^\/(?:join|rooms\/([^/]+)\/join)(?:\/([^/]+))?$/, 'POST');
    if (join) {
      const roomId = join[0] ?? join[1]!;
      if (!this.#rooms.has(roomId))
        return this.#json(response, 404, { errcode: 'M_NOT_FOUND', error: 'No such room' });
      this.#append(roomId, user, 'm.room.member', { membership: 'join' }, user);
      return this.#json(response, 200, { room_id: roomId });
    }
    const leave = params(/^\/rooms\/([^/]+)\/leave$/, 'POST');
    if (leave) {
      this.#append(leave[0]!, user, 'm.room.member', { membership: 'leave' }, user);
      return this.#json(response, 200, {});
    }
    const state = params(/^\/rooms\/([^/]+)\/state$/);
    if (state) return this.#json(response, 200, [...(this.#rooms.get(state[0]!)?.state.values() ?? [])]);
    const joinedMembers = params(/^\/rooms\/([^/]+)\/joined_members$/);
    if (joinedMembers) {
      const room = this.#rooms.get(joinedMembers[0]!);
      if (!room) return this.#json(response, 404, { errcode: 'M_NOT_FOUND', error: 'No such room' });
      const joined = [...room.state.values()].filter(
        (e) => e.type === 'm.room.member' && e.content.membership === 'join',
      );
      return this.#json(response, 200, {
        joined: Object.fromEntries(
          joined.map((e) => [e.state_key!, { display_name: null, avatar_url: null }]),
        ),
      });
    }
    const members = params(/^\/rooms\/([^/]+)\/members$/);
    if (members) {
      const room = this.#rooms.get(members[0]!);
      return this.#json(response, 200, {
        chunk: [...(room?.state.values() ?? [])].filter((e) => e.type === 'm.room.member'),
      });
    }
    const single = params(/^\/rooms\/([^/]+)\/event\/([^/]+)$/);
    if (single) {
      const event = this.timeline(single[0]!).find((e) => e.event_id === single[1]);
      if (event) return this.#json(response, 200, event);
      return this.#json(response, 404, { errcode: 'M_NOT_FOUND', error: 'No such event' });
    }
    const relations = params(/^\/rooms\/([^/]+)\/relations\/([^/]+)/);
    if (relations) {
      const related = this.timeline(relations[0]!).filter(
        (e) => (e.content['m.relates_to'] as { event_id?: string } | undefined)?.event_id === relations[1],
      );
      return this.#json(response, 200, { chunk: related });
    }
    return this.#json(response, 404, {
      errcode: 'M_UNRECOGNIZED',
      error: `Unrecognized request: ${method} ${path}`,
    });
  }

  #send(
    response: ServerResponse,
    user: string,
    roomId: string,
    type: string,
    txnId: string,
    content: Record<string, unknown>,
  ): void {
    const fault = this.#sendFaults[0]?.user === user ? this.#sendFaults.shift()!.fault : undefined;
    if (fault === 'bad-gateway') {
      response.writeHead(502, { 'content-type': 'text/html' });
      response.end('<html><body><h1>502 Bad Gateway</h1></body></html>');
    } else if (fault === 'dropped') {
      const key = `${user}|${txnId}`;
      this.#txns.set(key, this.#txns.get(key) ?? this.#append(roomId, user, type, content).event_id);
      response.socket?.destroy();
    } else if (
      this.#rateLimited > 0 &&
      (this.#rateLimitedUser === undefined || this.#rateLimitedUser === user)
    ) {
      this.#rateLimited -= 1;
      this.#json(response, 429, {
        errcode: 'M_LIMIT_EXCEEDED',
        error: 'Too many requests',
        retry_after_ms: 200,
      });
    } else if (this.membership(roomId, user) !== 'join') {
      this.#json(response, 403, { errcode: 'M_FORBIDDEN', error: 'Not in room' });
    } else {
      const key = `${user}|${txnId}`;
      const eventId = this.#txns.get(key) ?? this.#append(roomId, user, type, content).event_id;
      this.#txns.set(key, eventId);
      this.#json(response, 200, { event_id: eventId });
    }
  }

  async #sync(user: string, device: string, url: URL, response: ServerResponse): Promise<void> {
    const since = Number((url.searchParams.get('since') ?? 's0').slice(1));
    const timeout = Math.min(Number(url.searchParams.get('timeout') ?? 0), 30_000);
    const initial = !url.searchParams.has('since');
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
    const body = this.#syncBody(user, initial ? this.#position : since, initial);
    const sharing = (other: string) => this.#sharesRoom(user, other);
    const keys = this.keys.syncPart(user, device, since, initial ? this.#position : since, sharing);
    const lists = keys.device_lists as { changed: string[] };
    if (!initial) lists.changed = [...new Set([...lists.changed, ...this.#newlyShared(user, since)])];
    this.#json(response, 200, { ...body, ...keys });
  }

  /** Users who joined a room with `user` after `since`: their devices are new to it. */
  #newlyShared(user: string, since: number): string[] {
    return this.#stream
      .filter(
        (entry) =>
          entry.position > since &&
          entry.event.type === 'm.room.member' &&
          entry.event.content.membership === 'join' &&
          this.membership(entry.roomId, user) === 'join',
      )
      .map((entry) => entry.event.state_key!);
  }

  /** The crypto endpoints; `undefined` from the handler asks for user-interactive auth. */
  #keyRoute(
    route: string,
    method: string,
    user: string,
    device: string,
    body: Record<string, unknown>,
  ): (() => Record<string, unknown> | undefined) | undefined {
    if (method === 'POST' && route === '/keys/upload') return () => this.keys.upload(user, device, body);
    if (method === 'POST' && route === '/keys/query') return () => this.keys.query(user, body);
    if (method === 'POST' && route === '/keys/claim') return () => this.keys.claim(body);
    if (method === 'POST' && route === '/keys/signatures/upload')
      return () => this.keys.uploadSignatures(user, body);
    if (method === 'POST' && route === '/keys/device_signing/upload') {
      return () => {
        const auth = body.auth as { type?: string; password?: string } | undefined;
        const password = this.#passwords.get(user);
        if (auth?.type !== 'm.login.password' || !password || auth.password !== password) return undefined;
        this.keys.uploadCrossSigning(user, body);
        return {};
      };
    }
    const toDevice = /^\/sendToDevice\/([^/]+)\/([^/]+)$/.exec(route);
    if (method === 'PUT' && toDevice) {
      return () => {
        this.keys.sendToDevice(user, device, toDevice[1]!, toDevice[2]!, body);
        return {};
      };
    }
    if (route === '/room_keys/version' || /^\/user\/[^/]+\/account_data\//.test(route)) {
      if (method === 'GET') return () => raise(404, { errcode: 'M_NOT_FOUND', error: 'Not found' });
    }
    return undefined;
  }

  #authFlows(): Record<string, unknown> {
    return { flows: [{ stages: ['m.login.password'] }], params: {}, session: `uia${++this.#counter}` };
  }

  #syncBody(user: string, since: number, initial: boolean): Record<string, unknown> {
    const join: Record<string, unknown> = {};
    const invite: Record<string, unknown> = {};
    const leave: Record<string, unknown> = {};
    const limit = initial ? undefined : this.#limitNext;
    if (!initial) this.#limitNext = undefined;
    for (const room of this.#rooms.values()) {
      const membership = this.membership(room.id, user);
      const fresh = this.#stream
        .filter((entry) => entry.position > since && entry.roomId === room.id)
        .map((entry) => entry.event);
      if (membership === 'join') {
        if (!initial && fresh.length === 0) continue;
        const joinedNow = fresh.some((event) => event.type === 'm.room.member' && event.state_key === user);
        const cut = !initial && limit !== undefined && fresh.length > limit ? fresh.length - limit : 0;
        const timeline = fresh.slice(cut);
        const skipped = new Map(
          fresh
            .slice(0, cut)
            .filter((e) => e.state_key !== undefined)
            .map((e) => [`${e.type}|${e.state_key}`, e]),
        );
        join[room.id] = {
          state: {
            events:
              initial || joinedNow
                ? [...room.state.values()].filter((e) => !fresh.includes(e))
                : [...skipped.values()],
          },
          timeline: { events: initial ? [] : timeline, limited: cut > 0, prev_batch: `p${since}` },
          ephemeral: { events: [] },
          account_data: { events: [] },
          unread_notifications: {},
        };
      } else if (membership === 'invite' && (initial || fresh.length > 0)) {
        invite[room.id] = { invite_state: { events: [...room.state.values()] } };
      } else if (membership === 'leave' && fresh.length > 0) {
        leave[room.id] = { timeline: { events: fresh } };
      }
    }
    return {
      next_batch: `s${this.#position}`,
      rooms: { join, invite, leave },
      presence: { events: [] },
      account_data: { events: [] },
    };
  }
}

function raise(status: number, body: Record<string, unknown>): never {
  throw new BadRequest(status, body);
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
