import type { Allowed } from '../domain/roles.ts';
import type { Localized } from '../i18n/lang.ts';
import type { Args } from '../parse/args.ts';
import type { CommandForm } from '../parse/form.ts';
import type { RenderScope } from '../render/render-scope.ts';
import type { Db } from '../store/schema.ts';
import type {
  CommandContext,
  DigestPart,
  ItemsSpec,
  ReactionContext,
  ReplyContext,
  ScheduledContext,
} from './handler-context.ts';

/** What handlers get (src/parse/args.ts, handler-context.ts), for the commands in one place. */
export { Args } from '../parse/args.ts';
export type {
  ActionContext,
  AuditAction,
  CommandContext,
  DigestPart,
  ItemsSpec,
  ReactionContext,
  ReplyContext,
  ScheduledContext,
} from './handler-context.ts';

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

/** A job the scheduler runs on every tick; it decides itself whether something is due. */
export interface ScheduledJob {
  readonly name: string;
  run(context: ScheduledContext): Promise<void>;
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
