import { EventType, type MatrixClient, type MatrixEvent } from 'matrix-js-sdk';
import type { MessageRef } from '../../src/port/events.ts';
import type { Core } from '../../src/port/port.ts';
import type { BoundedMap } from './bounded-map.ts';
import { editOf } from './edits.ts';
import { matrixIdentity } from './identity.ts';
import { membershipOf } from './membership.ts';

interface Relation {
  readonly rel_type?: string;
  readonly event_id?: string;
  readonly key?: string;
}

/** A reaction as it was given, so that its redaction can take it away again. */
export interface KnownReaction {
  readonly target: MessageRef;
  readonly key: string;
  readonly sender: string;
}

/** What turning a room event into a `ChatEvent` needs. */
export interface RoomEventParts {
  readonly client: MatrixClient;
  readonly bot: Core;
  /** The bot's own user id: its own events are ignored. */
  readonly me: string;
  readonly reactions: BoundedMap<string, KnownReaction>;
  /** Says once per room that an encrypted room cannot be read without MATRIX_STORE_KEY. */
  readonly warnEncrypted: (roomId: string) => void;
}

/**
 * Whether a room is a direct conversation between the bot and one person: listed as
 * theirs in the bot's `m.direct` account data (the spec's direct chats), or a room that is
 * no configured channel where only the two of them are joined.
 */
export function isDirect(client: MatrixClient, roomId: string, sender: string, configured: boolean): boolean {
  const direct = client.getAccountData(EventType.Direct)?.getContent() as Record<string, unknown> | undefined;
  const rooms = direct?.[sender];
  if (Array.isArray(rooms) && rooms.includes(roomId)) return true;
  const room = client.getRoom(roomId);
  if (!room || configured) return false;
  const joined = room.getJoinedMembers().map((member) => member.userId);
  return joined.length === 2 && joined.includes(sender) && joined.includes(client.getUserId() ?? '');
}

/** A reply's fallback quote (`> <@user> …`) is not part of what the person typed. */
export function withoutReplyFallback(body: string): string {
  const lines = body.split('\n');
  let index = 0;
  while (index < lines.length && lines[index]!.startsWith('>')) index++;
  return lines.slice(index).join('\n').trim() || body.trim();
}

/**
 * Hands a readable room event to the core: every message people type (`m.text`, in
 * threads with `m.thread`; the core decides what is a command), an edit, a reaction
 * (`m.annotation`) and its redaction, a membership change. The bot's own events are ignored.
 */
export function roomEvents({ client, bot, me, reactions, warnEncrypted }: RoomEventParts) {
  const configured = (roomId: string) => {
    const channels = bot.config.channels;
    return Object.keys(channels).some((key) => matrixIdentity.channelOf(key, channels) === roomId);
  };

  return async (event: MatrixEvent): Promise<void> => {
    const sender = event.getSender();
    const roomId = event.getRoomId();
    const eventId = event.getId();
    if (!sender || !roomId || !eventId || sender === me) return;
    const sentAt = new Date(event.getTs());
    const content = event.getContent() as Record<string, unknown>;
    const relation = (content['m.relates_to'] ?? {}) as Relation;
    const here: MessageRef = { platform: 'matrix', channel: roomId, id: eventId };
    switch (event.getType()) {
      case 'm.room.message': {
        // People type m.text; bots post m.notice, which the spec says never to answer (no loops).
        if (content.msgtype !== 'm.text') return;
        if (relation.rel_type === 'm.replace') {
          const edit = editOf(client, roomId, content, relation.event_id, (text) =>
            matrixIdentity.read(text, bot.config.members, me),
          );
          if (edit)
            await bot.receive({
              ...edit,
              actor: { platform: 'matrix', userId: sender },
              message: here,
              sentAt,
            });
          return;
        }
        if (typeof content.body !== 'string') return;
        const { text, addressed } = matrixIdentity.read(
          withoutReplyFallback(content.body),
          bot.config.members,
          me,
        );
        const thread = relation.rel_type === 'm.thread' && relation.event_id ? relation.event_id : undefined;
        // Every message reaches the core, which drops what is not for the bot at once.
        await bot.receive({
          kind: 'message',
          eventId,
          actor: { platform: 'matrix', userId: sender },
          channel: roomId,
          text,
          message: here,
          sentAt,
          ...(addressed ? { addressed } : {}),
          ...(isDirect(client, roomId, sender, configured(roomId)) ? { direct: true } : {}),
          ...(thread ? { thread: { platform: 'matrix', channel: roomId, id: thread } } : {}),
        });
        return;
      }
      case 'm.reaction': {
        if (relation.rel_type !== 'm.annotation' || !relation.event_id || !relation.key) return;
        const target: MessageRef = { platform: 'matrix', channel: roomId, id: relation.event_id };
        reactions.set(eventId, { target, key: relation.key, sender });
        await bot.receive({
          kind: 'reaction',
          eventId,
          actor: { platform: 'matrix', userId: sender },
          channel: roomId,
          emoji: relation.key,
          added: true,
          target,
          message: here,
          sentAt,
        });
        return;
      }
      case 'm.room.redaction': {
        const redacted = event.event.redacts ?? (content.redacts as string | undefined);
        if (!redacted) return;
        const reaction = reactions.get(redacted);
        reactions.delete(redacted);
        // A reaction is taken away only by whoever gave it, not by a moderator's redaction.
        if (reaction && reaction.sender !== sender) return;
        const actor = { platform: 'matrix', userId: sender } as const;
        await bot.receive(
          reaction
            ? {
                kind: 'reaction',
                eventId,
                actor,
                channel: roomId,
                emoji: reaction.key,
                added: false,
                target: reaction.target,
                message: here,
                sentAt,
              }
            : {
                kind: 'redaction',
                eventId,
                actor,
                channel: roomId,
                redacts: { platform: 'matrix', channel: roomId, id: redacted },
                message: here,
                sentAt,
              },
        );
        return;
      }
      case 'm.room.member': {
        // Who is in the room decides whether confidential content may be shown (afspraak 7c).
        const change = membershipOf(event, me);
        if (change) await bot.receive(change);
        return;
      }
      case 'm.room.encrypted':
        warnEncrypted(roomId);
        return;
    }
  };
}
