import { lookup } from './lookup.ts';
/**
 * What adapters hand to the core (one way in: `bot.receive(event)`).
 * References carry their platform so they round-trip:
 * `shell:panel:12`, `slack:C0PANEL:1700000000.000100`, `matrix:!room:server:$event`.
 */
export const PLATFORMS = ['shell', 'slack', 'matrix'] as const;
export type Platform = (typeof PLATFORMS)[number];

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
  const platform = PLATFORMS.find((name) => text.startsWith(`${name}:`));
  if (!platform) return undefined;
  const rest = text.slice(platform.length + 1);
  // Matrix room ids contain a colon (`!room:server`); their event ids start with `$`.
  const split = platform === 'matrix' ? rest.indexOf(':$') : rest.lastIndexOf(':');
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
}

/** A command typed by someone: `/advies nieuw …`, `!besluit …`. */
export interface CommandEvent extends EventBase {
  readonly kind: 'command';
  readonly text: string;
  /** Set when the command was typed in a thread. */
  readonly thread?: MessageRef;
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
  /** The text after the edit. */
  readonly text: string;
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

export type ChatEvent = CommandEvent | ReactionEvent | EditEvent | RedactionEvent | MembershipEvent;

const EMOJI_NAMES: Record<string, string> = {
  white_check_mark: '✅',
  heavy_check_mark: '✅',
  ballot_box_with_check: '✅',
  '✔️': '✅',
  '✔': '✅',
  '☑️': '✅',
  x: '❌',
  negative_squared_cross_mark: '❌',
  '❎': '❌',
  heavy_multiplication_x: '❌',
  '✖️': '❌',
};

/** Maps the many spellings of ✅ and ❌ to those two; other emoji stay as given. */
export function normalizeEmoji(emoji: string): string {
  const bare = emoji.trim().replace(/^:|:$/g, '');
  return lookup(EMOJI_NAMES, bare) ?? lookup(EMOJI_NAMES, emoji.trim()) ?? bare;
}
