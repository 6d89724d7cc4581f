import { type Budget, budgetFromSums, budgetShare } from '../domain/budget.ts';
import type { Lang } from '../i18n/lang.ts';
import { type Messages, messages } from '../i18n/messages.ts';
import { type TakenBack, takeBack } from '../kit/take-back.ts';
import { budgetAgreement, termsOfYear } from '../kit/terms.ts';
import { type ChatEvent, type MessageRef, refToString } from '../port/events.ts';
import type { RichMessage } from '../port/rich-message.ts';
import type { RenderScope } from '../render/render-scope.ts';
import type { Config, Member } from '../setup/config.ts';
import type { AuditEntry } from '../store/audit.ts';
import { rememberEvent } from '../store/handled-events.ts';
import type { Db, ItemCollection } from '../store/schema.ts';
import { localDate, localYear } from '../time/time.ts';
import type { ChannelInfo } from './audience.ts';
import type { CommandSpec } from './command.ts';
import { UserError } from './errors.ts';
import type { ActionContext, AuditAction, DigestPart, ItemsSpec } from './handler-context.ts';
import type { Messenger } from './messenger.ts';

/**
 * What a handler's context uses of the running bot (src/core/bot.ts's `Bot` has it): its
 * outgoing side, the commands, their memory, and writing a change in turn with the events.
 */
export interface ContextHost
  extends Pick<
    Messenger,
    | 'config'
    | 'startingConfig'
    | 'clock'
    | 'store'
    | 'logger'
    | 'posted'
    | 'adapter'
    | 'audience'
    | 'platformChannel'
    | 'sendSafely'
    | 'sendDirect'
    | 'respondTo'
    | 'replyTo'
    | 'replyInThread'
    | 'react'
    | 'update'
  > {
  readonly registry: { readonly commands: readonly CommandSpec[] };
  readonly memory: Map<string, unknown>;
  transact<T>(change: (db: Db) => T, audit: (result: T) => AuditEntry[]): Promise<T>;
}

export interface ContextParts<E extends ChatEvent> {
  readonly bot: ContextHost;
  readonly event: E;
  readonly eventKey: string;
  readonly member: Member | undefined;
  readonly channel: ChannelInfo;
  readonly lang: Lang;
}

/** The part of a handler's context shared by commands and reactions. */
export class BaseContext<E extends ChatEvent> implements ActionContext {
  readonly lang: Lang;
  readonly t: Messages;
  readonly config: Config;
  readonly startingMembers: readonly Member[];
  readonly event: E;
  readonly member: Member | undefined;
  readonly channel: ChannelInfo;
  readonly now: Date;
  readonly today: string;
  readonly year: number;
  protected readonly bot: ContextHost;
  readonly #eventKey: string;

  constructor(parts: ContextParts<E>) {
    this.bot = parts.bot;
    this.#eventKey = parts.eventKey;
    this.lang = parts.lang;
    this.t = messages[parts.lang];
    this.config = parts.bot.config;
    this.startingMembers = parts.bot.startingConfig.members;
    this.event = parts.event;
    this.member = parts.member;
    this.channel = parts.channel;
    this.now = parts.bot.clock.now();
    this.today = localDate(this.now, this.config.timezone);
    this.year = localYear(this.now, this.config.timezone);
  }

  get unseen(): boolean {
    return this.event.direct === true || this.event.unseen === true;
  }

  get memory(): Map<string, unknown> {
    return this.bot.memory;
  }

  sendDirect(member: Member, content: RichMessage): Promise<number> {
    return this.bot.sendDirect(member, content);
  }

  get db(): Db {
    return this.bot.store.db;
  }

  get actor(): Member {
    if (!this.member) throw new UserError(this.t.notInRoster, { refusal: true });
    return this.member;
  }

  fail(text: string): never {
    throw new UserError(text);
  }

  refuse(text: string): never {
    throw new UserError(text, { refusal: true });
  }

  nameOf(memberId: string): string {
    return this.config.members.find((member) => member.id === memberId)?.name ?? memberId;
  }

  item<K extends ItemCollection>(collection: K, id: string): Db[K][number] | undefined {
    return this.bot.store.item(collection, id);
  }

  budget(year: number): Budget {
    const source = termsOfYear(this, year);
    return budgetFromSums(
      year,
      source.terms.caps,
      this.bot.store.tally('budget', 'expenses', budgetShare),
      budgetAgreement(source),
    );
  }

  transact<T>(
    action: AuditAction,
    change: (db: Db) => T,
    target: (result: T) => string | undefined,
  ): Promise<T> {
    return this.bot.transact(...this.#audited(action, change, target));
  }

  transactAsBot<T>(
    action: string,
    change: (db: Db) => T,
    target: (result: T) => string | undefined,
  ): Promise<T> {
    const at = this.now.toISOString();
    return this.bot.transact(change, (result) => {
      const id = target(result);
      return [{ at, actor: 'bot', action, ...(id ? { target: id } : {}) }];
    });
  }

  recordAfterReply(action: AuditAction, change: (db: Db) => void, target: string): void {
    const [apply, audit] = this.#audited(action, change, () => target);
    this.bot.store.transact(apply, audit).catch((error: unknown) => {
      this.bot.logger.error(
        `Could not save ${typeof action === 'string' ? action : action.action} of ${target}`,
        error,
      );
    });
  }

  /** The change with this event remembered in it, and its audit entry. */
  #audited<T>(
    action: AuditAction,
    change: (db: Db) => T,
    target: (result: T) => string | undefined,
  ): [(db: Db) => T, (result: T) => AuditEntry[]] {
    const what = typeof action === 'string' ? { action } : action;
    const actor = this.actor.id;
    const source = this.event.message ? refToString(this.event.message) : undefined;
    const eventKey = this.#eventKey;
    const at = this.now.toISOString();
    return [
      (db) => {
        const result = change(db);
        rememberEvent(db, eventKey, at);
        return result;
      },
      (result) => {
        const id = target(result);
        return [{ at, actor, ...what, ...(id ? { target: id } : {}), ...(source ? { source } : {}) }];
      },
    ];
  }

  publish(channelKey: string, content: RichMessage): Promise<MessageRef | undefined> {
    const platform = this.event.actor.platform;
    const channel = this.bot.platformChannel(platform, channelKey);
    const adapter = this.bot.adapter(platform);
    if (!channel || !adapter) return Promise.resolve(undefined);
    return this.bot.sendSafely(() => adapter.post(channel, content));
  }

  hasChannel(channelKey: string): boolean {
    return this.bot.platformChannel(this.event.actor.platform, channelKey) !== undefined;
  }

  update(message: string | undefined, content: RichMessage): Promise<void> {
    return this.bot.update(message, content);
  }

  itemKinds(): readonly ItemsSpec[] {
    return this.bot.registry.commands.flatMap((command) => (command.items ? [command.items] : []));
  }

  react(message: string | undefined, emojis: readonly string[]): Promise<void> {
    return this.bot.react(message, emojis);
  }

  async amendPublished(message: string, content: RichMessage, changes: RichMessage): Promise<void> {
    await this.bot.update(message, content);
    await this.bot.replyTo(message, changes);
  }

  takeBack(what: TakenBack): Promise<number> {
    return takeBack(this.bot, what);
  }
}

/** The sections the commands add to the weekly digest, those with lines only. */
export function digestParts(
  commands: readonly CommandSpec[],
  scope: RenderScope,
  forPublic: boolean,
): DigestPart[] {
  return commands.flatMap((command) => {
    const part = command.digest?.(scope, forPublic);
    return part && part.lines.length > 0 ? [part] : [];
  });
}
