import type { MessageRef, Platform } from './events.ts';
import type { RichMessage } from './rich-message.ts';

/**
 * The adapter port (docs/ARCHITECTURE.md, "The port"). Adapters translate between a chat
 * platform and the core; they hold no command logic. The core calls these to speak.
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
  /**
   * What the platform's own settings say about who can reach a channel (Matrix join rule
   * and history visibility, Slack `conversations.info`); optional. Rejects when it cannot tell.
   */
  access?(channel: string): Promise<ChannelAccess>;
  /**
   * Shares a document as a file (Slack's files.uploadV2, a Matrix `m.file`, a file in the
   * data folder for the shell), with `comment` beside it; optional.
   */
  upload?(channel: string, file: ChatFile, comment: RichMessage, thread?: MessageRef): Promise<MessageRef>;
}

/** Who can reach a channel by its own settings, whatever the config says. */
export interface ChannelAccess {
  /** Anyone can join it without an invitation, or read it without joining. */
  readonly openToAnyone: boolean;
  /** Someone who joins later can read what was said before they came. */
  readonly historyVisibleToLaterJoiners: boolean;
}

/** A text document to share as a file: the yearly report in Markdown. */
export interface ChatFile {
  /** The file name, e.g. `jaarverslag-2026-intern.md`. */
  readonly name: string;
  readonly title: string;
  readonly mimetype: string;
  readonly text: string;
}
