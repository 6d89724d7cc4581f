// @ts-nocheck
import type { EditEvent } from '../../src/port/events.ts';

interface SlackMessage {
  readonly user?: string;
  readonly bot_id?: string;
  readonly text?: string;
  readonly ts?: string;
  readonly thread_ts?: string;
}

/** Slack's `message_changed` event: the message as it is now, and as it was. */
export interface SlackMessageChanged {
  readonly subtype: 'message_changed';
  readonly channel: string;
  readonly message?: SlackMessage;
  readonly previous_message?: SlackMessage;
}

/**
 * A `message_changed` whose text changed, as a core edit event, or undefined. Slack
 * also sends this event when only the replies below a message changed; the text is the
 * same then, and that is no edit. `read` turns Slack's mentions into what the core reads;
 * the core decides whether the message was a command.
 */
export function editOf(
  changed: SlackMessageChanged,
  read: (text: string) => { readonly text: string; readonly addressed: boolean },
): Omit<EditEvent, 'message'> | undefined {
  const now = changed.message;
  const before = changed.previous_message;
  if (!now?.ts || !now.user || now.bot_id || now.text === undefined || now.text === before?.text)
    return undefined;
  const after = read(now.text);
  const earlier = before?.text !== undefined ? read(before.text) : undefined;
  const inThread = now.thread_ts !== undefined && now.thread_ts !== now.ts;
  return {
    kind: 'edit',
    eventId: `edit:${changed.channel}:${now.ts}`,
    actor: { platform: 'slack', userId: now.user },
    channel: changed.channel,
    text: after.text,
    ...(earlier ? { previous: earlier.text } : {}),
    ...(after.addressed || earlier?.addressed ? { addressed: true } : {}),
    original: { platform: 'slack', channel: changed.channel, id: now.ts },
    ...(inThread ? { thread: { platform: 'slack', channel: changed.channel, id: now.thread_ts! } } : {}),
  };
}
