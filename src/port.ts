import type { MessageRef, Platform } from './events.ts';
import type { RichMessage } from './rich-message.ts';

/**
 * The adapter port (STYLE §1). Adapters translate between a chat platform and the
 * core; they hold no command logic. The core calls these to speak.
 */
export interface ChatAdapter {
  readonly platform: Platform;
  /** Posts a new top-level message in a channel (platform channel id). */
  post(channel: string, message: RichMessage): Promise<MessageRef>;
  /** Replies in the thread that starts at `thread`. */
  reply(thread: MessageRef, message: RichMessage): Promise<MessageRef>;
  /** Replaces the content of a message the bot posted earlier. */
  update(ref: MessageRef, message: RichMessage): Promise<void>;
  /** Shows a message only to one person (Slack's ephemeral); optional. */
  notice?(channel: string, userId: string, message: RichMessage, thread?: MessageRef): Promise<void>;
  /**
   * The platform user ids of the humans in a channel, the bot itself left out (Slack
   * `conversations.members`, Matrix joined members); optional. Rejects when it cannot tell.
   */
  members?(channel: string): Promise<readonly string[]>;
}
