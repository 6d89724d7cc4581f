import { dirname, join } from 'node:path';
import { currentRoster } from '../domain/roster-changes.ts';
import { consoleLogger, type Logger } from '../ops/log.ts';
import type { ChatEvent, CommandEvent, MessageRef, Platform } from '../port/events.ts';
import { parseRef, refToString } from '../port/events.ts';
import type { ChatAdapter } from '../port/port.ts';
import { shownIn } from '../port/posted-messages.ts';
import { recordingPort } from '../port/posted-port.ts';
import type { RichMessage } from '../port/rich-message.ts';
import type { Config, Member } from '../setup/config.ts';
import { PostedLog } from '../store/posted.ts';
import type { Store } from '../store/store.ts';
import { type Clock, systemClock } from '../time/clock.ts';
import { localDate } from '../time/time.ts';
import { accessOf, audienceOf, type ChannelInfo, ChannelMembers } from './audience.ts';
import { mayCarry } from './audience-rules.ts';

export interface MessengerOptions {
  readonly config: Config;
  readonly store: Store;
  readonly clock?: Clock;
  readonly logger?: Logger;
}

/**
 * The bot's outgoing side: the adapters it speaks through, posting, answering, replying
 * and editing as the bot, and to whom (a channel's audience, the roster in force). The
 * bot (bot.ts) adds receiving events to it.
 */
export class Messenger {
  readonly store: Store;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly #adapters = new Map<Platform, ChatAdapter>();
  /** Who is in each channel, asked once and kept current from join and leave events. */
  readonly members = new ChannelMembers(() => this.clock);
  /** config.json as read at start or at the last reload: the starting roster. */
  #starting: Config;
  #current: { readonly key: string; readonly config: Config } | undefined;

  constructor(options: MessengerOptions) {
    this.#starting = options.config;
    this.store = options.store;
    this.clock = options.clock ?? systemClock;
    this.logger = options.logger ?? consoleLogger;
  }

  /**
   * The configuration in force: config.json with the roster as changed in chat (`/lid`).
   * Worked out again only when either changed.
   */
  get config(): Config {
    const key = JSON.stringify(this.store.db.roster);
    if (this.#current?.key !== key) {
      const members = currentRoster(this.#starting.members, this.store.db.roster);
      this.#current = { key, config: { ...this.#starting, members } };
    }
    return this.#current.config;
  }

  /** config.json as read at start or at the last reload, before the chat's roster changes. */
  get startingConfig(): Config {
    return this.#starting;
  }

  /** Takes a checked config.json in use (SIGHUP); the chat's roster changes stay before it. */
  reloadConfig(config: Config): void {
    this.#starting = config;
    this.#current = undefined;
  }

  #posted: PostedLog | undefined;

  /** The messages the bot posted that show an item or a member: `posted.jsonl` beside db.json. */
  get posted(): PostedLog {
    this.#posted ??= new PostedLog(join(dirname(this.store.path), 'posted.jsonl'));
    return this.#posted;
  }

  /** Takes an adapter; the messages the bot posts through it are kept (see store/posted.ts). */
  attach(adapter: ChatAdapter): void {
    this.#adapters.set(
      adapter.platform,
      recordingPort(adapter, (ref, message) => this.#keep(ref, message)),
    );
  }

  /** Keeps a message the bot posted or edited when it shows an item or a member; never fails the send. */
  async #keep(ref: MessageRef, message: RichMessage): Promise<void> {
    const shown = shownIn(message, this.config.members);
    if (shown.items.length === 0 && shown.members.length === 0) return;
    try {
      await this.posted.record({
        at: this.clock.now().toISOString(),
        ref: refToString(ref),
        ...shown,
        message,
      });
    } catch (error) {
      this.logger.error(`Could not keep message ${refToString(ref)} in posted.jsonl`, error);
    }
  }

  adapter(platform: Platform): ChatAdapter | undefined {
    return this.#adapters.get(platform);
  }

