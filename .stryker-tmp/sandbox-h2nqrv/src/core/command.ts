// @ts-nocheck
import type { Budget } from '../domain/budget.ts';
import type { Allowed } from '../domain/roles.ts';
import type { Lang, Localized } from '../i18n/lang.ts';
import type { Messages } from '../i18n/messages.ts';
import type { TakenBack } from '../kit/take-back.ts';
import type { Kind } from '../parse/arguments.ts';
import type { CommandForm } from '../parse/form.ts';
import type { Token } from '../parse/tokens.ts';
import { joinTokens } from '../parse/tokens.ts';
import type { CommandEvent, MessageEvent, MessageRef, ReactionEvent } from '../port/events.ts';
import type { ChatFile } from '../port/port.ts';
import type { Person } from '../port/posted-messages.ts';
import type { RichMessage } from '../port/rich-message.ts';
import type { RenderScope } from '../render/render-scope.ts';
import type { Config, Member } from '../setup/config.ts';
import type { PostedMessage } from '../store/posted.ts';
import type { Db, ItemCollection } from '../store/schema.ts';
import type { Clock } from '../time/clock.ts';
import type { CalendarDate } from '../time/time.ts';
import type { Outsider } from './audience.ts';

/**
 * A command is a plain module that exports one `CommandSpec`: its name,
 * help and sub-commands with who may run them. `/help` is built from these.
 */
export interface CommandSpec {
  /** The Dutch name (`advies`); it works in every language. */
  readonly name: string;
  /** The English name (`advice`); it works in every language, and help shows it in English. */
  readonly en: string;
  readonly aliases?: readonly string[];
  readonly summary: Localized;
  readonly subcommands: readonly SubcommandSpec[];
  /** The kind of item this command keeps, when it keeps one (`ADV` in `adviceRequests`). */
  readonly items?: ItemsSpec;
  /**
   * What shows what this command holds, as the words after its name (`lijst alle`,
   * `markdown`; `''` for the command on its own). The confidentiality properties run every
   * one in public channels, with `items.show` for each item.
   */
  readonly reads?: readonly string[];
  /** Reactions on the messages of this command's items (`UIT` → ✅ approves); needs `items`. */
  readonly reactions?: ReactionSpec;
  /** Replies people type in the threads of this command's items (a vote: `2`); needs `items`. */
  readonly replies?: ReplySpec;
  /** Work the scheduler runs on every tick (the weekly digest, reminders). */
  readonly scheduled?: readonly ScheduledJob[];
  /** A form for platforms that have forms, shown when the command is typed without words. */
  readonly form?: CommandForm;
  /**
   * What this command adds to the weekly digest (open polls), rendered for a public channel
   * when `forPublic`: confidential content stays out, as everywhere in the digest.
   */
  digest?(scope: RenderScope, forPublic: boolean): DigestPart | undefined;
}

/** A section of the weekly digest that a command adds: a title and its lines (none: no section). */
export interface DigestPart {
  readonly title: string;
  readonly lines: readonly string[];
}

/** A job the scheduler runs on every tick; it decides itself whether something is due. */
export interface ScheduledJob {
  readonly name: string;
  run(context: ScheduledContext): Promise<void>;
}

/** What a scheduled job gets: the data, the clock, and ways to post as the bot. */
export interface ScheduledContext {
  readonly lang: Lang;
  readonly t: Messages;
  readonly config: Config;
  readonly db: Db;
  readonly now: Date;
  readonly today: CalendarDate;
  readonly year: number;
  nameOf(memberId: string): string;
  /** Applies a change as the bot, durably, with an audit entry naming `target`; the store finds what it altered. */
  transact<T>(
    action: string,
    change: (db: Db) => T,
    target?: (result: T) => string | readonly string[] | undefined,
  ): Promise<T>;
  /** The commands' state that lives as long as the running bot and is never stored (as in `ActionContext`). */
  readonly memory: Map<string, unknown>;
  /** Sends a member a message in a direct conversation, on every platform where they have an id; how many. */
  sendDirect(member: Member, content: RichMessage): Promise<number>;
  /** Writes the store in full and replaces its kept copies, so a value taken out is gone from every copy. */
  replaceCopies(): Promise<void>;
  /**
   * Replaces the earlier and later values in the audit entries about these items (after the
   * retention period), and keeps no more of the bot's own messages that showed them.
   */
  eraseAuditValues(targets: readonly string[], erased: string): Promise<void>;
  /** Posts in a configured channel on every connected platform that has it. */
  broadcast(channelKey: string, content: (forPublic: boolean) => RichMessage): Promise<void>;
  /** Posts in the thread of a message the bot posted before. */
  replyTo(message: string | undefined, content: RichMessage): Promise<void>;
  /** Replaces a message the bot posted before (an item's announcement, when it changed). */
  update(message: string | undefined, content: RichMessage): Promise<void>;
  /** The sections the commands add to the weekly digest (`CommandSpec.digest`). */
  digestParts(forPublic: boolean): readonly DigestPart[];
}

