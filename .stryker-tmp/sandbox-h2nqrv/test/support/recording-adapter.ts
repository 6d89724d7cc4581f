// @ts-nocheck
import { terminalIdentity } from '../../adapters/shell/identity.ts';
import type { MessageRef } from '../../src/port/events.ts';
import type { ChatAdapter } from '../../src/port/port.ts';
import { type RichMessage, renderText } from '../../src/port/rich-message.ts';
import type { ChannelConfig, Member } from '../../src/setup/config.ts';
import { identities } from './identities.ts';

type Channels = Readonly<Record<string, ChannelConfig>>;

export interface Sent {
  readonly kind: 'post' | 'reply' | 'update' | 'notice' | 'react';
  readonly ref: MessageRef;
  readonly text: string;
  readonly message: RichMessage;
  /** For a reply: the reply's own reference (`ref` is the thread it went into). */
  readonly own?: MessageRef;
}

/**
 * A fake adapter for core tests: records everything the bot says. It names people and
 * channels as the platform it stands for does; as the terminal, it knows who sits in a
 * channel from the config and its join and leave events are exact.
 */
export class RecordingAdapter implements ChatAdapter {
  readonly platform: keyof typeof identities;
  readonly sent: Sent[] = [];
  readonly exactMembership: boolean;
  readonly #channels: () => Channels;
  #next = 0;

  constructor(platform: keyof typeof identities = 'shell', channels: () => Channels = () => ({})) {
    this.platform = platform;
    this.#channels = channels;
    this.exactMembership = platform === 'shell';
  }

  memberOf(userId: string, roster: readonly Member[]): Member | undefined {
    return identities[this.platform].memberOf(userId, roster);
  }

  channelOf(key: string, channels: Channels): string | undefined {
    return identities[this.platform].channelOf(key, channels);
  }

  async members(channel: string): Promise<readonly string[]> {
    if (this.platform !== 'shell') throw new Error(`${this.platform} members are not recorded`);
    return terminalIdentity.members(channel, this.#channels());
  }

  async react(ref: MessageRef, emoji: string): Promise<void> {
    this.sent.push({ kind: 'react', ref, text: emoji, message: { blocks: [] } });
  }

  async post(channel: string, message: RichMessage): Promise<MessageRef> {
    const ref = { platform: this.platform, channel, id: String(++this.#next) };
    this.sent.push({ kind: 'post', ref, text: renderText(message), message });
    return ref;
  }

  async reply(thread: MessageRef, message: RichMessage): Promise<MessageRef> {
    const ref = { platform: this.platform, channel: thread.channel, id: String(++this.#next) };
    this.sent.push({ kind: 'reply', ref: thread, text: renderText(message), message, own: ref });
    return ref;
  }

  async update(ref: MessageRef, message: RichMessage): Promise<void> {
    this.sent.push({ kind: 'update', ref, text: renderText(message), message });
  }

  /** Numbers new messages after this one (a restarted bot in the same channels). */
  continueAfter(number: number): void {
    this.#next = Math.max(this.#next, number);
  }

  last(): Sent {
    const sent = this.sent.at(-1);
    if (!sent) throw new Error('Nothing was sent');
    return sent;
  }

  texts(): string[] {
    return this.sent.map((sent) => sent.text);
  }

  clear(): void {
    this.sent.length = 0;
  }
}

/** Every message the bot posted, as it reads now (its last edit), by reference; from one or more runs. */
export function currentMessages(...runs: ReadonlyArray<readonly Sent[]>): Map<string, string> {
  const current = new Map<string, string>();
  for (const sent of runs.flat()) {
    if (sent.kind === 'notice') continue;
    const ref = sent.kind === 'reply' ? sent.own : sent.ref;
    if (ref) current.set(`${ref.platform}:${ref.channel}:${ref.id}`, sent.text);
  }
  return current;
}
