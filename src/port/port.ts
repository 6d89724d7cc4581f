import type { CommandForm } from '../parse/form.ts';
import type { ChannelConfig, Config, Member } from '../setup/config.ts';
import type { ChatEvent, MessageRef, Platform } from './events.ts';
import type { RichMessage } from './rich-message.ts';

/**
 * The adapter port (docs/ARCHITECTURE.md, "The port"). Adapters translate between a chat
 * platform and the core; they hold no command logic. The core calls these to speak, and
 * to learn who and where: only the adapter knows how its platform names people and
 * channels, so the core never names a platform.
 */
export interface ChatAdapter {
  /** The platform's name in message references (`slack:C0PANEL:1700…`): lower-case letters. */
  readonly platform: Platform;
  /** The roster member a platform user is (by the id the roster gives them there), if any. */
  memberOf(userId: string, roster: readonly Member[]): Member | undefined;
  /** The platform's id of a configured channel (a key of the config's `channels`), if it has one here. */
  channelOf(key: string, channels: Readonly<Record<string, ChannelConfig>>): string | undefined;
  /** Posts a new top-level message in a channel (platform channel id). */
  post(channel: string, message: RichMessage): Promise<MessageRef>;
  /** Replies in the thread that starts at `thread`. */
  reply(thread: MessageRef, message: RichMessage): Promise<MessageRef>;
  /** Replaces the content of a message the bot posted earlier. */
  update(ref: MessageRef, message: RichMessage): Promise<void>;
  /**
   * Puts a reaction (an emoji as Unicode: `1️⃣`, `✅`) under a message the bot posted
   * (Slack `reactions.add`, a Matrix `m.annotation`); optional.
   */
  react?(ref: MessageRef, emoji: string): Promise<void>;
  /**
   * The channel of a direct conversation between the bot and a roster member (Slack
   * `conversations.open`, a Matrix direct room, the terminal's `@member`), opened when
   * there is none yet; undefined when the member has no id on this platform. Optional.
   */
  direct?(member: Member): Promise<string | undefined>;
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
   * Whether its join and leave events are complete and in order (the terminal's): then a
   * leave counts at once, as a join does. Platforms whose events can come late, twice or
   * out of order leave it unset, and are asked again after a leave.
   */
  readonly exactMembership?: boolean;
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

/** A command as a platform that registers commands sees it (Slack's slash commands and modals). */
export interface CommandEntry {
  /** The Dutch name, which the command line the core receives starts with (`/advies …`). */
  readonly name: string;
  readonly form?: CommandForm;
}

/**
 * What an adapter may use of the core: its documented entry points, and nothing else
 * (`test/core/boundary.test.ts` checks that adapters never import the bot itself). The
 * adapter hands every event to `receive`, the one way in.
 */
export interface Core {
  /** The panel's configuration: its language, time zone, roster and channels. */
  readonly config: Config;
  /** Connects an adapter: the core speaks on its platform through it. */
  attach(adapter: ChatAdapter): void;
  /** Takes one event; resolves when it has been handled. */
  receive(event: ChatEvent): Promise<void>;
  /** Resolves when every event received so far has been handled. */
  idle(): Promise<void>;
  /** The commands, for platforms that register them (names and forms only). */
  commandEntries(): readonly CommandEntry[];
  /** Whether a text names a command (`/advies …`), for an adapter's hint; the core decides on every message itself. */
  isCommand(text: string): boolean;
  /** Whether someone on this platform is on the roster. */
  isRostered(platform: Platform, userId: string): boolean;
  /** Whether a channel is public by the config (or unknown to it). */
  isPublic(platform: Platform, channel: string): boolean;
  /** The bot itself was let into a channel: who is there is asked again at the next command. */
  admitted(platform: Platform, channel: string): void;
  /** Who the core counts in a channel now (joined, invited, knocking), without asking; undefined when not known. */
  counted(platform: Platform, channel: string): ReadonlySet<string> | undefined;
  /** What is known of who is in a channel may be out of date: asked again, between two events. */
  recount(platform: Platform, channel: string): void;
  /** The references of the messages the store refers to (`shell:panel:12`), so numbering can continue. */
  knownMessages(): readonly string[];
  /** The adapter's connection to its platform came or went (for /healthz). */
  connection(platform: Platform, connected: boolean): void;
}
