import type { Bot } from './bot.ts';
import type { ChannelInfo, CommandContext, SubcommandSpec } from './command.ts';
import type { Config, Member } from './config.ts';
import { UserError } from './errors.ts';
import { type CommandEvent, type MessageRef, parseRef, refToString } from './events.ts';
import type { Lang } from './i18n/lang.ts';
import { type Messages, messages } from './i18n/messages.ts';
import { findItemByMessage } from './items.ts';
import type { RichMessage } from './rich-message.ts';
import type { Db } from './store/schema.ts';
import { localDate, localYear } from './time.ts';

/** Events remembered in the store, so a redelivery after a restart changes nothing. */
const STORED_EVENTS = 1_000;

interface RunContextParts {
  readonly bot: Bot;
  readonly event: CommandEvent;
  readonly eventKey: string;
  readonly member: Member | undefined;
  readonly channel: ChannelInfo;
  readonly sub: SubcommandSpec;
  readonly lang: Lang;
}

/** The `CommandContext` of one command run. */
export class RunContext implements CommandContext {
  readonly lang: Lang;
  readonly t: Messages;
  readonly config: Config;
  readonly event: CommandEvent;
  readonly member: Member | undefined;
  readonly channel: ChannelInfo;
  readonly usage: string;
  readonly now: Date;
  readonly today: string;
  readonly year: number;
  readonly threadItemId: string | undefined;
  readonly #bot: Bot;
  readonly #eventKey: string;

  constructor(parts: RunContextParts) {
    this.#bot = parts.bot;
    this.#eventKey = parts.eventKey;
    this.lang = parts.lang;
    this.t = messages[parts.lang];
    this.config = parts.bot.config;
    this.event = parts.event;
    this.member = parts.member;
    this.channel = parts.channel;
    this.usage = parts.sub.usage[parts.lang];
    this.now = parts.bot.clock.now();
    this.today = localDate(this.now, this.config.timezone);
    this.year = localYear(this.now, this.config.timezone);
    const thread = parts.event.thread;
    this.threadItemId = thread ? findItemByMessage(parts.bot.store.db, refToString(thread))?.id : undefined;
  }

  get clock() {
    return this.#bot.clock;
  }

  get db(): Db {
    return this.#bot.store.db;
  }

  get actor(): Member {
    if (!this.member) throw new UserError(this.t.notInRoster);
    return this.member;
  }

  fail(text: string): never {
    throw new UserError(text);
  }

  nameOf(memberId: string): string {
    return this.config.members.find((member) => member.id === memberId)?.name ?? memberId;
  }

  transact<T>(action: string, change: (db: Db) => T, target: (result: T) => string | undefined): Promise<T> {
    const actor = this.actor.id;
    const source = this.event.message ? refToString(this.event.message) : undefined;
    const eventKey = this.#eventKey;
    return this.#bot.store.transact(
      (db) => {
        const result = change(db);
        if (!db.processedEvents.includes(eventKey)) db.processedEvents.push(eventKey);
        if (db.processedEvents.length > STORED_EVENTS)
          db.processedEvents.splice(0, db.processedEvents.length - STORED_EVENTS);
        return result;
      },
      (result) => [
        {
          at: this.now.toISOString(),
          actor,
          action,
          ...(target(result) ? { target: target(result) } : {}),
          ...(source ? { source } : {}),
        },
      ],
    );
  }

  respond(content: RichMessage): Promise<MessageRef | undefined> {
    return this.#bot.respondTo(this.event, content);
  }

  announce(content: RichMessage): Promise<MessageRef | undefined> {
    const adapter = this.#bot.adapter(this.event.actor.platform);
    if (!adapter) return Promise.resolve(undefined);
    return this.#bot.sendSafely(() => adapter.post(this.event.channel, content));
  }

  async replyTo(message: string | undefined, content: RichMessage): Promise<void> {
    const ref = message ? parseRef(message) : undefined;
    const adapter = ref ? this.#bot.adapter(ref.platform) : undefined;
    if (ref && adapter) await this.#bot.sendSafely(() => adapter.reply(ref, content));
  }

  async update(message: string | undefined, content: RichMessage): Promise<void> {
    const ref = message ? parseRef(message) : undefined;
    const adapter = ref ? this.#bot.adapter(ref.platform) : undefined;
    if (ref && adapter) await this.#bot.sendSafely(() => adapter.update(ref, content));
  }
}
