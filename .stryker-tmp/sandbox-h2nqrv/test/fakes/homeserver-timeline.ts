// @ts-nocheck
import type { Entry, RoomAnswer, RoomDirectory, RoomEvent } from './homeserver-rooms.ts';

/** Synapse's timeline limit per room per `/sync` when the filter sets none. */
export const DEFAULT_TIMELINE_LIMIT = 10;
/** Synapse's default and largest page of `/rooms/{roomId}/messages`. */
const DEFAULT_PAGE = 10;
const MAX_PAGE = 1_000;

/**
 * Stream tokens of the fake: `s<position>` stands between the event at that position and
 * the next, for `/sync` (`next_batch`, `prev_batch`) and `/messages` (`from`, `to`, `end`)
 * alike, as the spec lets a client pass a sync token to `/messages`.
 */
export const token = (position: number): string => `s${position}`;

export function positionOf(text: string | null | undefined, fallback: number): number {
  const match = /^s(\d+)$/.exec(text ?? '');
  return match ? Number(match[1]) : fallback;
}

/**
 * The `rooms` part of a `/sync` answer for `user` since a stream position, as Synapse
 * gives it: each joined room's timeline holds at most `limit` events (the last ones); when
 * events were left out it is `limited: true`, its `prev_batch` points just before the
 * first event it holds, and the state changes of the events left out come in the room's
 * `state` section. An initial sync holds the last `limit` events and the state before them.
 */
export function syncRooms(
  rooms: RoomDirectory,
  user: string,
  since: number,
  initial: boolean,
  limit: number,
) {
  const join: Record<string, unknown> = {};
  const invite: Record<string, unknown> = {};
  const leave: Record<string, unknown> = {};
  for (const roomId of rooms.ids()) {
    const membership = rooms.membership(roomId, user);
    const fresh = rooms.entries(roomId, initial ? 0 : since);
    if (membership === 'join') {
      if (!initial && fresh.length === 0) continue;
      const joinedNow = fresh.some(
        (entry) => entry.event.type === 'm.room.member' && entry.event.state_key === user,
      );
      const cut = Math.max(0, fresh.length - limit);
      const timeline = fresh.slice(cut);
      const inTimeline = new Set(timeline.map((entry) => entry.event));
      const skipped = new Map(
        fresh
          .slice(0, cut)
          .filter((entry) => entry.event.state_key !== undefined)
          .map((entry) => [`${entry.event.type}|${entry.event.state_key}`, entry.event]),
      );
      const full = initial || joinedNow;
      const before = timeline[0]?.position ?? (fresh.at(-1)?.position ?? since) + 1;
      join[roomId] = {
        state: {
          events: full
            ? stateBefore(rooms, roomId, timeline).filter((event) => !inTimeline.has(event))
            : [...skipped.values()],
        },
        timeline: {
          events: timeline.map((entry) => entry.event),
          limited: cut > 0,
          prev_batch: token(before - 1),
        },
        ephemeral: { events: [] },
        account_data: { events: [] },
        unread_notifications: {},
      };
    } else if (membership === 'invite' && (initial || fresh.length > 0)) {
      invite[roomId] = { invite_state: { events: rooms.state(roomId) } };
    } else if (membership === 'leave' && !initial && fresh.length > 0) {
      leave[roomId] = { timeline: { events: fresh.map((entry) => entry.event) } };
    }
  }
  return { join, invite, leave };
}

/** The room's state as it stood before the first of `timeline` (the current state when it is empty). */
function stateBefore(rooms: RoomDirectory, roomId: string, timeline: Entry[]): RoomEvent[] {
  if (timeline.length === 0) return rooms.state(roomId);
  const first = timeline[0]!.position;
  const state = new Map<string, RoomEvent>();
  for (const entry of rooms.entries(roomId)) {
    if (entry.position >= first) break;
    if (entry.event.state_key !== undefined)
      state.set(`${entry.event.type}|${entry.event.state_key}`, entry.event);
  }
  return [...state.values()];
}

/**
 * `GET /rooms/{roomId}/messages` (spec: "Get a list of events for this room"): events
 * from `from` in direction `dir` (`b` back in time, `f` forward), never past `to`, at most
 * `limit` (10 by default). `end` is the token to ask for the next page; it is left out
 * when there are no more events. Only a member, or anyone in a `world_readable` room, may read.
 */
export function messages(
  rooms: RoomDirectory,
  user: string,
  roomId: string,
  query: URLSearchParams,
): RoomAnswer {
  if (!rooms.has(roomId)) return { status: 404, body: { errcode: 'M_NOT_FOUND', error: 'No such room' } };
  const visibility = rooms.state(roomId).find((event) => event.type === 'm.room.history_visibility');
  const readable =
    rooms.membership(roomId, user) === 'join' || visibility?.content.history_visibility === 'world_readable';
  if (!readable)
    return {
      status: 403,
      body: { errcode: 'M_FORBIDDEN', error: 'User not in room and room not world-readable' },
    };
  const dir = query.get('dir') === 'f' ? 'f' : 'b';
  const limit = Math.min(Number(query.get('limit') ?? DEFAULT_PAGE) || DEFAULT_PAGE, MAX_PAGE);
  const all = rooms.entries(roomId);
  const last = all.at(-1)?.position ?? 0;
  const from = positionOf(query.get('from'), dir === 'b' ? last : 0);
  const to = query.has('to') ? positionOf(query.get('to'), 0) : undefined;
  const within =
    dir === 'b'
      ? all.filter((entry) => entry.position <= from && (to === undefined || entry.position > to)).reverse()
      : all.filter((entry) => entry.position > from && (to === undefined || entry.position <= to));
  const page = within.slice(0, limit);
  const more = within.length > page.length;
  const end = page.at(-1);
  return {
    status: 200,
    body: {
      chunk: page.map((entry) => entry.event),
      start: token(from),
      ...(more && end ? { end: token(dir === 'b' ? end.position - 1 : end.position) } : {}),
    },
  };
}