  adapters(): ChatAdapter[] {
    return [...this.#adapters.values()];
  }

  /** A message to one member in a direct conversation, on every platform that can; how many were sent. */
  async sendDirect(member: Member, content: RichMessage): Promise<number> {
    let sent = 0;
    for (const adapter of this.#adapters.values()) {
      const channel = await adapter.direct?.(member).catch((error: unknown) => {
        this.logger.error('A direct conversation could not be opened', error);
        return undefined;
      });
      if (channel && (await this.sendSafely(() => adapter.post(channel, content)))) sent++;
    }
    return sent;
  }

  /** The roster member a platform user is: the platform's adapter knows how it names people. */
  memberFor(platform: Platform, userId: string): Member | undefined {
    return this.#adapters.get(platform)?.memberOf(userId, this.config.members);
  }

  /** A channel as the config describes it (public or not), without asking who is in it. */
  channelInfo(platform: Platform, channelId: string): ChannelInfo {
    const adapter = this.#adapters.get(platform);
    const channels = this.config.channels;
    const key =
      adapter && Object.keys(channels).find((name) => adapter.channelOf(name, channels) === channelId);
    const open = key ? channels[key]!.public === true : true;
    return { id: channelId, key, public: open, open, outsiders: [] };
  }

  /** A channel with who is in it: public too when someone there, or the asker, may not read confidential content. */
  async audience(platform: Platform, channelId: string, asker?: string): Promise<ChannelInfo> {
    const base = this.channelInfo(platform, channelId);
    if (base.open) return base;
    const adapter = this.#adapters.get(platform);
    const access = await accessOf(adapter, channelId);
    const humans = await this.members.of(adapter, platform, channelId);
    const today = localDate(this.clock.now(), this.config.timezone);
    return audienceOf(base, access, humans, asker, (userId) => this.memberFor(platform, userId), today);
  }

  /**
   * Where an event happened, as a command sees it. A direct conversation with the bot is no
   * public channel: only the person and the bot are in it, so it shows what that person may read.
   */
  whereOf(event: ChatEvent): Promise<ChannelInfo> {
    const { platform, userId } = event.actor;
    if (!event.direct) return this.audience(platform, event.channel, userId);
    const today = localDate(this.clock.now(), this.config.timezone);
    const base: ChannelInfo = {
      id: event.channel,
      key: undefined,
      public: false,
      open: false,
      outsiders: [],
    };
    return Promise.resolve(
      audienceOf(base, undefined, new Set([userId]), userId, (id) => this.memberFor(platform, id), today),
    );
  }

  /** The platform's channel id of a configured channel, as its adapter names it. */
  platformChannel(platform: Platform, key: string): string | undefined {
    return this.#adapters.get(platform)?.channelOf(key, this.config.channels);
  }

  /** Answers in the thread the command was typed in, or else in its channel. */
  respondTo(event: CommandEvent, content: RichMessage): Promise<MessageRef | undefined> {
    const adapter = this.#adapters.get(event.actor.platform);
    if (!adapter) return Promise.resolve(undefined);
    return this.sendSafely(() =>
      event.thread ? adapter.reply(event.thread, content) : adapter.post(event.channel, content),
    );
  }

  /** Replies in the thread of a message the bot posted before (`slack:C0PANEL:1700…`), on its platform. */
  async replyTo(message: string | undefined, content: RichMessage): Promise<void> {
    await this.replyInThread(message, content);
  }

  /** The same, giving the reply's own reference (an action point's line). */
  async replyInThread(message: string | undefined, content: RichMessage): Promise<MessageRef | undefined> {
    const earlier = await this.#earlier(message, content);
    return earlier && (await this.sendSafely(() => earlier.adapter.reply(earlier.ref, content)));
  }

  /** Puts reactions under a message the bot posted before, on its platform, where it can. */
  async react(message: string | undefined, emojis: readonly string[]): Promise<void> {
    const ref = message ? parseRef(message) : undefined;
    const adapter = ref ? this.#adapters.get(ref.platform) : undefined;
    if (!ref || !adapter?.react) return;
    for (const emoji of emojis) await this.sendSafely(() => adapter.react!(ref, emoji));
  }

  /** Replaces a message the bot posted before, on its platform. */
  async update(message: string | undefined, content: RichMessage): Promise<void> {
    const earlier = await this.#earlier(message, content);
    if (earlier) await this.sendSafely(() => earlier.adapter.update(earlier.ref, content));
  }

  /**
   * A message the bot posted before and its platform's adapter, when this content may go
   * there. Confidential content, in a channel where someone may not read it, is held back
   * (see mayCarry).
   */
  async #earlier(
    message: string | undefined,
    content: RichMessage,
  ): Promise<{ ref: MessageRef; adapter: ChatAdapter } | undefined> {
    const ref = message ? parseRef(message) : undefined;
    const adapter = ref ? this.#adapters.get(ref.platform) : undefined;
    if (!ref || !adapter) return undefined;
    const audience = await this.audience(ref.platform, ref.channel);
    const today = localDate(this.clock.now(), this.config.timezone);
    if (mayCarry(audience, this.store.db, today, content)) return { ref, adapter };
    this.logger.info(
      `A message for ${refToString(ref)} was held back: someone there may not read confidential content`,
    );
    return undefined;
  }

  /** Runs a send; a failure is logged and never undoes the stored change it reports. */
  async sendSafely<T>(send: () => Promise<T>): Promise<T | undefined> {
    try {
      // Nothing is said about a change (even another command's) before it is on disk.
      await this.store.written();
      return await send();
    } catch (error) {
      this.logger.error('A message could not be sent', error);
      return undefined;
    }
  }
}
