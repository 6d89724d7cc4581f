// @ts-nocheck
import { writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { Writable } from 'node:stream';
import { type MessageRef, parseRef } from '../../src/port/events.ts';
import type { ChatAdapter, ChatFile } from '../../src/port/port.ts';
import { message, paragraph, type RichMessage, renderText } from '../../src/port/rich-message.ts';
import type { ChannelConfig, Member } from '../../src/setup/config.ts';
import { terminalIdentity } from './identity.ts';

/**
 * The terminal as a chat platform. Every bot message gets a number, printed as
 * `[#N] …`; replies in a thread show `↳#root`; an edit reprints the message with ✎.
 * Message refs are `shell:<channel>:<N>`. People are named by roster id or name, channels
 * by their key in the config, and who sits in a channel comes from the config; its join
 * and leave lines are exact.
 */
export class ShellAdapter implements ChatAdapter {
  readonly platform = 'shell';
  readonly exactMembership = true;
  readonly #out: Writable;
  readonly #channels: () => Readonly<Record<string, ChannelConfig>>;
  #last = 0;
  readonly #channelOf = new Map<number, string>();
  readonly #threadOf = new Map<number, number>();
  /** The channel the person at the terminal is in; posts elsewhere say where they went. */
  currentChannel = 'panel';

  /** Where shared files go (the data folder); without it a document is printed instead. */
  readonly #fileDir: string | undefined;

  constructor(
    out: Writable,
    fileDir?: string,
    channels: () => Readonly<Record<string, ChannelConfig>> = () => ({}),
  ) {
    this.#out = out;
    this.#fileDir = fileDir;
    this.#channels = channels;
    if (fileDir) this.upload = this.#writeFile;
  }

  memberOf(userId: string, roster: readonly Member[]): Member | undefined {
    return terminalIdentity.memberOf(userId, roster);
  }

  channelOf(key: string, channels: Readonly<Record<string, ChannelConfig>>): string | undefined {
    return terminalIdentity.channelOf(key, channels);
  }

  /** A direct conversation in the terminal is `@<member>`: what `:dm` opens for that member. */
  async direct(member: Member): Promise<string> {
    return `@${member.id}`;
  }

  async members(channel: string): Promise<readonly string[]> {
    return terminalIdentity.members(channel, this.#channels());
  }

  /** Continues the numbering after the messages the store already refers to. */
  remember(refs: readonly string[]): void {
    for (const text of refs) {
      const ref = parseRef(text);
      const number = ref?.platform === 'shell' ? Number(ref.id) : Number.NaN;
      if (!Number.isInteger(number)) continue;
      this.#channelOf.set(number, ref!.channel);
      this.#last = Math.max(this.#last, number);
    }
  }

  /** The number of the last message printed. */
  get lastNumber(): number {
    return this.#last;
  }

  /** Continues the numbering after an earlier session, so `#13>` never means a new message. */
  continueAfter(number: number): void {
    if (Number.isInteger(number) && number > this.#last) this.#last = number;
  }

  /** The ref of message N; a reply's thread is its root's. */
  refFor(number: number, fallbackChannel: string): MessageRef | undefined {
    if (number < 1 || number > this.#last) return undefined;
    const root = this.#threadOf.get(number) ?? number;
    return { platform: 'shell', channel: this.#channelOf.get(root) ?? fallbackChannel, id: String(root) };
  }

  /** The ref of message N itself (for reactions). */
  messageRef(number: number, fallbackChannel: string): MessageRef | undefined {
    if (number < 1 || number > this.#last) return undefined;
    return { platform: 'shell', channel: this.#channelOf.get(number) ?? fallbackChannel, id: String(number) };
  }

  async post(channel: string, message: RichMessage): Promise<MessageRef> {
    const number = this.#next(channel);
    const where =
      channel === this.currentChannel ? '' : channel.startsWith('@') ? `→${channel} ` : `→#${channel} `;
    this.#print(`[#${number}] ${where}`, renderText(message));
    return { platform: 'shell', channel, id: String(number) };
  }

  async reply(thread: MessageRef, message: RichMessage): Promise<MessageRef> {
    const number = this.#next(thread.channel);
    const root = this.#threadOf.get(Number(thread.id)) ?? Number(thread.id);
    this.#threadOf.set(number, root);
    this.#print(`[#${number}] ↳#${root} `, renderText(message));
    return { platform: 'shell', channel: thread.channel, id: String(number) };
  }

  async update(ref: MessageRef, message: RichMessage): Promise<void> {
    this.#print(`[#${ref.id}] ✎ `, renderText(message));
  }

  /** A reaction of the bot under its own message: `[#N] +1️⃣`. */
  async react(ref: MessageRef, emoji: string): Promise<void> {
    this.#print(`[#${ref.id}] `, `+${emoji}`);
  }

  upload?: ChatAdapter['upload'];

  /** Writes a shared document to the data folder and prints where it is. */
  readonly #writeFile = async (
    channel: string,
    file: ChatFile,
    comment: RichMessage,
    thread?: MessageRef,
  ): Promise<MessageRef> => {
    const path = join(this.#fileDir!, basename(file.name));
    await writeFile(path, file.text, 'utf8');
    const content = message(...comment.blocks, paragraph(path));
    return thread ? this.reply(thread, content) : this.post(channel, content);
  };

  /** A line from the shell itself, not from the bot. */
  say(text: string): void {
    this.#print('· ', text);
  }

  #next(channel: string): number {
    this.#last += 1;
    this.#channelOf.set(this.#last, channel);
    return this.#last;
  }

  #print(prefix: string, text: string): void {
    const indent = ' '.repeat([...prefix].length);
    const lines = text.split('\n');
    this.#out.write(
      `${prefix}${lines[0]}\n${lines
        .slice(1)
        .map((line) => `${indent}${line}\n`)
        .join('')}`,
    );
  }
}
