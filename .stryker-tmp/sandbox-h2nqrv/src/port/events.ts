// @ts-nocheck
import { lookup } from './lookup.ts';
/**
 * What adapters hand to the core (one way in: `bot.receive(event)`).
 * References carry their platform so they round-trip:
 * `shell:panel:12`, `slack:C0PANEL:1700000000.000100`, `matrix:!room:server:$event`.
 */

/**
 * The name an adapter gives its platform (`ChatAdapter.platform`): lower-case letters. The
 * core never compares it with a name; it only finds the adapter that answers to it.
 */
export type Platform = string;

const PLATFORM_NAME = /^([a-z][a-z0-9]*):/;

export interface MessageRef {
  readonly platform: Platform;
  /** The platform's channel or room id. */
  readonly channel: string;
  /** The platform's message id (shell number, Slack `ts`, Matrix event id). */
  readonly id: string;
}

export function refToString(ref: MessageRef): string {
  return `${ref.platform}:${ref.channel}:${ref.id}`;
}

export function parseRef(text: string): MessageRef | undefined {
  const platform = PLATFORM_NAME.exec(text)?.[1];
  if (!platform) return undefined;
  const rest = text.slice(platform.length + 1);
  // A channel id may contain colons (a Matrix room, `!room:server`); an id that starts with
  // `$` (a Matrix event id, with a colon of its own in old room versions) begins at `:$`.
  const event = rest.indexOf(':$');
  const split = event > 0 ? event : rest.lastIndexOf(':');
  if (split <= 0 || split === rest.length - 1) return undefined;
  return { platform, channel: rest.slice(0, split), id: rest.slice(split + 1) };
}

export interface Actor {
  readonly platform: Platform;
  /** The platform's user id (shell: roster id; Slack: `U…`; Matrix: `@user:server`). */
  readonly userId: string;
}

interface EventBase {
  /** The platform's id for this delivery; a redelivery with the same id is ignored. */
  readonly eventId: string;
  readonly actor: Actor;
  /** The platform's channel or room id. */
  readonly channel: string;
  /** The message that carried the event, when there is one. */
  readonly message?: MessageRef;
  /**
   * When the person sent it, for an event that may be handled late (Matrix messages that
   * arrived while the bot was down). A command older than a day is not run.
   */
  readonly sentAt?: Date;
  /**
   * Set when the event came from a direct conversation between one person and the bot
   * (a Slack IM, a Matrix direct room, the terminal's `:dm`), not from a channel.
   */
  readonly direct?: boolean;
  /**
   * Set when nobody but the bot saw what was typed, though it was typed in a channel: a
   * Slack slash command (its text is never shown to others).
   */
  readonly unseen?: boolean;
}

/** A command typed by someone: `/advies nieuw …`, `!besluit …`. */
export interface CommandEvent extends EventBase {
  readonly kind: 'command';
  readonly text: string;
  /** Set when the command was typed in a thread. */
  readonly thread?: MessageRef;
}

/**
 * A message someone typed in a channel or thread the bot is in, or in a direct
 * conversation with it: adapters pass every one. The core decides what it is: a command
 * (`/advies …`, `!advies …`, or words addressed to the bot), a reply in the thread of an
 * item whose command handles replies (a vote, `2`), or nothing. Then it is dropped at
 * once: never stored, never logged, its id not even remembered.
 */
export interface MessageEvent extends EventBase {
  readonly kind: 'message';
  /** What the person typed, with the platform's mentions turned into roster ids (`<@U0…>` → `anna`). */
  readonly text: string;
  /** Set when the message is a reply in a thread. */
  readonly thread?: MessageRef;
  /** The message was addressed to the bot by a mention (taken out of `text`): `besluit …` then means `/besluit …`. */
  readonly addressed?: boolean;
}

/** A reaction added to, or removed from, a message. */
export interface ReactionEvent extends EventBase {
  readonly kind: 'reaction';
  readonly emoji: string;
  readonly added: boolean;
  readonly target: MessageRef;
}

/** Someone (the actor) joined or left a channel: Slack `member_joined_channel`, Matrix `m.room.member`. */
export interface MembershipEvent extends EventBase {
  readonly kind: 'membership';
  readonly joined: boolean;
}

/**
 * A message edited after it was sent (Matrix `m.replace`, Slack `message_changed`). An
 * edited command is never run again; the bot says so once. The adapter gives every edit
 * of one message the same `eventId`, so "once" holds for a message edited twice.
 */
export interface EditEvent extends EventBase {
  readonly kind: 'edit';
  /** The text after the edit, with mentions turned into roster ids as in a message. */
  readonly text: string;
  /** The text before the edit, when the platform tells it. */
  readonly previous?: string;
  /** The message was addressed to the bot by a mention, as in a message. */
  readonly addressed?: boolean;
  /** The message that was edited. */
  readonly original: MessageRef;
  /** The thread the edited message is in, when it is in one. */
  readonly thread?: MessageRef;
}

/**
 * A message removed by its id (a Matrix redaction) that the adapter could not match to a
 * reaction it saw itself, for instance one given before a restart. The core looks the id
 * up in what it stored with the items.
 */
export interface RedactionEvent extends EventBase {
  readonly kind: 'redaction';
  /** The removed message (the reaction's own event). */
  readonly redacts: MessageRef;
}

export type ChatEvent =
  | CommandEvent
  | MessageEvent
  | ReactionEvent
  | EditEvent
  | RedactionEvent
  | MembershipEvent;

/**
 * Reactions reach the core as Unicode emoji (adapters turn a platform's names, Slack's
 * `white_check_mark`, into these). The emoji that look alike count as one.
 */
const ALIKE: Record<string, string> = {
  '✔️': '✅',
  '✔': '✅',
  '☑️': '✅',
  '☑': '✅',
  '❎': '❌',
  '✖️': '❌',
  '✖': '❌',
};

/** Maps the emoji that look like ✅ and ❌ to those two; other emoji stay as given. */
export function normalizeEmoji(emoji: string): string {
  // A keycap is sent with or without the variation selector: `1⃣` is `1️⃣`.
  const trimmed = emoji.trim().replace(/^([0-9#*])\u20E3$/u, '$1\uFE0F\u20E3');
  return lookup(ALIKE, trimmed) ?? trimmed;
}