/**
 * The items a command keeps. The registry refuses at start a prefix that is not two or
 * three capital letters (the id grammar, `ADV-2026-001`), is declared twice, or is not the
 * store's prefix of that collection (`ITEM_COLLECTIONS` in src/store/schema.ts).
 */
export interface ItemsSpec {
  /** Its id prefix and what one is called (`ADV`, adviesverzoek). */
  readonly kind: Kind;
  /** Where the store keeps them. */
  readonly collection: ItemCollection;
  /** What they are called together, as a label (`Adviesverzoeken`, `Advice requests`): `/privacy inzage` shows it. */
  readonly plural: Localized;
  /** The sub-command that shows one by its id (`toon`), if there is one. */
  readonly show?: string;
}

export interface ReactionSpec {
  handle(context: ReactionContext, itemId: string): Promise<void>;
  /**
   * The reaction stored with an item under this platform message id (`matrix:!room:$ev`):
   * which item, which emoji and who gave it. Lets a removal be understood after a restart.
   */
  findReaction?(db: Db, reaction: string): StoredReaction | undefined;
}

/**
 * The messages a command handles in the threads of its own items. Every other message in
 * a thread is the members' own conversation: the core drops it at once, unread and
 * unstored, so `accepts` must be a quick look at the text alone.
 */
export interface ReplySpec {
  /** Whether a reply is for the bot (`2` in a poll's thread); if not, it is dropped unseen. */
  accepts(text: string): boolean;
  handle(context: ReplyContext, itemId: string): Promise<void>;
}

export interface StoredReaction {
  readonly itemId: string;
  readonly emoji: string;
  /** The member who gave the reaction: only they can take it away. */
  readonly by: string;
}

export interface SubcommandSpec {
  /** The word after the command (`nieuw`); '' for the command on its own (`/besluit <tekst>`). */
  readonly name: string;
  /**
   * The English word (`new`); needed for every named sub-command. Both work in every
   * language; help and usage lines show the one of the panel's language.
   */
  readonly en?: string;
  readonly aliases?: readonly string[];
  /** How to use it; a leading `/<command> <sub-command>` is shown in the panel's language. */
  readonly usage: Localized;
  readonly summary: Localized;
  readonly allowed: Allowed;
  /** Who may, in words, when the handler narrows `allowed` further (the announcer, an approver). */
  readonly who?: Localized;
  /** About personal data (privacy): refused in public channels with that reason. */
  readonly personal?: boolean;
  /** Whether it changes data: then it is refused to strangers and in public channels. */
  readonly changes: boolean;
  /** `key:value` options it takes. */
  readonly options?: readonly string[];
  /** For the command's own entry (`name: ''`): also runs when nothing follows (`/digest`). */
  readonly bare?: boolean;
  /**
   * The most words it takes (an id, a year, a filter), for sub-commands without free
   * text: more are refused instead of ignored. Unset: the rest is free text.
   */
  readonly maxWords?: number;
  /** Bare words that switch something on (`vertrouwelijk`). */
  readonly flags?: readonly string[];
  run(context: CommandContext, args: Args): Promise<void>;
}

export interface ChannelInfo {
  /** The platform's channel id. */
  readonly id: string;
  /** The key in the config's `channels`, when the channel is configured. */
  readonly key: string | undefined;
  /**
   * Whether confidential content stays out (only counted): in a public channel, and in one
   * where someone (or the asker) may not read it (afspraak 7c). Unknown channels count as public.
   */
  readonly public: boolean;
  /** Public by the config (or unknown): nothing is changed here. */
  readonly open: boolean;
  /** The people here who may not read confidential content. */
  readonly outsiders: readonly Outsider[];
  /** Set when the platform could not say who is in the channel. */
  readonly membersUnknown?: boolean;
  /** Set when the channel's own settings let anyone join or read it (whatever the config says). */
  readonly openToAnyone?: boolean;
}

