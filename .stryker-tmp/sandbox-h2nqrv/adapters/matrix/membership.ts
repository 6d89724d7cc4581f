// @ts-nocheck
import { type MatrixClient, type MatrixEvent, RoomStateEvent } from 'matrix-js-sdk';
import type { MembershipEvent } from '../../src/port/events.ts';

/**
 * Who counts as in a room for confidential content (afspraak 7c): someone joined, and
 * also someone invited (the invitation lets them in, and Synapse shares room keys with
 * invited members when history is not `joined`) or knocking (asking to be let in).
 */
export const PRESENT = new Set(['join', 'invite', 'knock']);

/**
 * A change of who is in a room, from an `m.room.member` state event (afspraak 7c), or
 * nothing for the bot itself or a change that keeps someone present (a new name or
 * avatar, an invitation accepted). `unsigned.prev_content` is optional in the spec, so a leave, kick or ban is
 * never taken for "no change" when it is missing; the core asks `/joined_members` again
 * after anyone leaves rather than trusting the event's order.
 */
export function membershipOf(event: MatrixEvent, me: string): MembershipEvent | undefined {
  if (event.getType() !== 'm.room.member') return undefined;
  const user = event.getStateKey();
  const roomId = event.getRoomId();
  const eventId = event.getId();
  if (!user || user === me || !roomId || !eventId) return undefined;
  const joined = PRESENT.has((event.getContent() as { membership?: string }).membership ?? '');
  const before = (event.getPrevContent() as { membership?: string }).membership;
  if (joined && before === 'join') return undefined;
  return {
    kind: 'membership',
    eventId,
    actor: { platform: 'matrix', userId: user },
    channel: roomId,
    joined,
  };
}

/**
 * Membership changes that reach the room's state without passing through the live
 * timeline: after a gap (a `limited` timeline) the spec puts them in the sync's `state`
 * section. The SDK applies both to the room state; the bot drops an event it already had.
 */
export function followMembership(
  client: MatrixClient,
  me: string,
  live: () => boolean,
  receive: (event: MembershipEvent) => void,
): void {
  client.on(RoomStateEvent.Members, (event) => {
    if (!live()) return;
    const change = membershipOf(event, me);
    if (change) receive(change);
  });
}
