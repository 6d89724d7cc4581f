/** A Matrix event as the Client-Server API returns it. */
// @ts-nocheck

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

/** An event at its position in the server's stream. */
export interface Entry {
  readonly position: number;
  readonly roomId: string;
  readonly event: RoomEvent;
}

/** An answer to a room endpoint: the status and the JSON body. */
export interface RoomAnswer {
  readonly status: number;
  readonly body: unknown;
}

const NO_ROOM: RoomAnswer = { status: 404, body: { errcode: 'M_NOT_FOUND', error: 'No such room' } };

/**
 * The rooms of the fake homeserver: their state and timelines, the stream of events in
 * the order the server saw them (each at a stream position), the room part of `/sync`,
 * and the room endpoints other than sending (redact, join, leave, state, members, event,
 * relations).
 */
export class RoomDirectory {
  readonly #rooms = new Map<string, Room>();
  readonly #stream: Entry[] = [];
  readonly #serverName: string;
  /** The next stream position; the homeserver shares one with to-device messages and device lists. */
  readonly #advance: () => number;
  #counter = 0;
  /** A server that leaves out the optional `unsigned.prev_content` of state events. */
  omitPrevContent = false;

  constructor(serverName: string, advance: () => number) {
    this.#serverName = serverName;
    this.#advance = advance;
  }

  /** Creates a room with these members joined (and, if asked, encryption switched on). */
  create(creator: string, members: readonly string[], options: { encrypted?: boolean } = {}): string {
    const id = `!room${++this.#counter}:${this.#serverName}`;
    this.#rooms.set(id, { id, state: new Map(), events: [] });
    this.append(id, creator, 'm.room.create', { creator, room_version: '10' }, '');
    for (const member of [creator, ...members.filter((m) => m !== creator)]) {
      this.append(id, member, 'm.room.member', { membership: 'join' }, member);
    }
    if (options.encrypted)
      this.append(id, creator, 'm.room.encryption', { algorithm: 'm.megolm.v1.aes-sha2' }, '');
    return id;
  }

  has(roomId: string): boolean {
    return this.#rooms.has(roomId);
  }

  membership(roomId: string, userId: string): string | undefined {
    return this.#rooms.get(roomId)?.state.get(`m.room.member|${userId}`)?.content.membership as
      | string
      | undefined;
  }

  timeline(roomId: string): RoomEvent[] {
    return this.#rooms.get(roomId)?.events ?? [];
  }

  /** Whether two users share a room (device-list changes reach only those). */
  sharesRoom(user: string, other: string): boolean {
    if (user === other) return true;
    return [...this.#rooms.keys()].some(
      (id) => this.membership(id, user) === 'join' && this.membership(id, other) === 'join',
    );
  }

  /** Users who joined a room with `user` after `since`: their devices are new to it. */
  newlyShared(user: string, since: number): string[] {
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

  append(
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

  /** The room's stream entries after `since`, oldest first (see homeserver-timeline.ts). */
  entries(roomId: string, since = 0): Entry[] {
    return this.#stream.filter((entry) => entry.position > since && entry.roomId === roomId);
  }

  /** The ids of the rooms, in the order they were made. */
  ids(): string[] {
    return [...this.#rooms.keys()];
  }

  /** The current state of a room (one event per type and state key). */
  state(roomId: string): RoomEvent[] {
    return [...(this.#rooms.get(roomId)?.state.values() ?? [])];
  }

  /** Answers a room endpoint (the path after `/_matrix/client/v3`); undefined when it is none of them. */
  handle(route: string, method: string, user: string, body: Record<string, unknown>): RoomAnswer | undefined {
    const params = (pattern: RegExp, verb?: string): string[] | undefined => {
      if (verb && method !== verb) return undefined;
      return pattern.exec(route)?.slice(1);
    };
    const redact = params(/^\/rooms\/([^/]+)\/redact\/([^/]+)\/([^/]+)$/, 'PUT');
    if (redact) {
      const content = { redacts: redact[1]!, ...body };
      const event = this.append(redact[0]!, user, 'm.room.redaction', content, undefined, redact[1]!);
      return { status: 200, body: { event_id: event.event_id } };
    }
    const join = params(/^\/(?:join|rooms\/([^/]+)\/join)(?:\/([^/]+))?$/, 'POST');
    if (join) {
      const roomId = join[0] ?? join[1]!;
      if (!this.#rooms.has(roomId)) return NO_ROOM;
      this.append(roomId, user, 'm.room.member', { membership: 'join' }, user);
      return { status: 200, body: { room_id: roomId } };
    }
    if (route === '/createRoom' && method === 'POST') {
      // https://spec.matrix.org/v1.12/client-server-api/#post_matrixclientv3createroom
      const id = this.create(user, []);
      for (const event of (body.initial_state as Array<Record<string, unknown>> | undefined) ?? [])
        this.append(
          id,
          user,
          String(event.type),
          event.content as Record<string, unknown>,
          String(event.state_key ?? ''),
        );
      for (const invitee of (body.invite as string[] | undefined) ?? [])
        this.append(
          id,
          user,
          'm.room.member',
          { membership: 'invite', ...(body.is_direct ? { is_direct: true } : {}) },
          invitee,
        );
      return { status: 200, body: { room_id: id } };
    }
    const leave = params(/^\/rooms\/([^/]+)\/leave$/, 'POST');
    if (leave) {
      this.append(leave[0]!, user, 'm.room.member', { membership: 'leave' }, user);
      return { status: 200, body: {} };
    }
    const state = params(/^\/rooms\/([^/]+)\/state$/);
    if (state) return { status: 200, body: [...(this.#rooms.get(state[0]!)?.state.values() ?? [])] };
    const joinedMembers = params(/^\/rooms\/([^/]+)\/joined_members$/);
    if (joinedMembers) {
      const room = this.#rooms.get(joinedMembers[0]!);
      if (!room) return NO_ROOM;
      const joined = [...room.state.values()].filter(
        (e) => e.type === 'm.room.member' && e.content.membership === 'join',
      );
      const entries = joined.map((e) => [e.state_key!, { display_name: null, avatar_url: null }]);
      return { status: 200, body: { joined: Object.fromEntries(entries) } };
    }
    const members = params(/^\/rooms\/([^/]+)\/members$/);
    if (members) {
      const room = this.#rooms.get(members[0]!);
      const chunk = [...(room?.state.values() ?? [])].filter((e) => e.type === 'm.room.member');
      return { status: 200, body: { chunk } };
    }
    const single = params(/^\/rooms\/([^/]+)\/event\/([^/]+)$/);
    if (single) {
      const event = this.timeline(single[0]!).find((e) => e.event_id === single[1]);
      if (event) return { status: 200, body: event };
      return { status: 404, body: { errcode: 'M_NOT_FOUND', error: 'No such event' } };
    }
    const relations = params(/^\/rooms\/([^/]+)\/relations\/([^/]+)/);
    if (relations) {
      const related = this.timeline(relations[0]!).filter(
        (e) => (e.content['m.relates_to'] as { event_id?: string } | undefined)?.event_id === relations[1],
      );
      return { status: 200, body: { chunk: related } };
    }
    return undefined;
  }
}