/**
 * What an audit entry says about a change: its action (`advies.titel`), and for a
 * correction the value before and after.
 */
export type AuditAction =
  | string
  | {
      readonly action: string;
      readonly before?: string;
      readonly after?: string;
      readonly detail?: string;
      /**
       * The change must not be linked to who made it (a secret ballot): its audit entry
       * names no member and no chat message, and the event's id is not kept with it.
       */
      readonly anonymous?: true;
    };

/** What every handler gets to work with, for a command or a reaction. */
export interface ActionContext {
  readonly lang: Lang;
  readonly t: Messages;
  readonly config: Config;
  /** config.json's members: the starting roster, before the changes made in chat (`/lid`). */
  readonly startingMembers: readonly Member[];
  readonly clock: Clock;
  readonly db: Db;
  readonly member: Member | undefined;
  readonly channel: ChannelInfo;
  readonly now: Date;
  readonly today: CalendarDate;
  readonly year: number;
  /** The member who acts; refuses people not in the roster. */
  readonly actor: Member;
  /** Nobody but the bot saw what was typed: a direct conversation, or a Slack slash command. */
  readonly unseen: boolean;
  /**
   * State that lives as long as the running bot and is never written anywhere, keyed by
   * the command's name: for what must not reach the disk yet (evaluation answers waiting
   * to be stored together, so nobody can tell whose is whose).
   */
  readonly memory: Map<string, unknown>;
  /** Sends a member a message in a direct conversation, on every platform where they have an id; how many. */
  sendDirect(member: Member, content: RichMessage): Promise<number>;
  /** Refuses with a sentence for the user; nothing has been changed. */
  fail(text: string): never;
  /**
   * The same, for who the person is (only the announcer, only an approver): the answer
   * carries the refusal marker the permission table checks.
   */
  refuse(text: string): never;
  /**
   * Applies a change, durably, with an audit entry naming `target`; the reply comes
   * after. The store itself finds every item the change created or altered.
   */
  transact<T>(
    action: AuditAction,
    change: (db: Db) => T,
    target: (result: T) => string | undefined,
  ): Promise<T>;
  /**
   * Applies a change as the bot: the audit entry names no member and no message, and the
   * event is not remembered. Only for what must never be linked to the member who caused
   * it (the yearly evaluation's answers).
   */
  transactAsBot<T>(
    action: string,
    change: (db: Db) => T,
    target: (result: T) => string | undefined,
  ): Promise<T>;
  /**
   * Records what a reply just did (the id of the message it posted): the change is
   * applied at once and written with the next write, without waiting for the disk. Only
   * for such bookkeeping; a change the reply reports goes through `transact`. A failed
   * write is undone and logged.
   */
  recordAfterReply(action: AuditAction, change: (db: Db) => void, target: string): void;
  /** Posts a new top-level message in another channel of this platform, by its config key. */
  publish(channelKey: string, content: RichMessage): Promise<MessageRef | undefined>;
  /** Whether a configured channel can be reached on this platform. */
  hasChannel(channelKey: string): boolean;
  /** Replaces a message the bot posted before. */
  update(message: string | undefined, content: RichMessage): Promise<void>;
  /**
   * Edits a message published in another channel (a public report) and says in its
   * thread what changed, so readers of the first version see the correction.
   */
  amendPublished(message: string, content: RichMessage, changes: RichMessage): Promise<void>;
  /**
   * After something became confidential: edits every message the bot posted that showed
   * it where someone may not read it (see take-back.ts); says how many.
   */
  takeBack(what: TakenBack): Promise<number>;
  /** The display name of a member id. */
  nameOf(memberId: string): string;
  /** The item of a collection with this id, from the store's index. */
  item<K extends ItemCollection>(collection: K, id: string): Db[K][number] | undefined;
  /** A year's budget, kept by the store until an expense changes. */
  budget(year: number): Budget;
  /** The kinds of item the commands keep, as they declare them (`CommandSpec.items`). */
  itemKinds(): readonly ItemsSpec[];
  /** Puts reactions (`1️⃣`, `2️⃣`) under a message the bot posted, where the platform can. */
  react(message: string | undefined, emojis: readonly string[]): Promise<void>;
}

/**
 * What a sub-command's handler gets to work with. One answer per action: a command says
 * at most one new thing (`respond` where it was typed, or `announce` a new item), besides
 * updating the message of the item it changed. It cannot post in other threads.
 */
