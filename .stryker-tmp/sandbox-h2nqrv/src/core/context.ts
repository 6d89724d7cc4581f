// @ts-nocheck
import { dirname } from 'node:path';
import { type Budget, budgetFromSums, budgetShare } from '../domain/budget.ts';
import { forgetInAuditEntry, forgetInText } from '../domain/forget-copies.ts';
import type { Lang } from '../i18n/lang.ts';
import { type Messages, messages } from '../i18n/messages.ts';
import { type TakenBack, takeBack } from '../kit/take-back.ts';
import { budgetAgreement, termsOfYear } from '../kit/terms.ts';
import {
  type ChatEvent,
  type CommandEvent,
  type MessageEvent,
  type MessageRef,
  normalizeEmoji,
  parseRef,
  type ReactionEvent,
  refToString,
} from '../port/events.ts';
import type { ChatFile } from '../port/port.ts';
import { forgetInMessage, type Person } from '../port/posted-messages.ts';
import type { RichMessage } from '../port/rich-message.ts';
import type { RenderScope } from '../render/render-scope.ts';
import type { Config, Member } from '../setup/config.ts';
import type { AuditEntry } from '../store/audit.ts';
import { forgetInCopies } from '../store/forget-files.ts';
import { rememberEvent } from '../store/handled-events.ts';
import type { Db, ItemCollection } from '../store/schema.ts';
import { localDate, localYear } from '../time/time.ts';
import type { Bot } from './bot.ts';
import type {
  ActionContext,
  AuditAction,
  ChannelInfo,
  CommandContext,
  CommandSpec,
  DigestPart,
  ItemsSpec,
  ReactionContext,
  ReplyContext,
  SubcommandSpec,
} from './command.ts';
import { UserError } from './errors.ts';
import { usageOf } from './registry.ts';

/** The actor of an audit entry that must not name who acted (a secret ballot). */
const ANONYMOUS = 'anoniem';

interface ContextParts<E extends ChatEvent> {
  readonly bot: Bot;
  readonly event: E;
  readonly eventKey: string;
  readonly member: Member | undefined;
  readonly channel: ChannelInfo;
  readonly lang: Lang;
}

/** The part of a handler's context shared by commands and reactions. */
class BaseContext<E extends ChatEvent> implements ActionContext {
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
  protected readonly bot: Bot;
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

  get clock() {
    return this.bot.clock;
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
    const { anonymous, ...what } = typeof action === 'string' ? { action, anonymous: undefined } : action;
    const actor = anonymous ? ANONYMOUS : this.actor.id;
    const source = this.event.message && !anonymous ? refToString(this.event.message) : undefined;
    const eventKey = this.#eventKey;
    const at = this.now.toISOString();
    return [
      (db) => {
        const result = change(db);
        if (!anonymous) rememberEvent(db, eventKey, at);
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

/** The context of one command run. */
export class RunContext extends BaseContext<CommandEvent> implements CommandContext {
  readonly usage: string;
  readonly threadItemId: string | undefined;

  constructor(
    parts: ContextParts<CommandEvent> & { readonly command: CommandSpec; readonly sub: SubcommandSpec },
  ) {
    super(parts);
    this.usage = usageOf(parts.command, parts.sub, parts.lang);
    const thread = parts.event.thread;
    this.threadItemId = thread ? parts.bot.store.itemByMessage(refToString(thread))?.id : undefined;
  }

  respond(content: RichMessage): Promise<MessageRef | undefined> {
    return this.bot.respondTo(this.event, content);
  }

  async respondInThread(thread: string | undefined, content: RichMessage): Promise<MessageRef | undefined> {
    const ref = thread ? parseRef(thread) : undefined;
    if (!ref || ref.platform !== this.event.actor.platform) return this.respond(content);
    return this.bot.replyInThread(thread, content);
  }

  announce(content: RichMessage): Promise<MessageRef | undefined> {
    const adapter = this.bot.adapter(this.event.actor.platform);
    if (!adapter) return Promise.resolve(undefined);
    return this.bot.sendSafely(() => adapter.post(this.event.channel, content));
  }

  async respondWithFile(
    file: ChatFile,
    comment: RichMessage,
    fallback: RichMessage,
  ): Promise<MessageRef | undefined> {
    const adapter = this.bot.adapter(this.event.actor.platform);
    if (!adapter?.upload) return this.respond(fallback);
    return this.bot.sendSafely(() => adapter.upload!(this.event.channel, file, comment, this.event.thread));
  }

  async respondPrivately(content: RichMessage): Promise<void> {
    const adapter = this.bot.adapter(this.event.actor.platform);
    if (adapter?.notice) {
      await this.bot.sendSafely(() =>
        adapter.notice!(this.event.channel, this.event.actor.userId, content, this.event.thread),
      );
    } else {
      await this.respond(content);
    }
  }

  digestParts(forPublic: boolean): readonly DigestPart[] {
    return digestParts(this.bot.registry.commands, this, forPublic);
  }

  get audit() {
    const store = this.bot.store;
    return {
      count: (actor: string) => store.auditCount(actor),
      forget: (person: Person, label: string) =>
        store.rewriteAudit(
          (entry) => forgetInAuditEntry(entry, person, label),
          (damaged) => forgetInText(replaceInDamaged(damaged, person.id, label), person, label),
        ),
      forgetInCopies: async (person: Person, label: string) => {
        await store.idle();
        await forgetInCopies(dirname(store.path), person, label);
      },
      replaceBackups: () => store.replaceBackups(),
    };
  }

  get posted() {
    const posted = this.bot.posted;
    return {
      naming: (id: string) => posted.showing({ member: id }),
      edit: (ref: string, content: RichMessage) => this.bot.update(ref, content),
      forget: (person: Person, label: string) =>
        posted.rewrite((kept) => ({
          ...kept,
          members: kept.members.filter((member) => member.id !== person.id),
          message: forgetInMessage(kept.message, person, label),
        })),
    };
  }
}

/** The context of one reaction. */
export class ReactionRunContext extends BaseContext<ReactionEvent> implements ReactionContext {
  readonly emoji: string;

  constructor(parts: ContextParts<ReactionEvent>) {
    super(parts);
    this.emoji = normalizeEmoji(parts.event.emoji);
  }

  replyTo(message: string | undefined, content: RichMessage): Promise<void> {
    return this.bot.replyTo(message, content);
  }
}

/** The context of one reply in the thread of a command's item. */
export class ReplyRunContext extends BaseContext<MessageEvent> implements ReplyContext {
  readonly text: string;

  constructor(parts: ContextParts<MessageEvent>) {
    super(parts);
    this.text = parts.event.text.trim();
  }

  replyTo(message: string | undefined, content: RichMessage): Promise<void> {
    return this.bot.replyTo(message, content);
  }

  async respondPrivately(content: RichMessage): Promise<void> {
    const { actor, channel, thread } = this.event;
    const adapter = this.bot.adapter(actor.platform);
    if (adapter?.notice) {
      await this.bot.sendSafely(() => adapter.notice!(channel, actor.userId, content, thread));
    } else if (adapter && thread) {
      await this.bot.sendSafely(() => adapter.reply(thread, content));
    }
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

/** A torn audit line: the id as a JSON string is replaced, and a tail that begins it is cut. */
function replaceInDamaged(text: string, from: string, to: string): string {
  const replaced = text.replaceAll(JSON.stringify(from), JSON.stringify(to));
  const tail = /"([^"]*)$/.exec(replaced);
  return tail && tail[1]!.length > 0 && from.startsWith(tail[1]!) ? replaced.slice(0, tail.index) : replaced;
}
