// @ts-nocheck
import type { MatrixClient } from 'matrix-js-sdk';
import type { EditEvent } from '../../src/port/events.ts';

/**
 * An `m.replace` edit as a core event: the new text (from `m.new_content`) and the edited
 * message, with the thread it is in when the client knows it. Every edit of one message
 * gets the same event id, so the bot answers it once.
 */
export function editOf(
  client: MatrixClient,
  roomId: string,
  content: Record<string, unknown>,
  original: string | undefined,
  read: (text: string) => { readonly text: string; readonly addressed: boolean },
): Omit<EditEvent, 'actor' | 'message'> | undefined {
  const replaced = content['m.new_content'] as { body?: unknown } | undefined;
  if (!original || typeof replaced?.body !== 'string') return undefined;
  const relation = client.getRoom(roomId)?.findEventById(original)?.getContent()['m.relates_to'] as
    | { rel_type?: string; event_id?: string }
    | undefined;
  const thread = relation?.rel_type === 'm.thread' ? relation.event_id : undefined;
  const { text, addressed } = read(replaced.body);
  return {
    kind: 'edit',
    eventId: `edit:${original}`,
    channel: roomId,
    text,
    ...(addressed ? { addressed } : {}),
    original: { platform: 'matrix', channel: roomId, id: original },
    ...(thread ? { thread: { platform: 'matrix', channel: roomId, id: thread } } : {}),
  };
}