export interface CommandContext extends ActionContext {
  readonly event: CommandEvent;
  /** This sub-command's usage line in the user's language. */
  readonly usage: string;
  /** The id of the item whose thread the command was typed in. */
  readonly threadItemId: string | undefined;
  /** Answers where the command was typed: in its thread, or in the channel. */
  respond(message: RichMessage): Promise<MessageRef | undefined>;
  /** Posts a new top-level message in this channel; it becomes an item's thread. */
  announce(message: RichMessage): Promise<MessageRef | undefined>;
  /**
   * The answer as a new line in the thread of an item on this platform (an action point in
   * its meeting's thread); where there is no such thread, like `respond`.
   */
  respondInThread(thread: string | undefined, message: RichMessage): Promise<MessageRef | undefined>;
  /**
   * Answers with a file where the command was typed (the one answer), with `comment`
   * beside it; on a platform that cannot share files, with `fallback` instead.
   */
  respondWithFile(
    file: ChatFile,
    comment: RichMessage,
    fallback: RichMessage,
  ): Promise<MessageRef | undefined>;
  /** Answers only the person who typed it where the platform can (Slack); elsewhere like `respond`. */
  respondPrivately(message: RichMessage): Promise<void>;
  /** The sections the commands add to the weekly digest (`CommandSpec.digest`). */
  digestParts(forPublic: boolean): readonly DigestPart[];
  /** The audit trail and the other copies of the data: how often a member acted, and forgetting a member. */
  readonly audit: {
    count(actor: string): Promise<number>;
    /**
     * Replaces the member in every entry of every audit file (actor, target, and the
     * values before and after), torn lines included.
     */
    forget(person: Person, label: string): Promise<void>;
    /** Replaces the member in the copies the store does not keep itself (backups/, journals set aside). */
    forgetInCopies(person: Person, label: string): Promise<void>;
    /** Replaces the kept copies of the store by one of the store as it is now. */
    replaceBackups(): Promise<void>;
  };
  /**
   * The messages the bot posted that name this member, as they read now, and an edit of
   * one of them (in its channel, on its platform); afterwards the kept messages are
   * rewritten without the member.
   */
  readonly posted: {
    naming(id: string): Promise<PostedMessage[]>;
    edit(ref: string, content: RichMessage): Promise<void>;
    forget(person: Person, label: string): Promise<void>;
  };
}

/** What a reaction handler gets: the reaction, with ✅ / ❌ spelled one way. */
export interface ReactionContext extends ActionContext {
  readonly event: ReactionEvent;
  readonly emoji: string;
  /** Posts in the thread of a message the bot posted before (`shell:panel:3`): the reacted item's. */
  replyTo(message: string | undefined, content: RichMessage): Promise<void>;
}

/** What a reply handler gets: the reply typed in the thread of one of the command's items. */
export interface ReplyContext extends ActionContext {
  readonly event: MessageEvent;
  /** The text of the reply, trimmed. */
  readonly text: string;
  /** Posts in the thread of a message the bot posted before: the item's. */
  replyTo(message: string | undefined, content: RichMessage): Promise<void>;
  /** Answers only the person who replied where the platform can (Slack); elsewhere in the thread. */
  respondPrivately(content: RichMessage): Promise<void>;
}

/** The words, options and flags after the sub-command. */
export class Args {
  readonly words: readonly Token[];
  readonly options: ReadonlyMap<string, string>;
  readonly flags: ReadonlySet<string>;
  readonly #source: string;

  constructor(words: Token[], options: Map<string, string>, flags: Set<string>, source: string) {
    this.words = words;
    this.options = options;
    this.flags = flags;
    this.#source = source;
  }

  word(index: number): string | undefined {
    return this.words[index]?.value;
  }

  /** The words from `index` on as one text, with the user's own spacing. */
  rest(from = 0): string {
    return joinTokens(this.words.slice(from), this.#source);
  }

  /** The same without the word at `index` (a mark such as `vertrouwelijk`, taken out of the text). */
  without(index: number): Args {
    return new Args(
      this.words.filter((_, position) => position !== index) as Token[],
      new Map(this.options),
      new Set(this.flags),
      this.#source,
    );
  }

  /** Everything after the first `count` words. */
  after(count: number): Args {
    return new Args(
      this.words.slice(count) as Token[],
      new Map(this.options),
      new Set(this.flags),
      this.#source,
    );
  }
}
