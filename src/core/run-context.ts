import {
  type CommandEvent,
  type MessageEvent,
  type MessageRef,
  normalizeEmoji,
  parseRef,
  type ReactionEvent,
  refToString,
} from '../port/events.ts';
import type { ChatFile } from '../port/port.ts';
import type { Person } from '../port/posted-messages.ts';
import type { RichMessage } from '../port/rich-message.ts';
import type { PostedMessage } from '../store/posted.ts';
import type { CommandSpec, SubcommandSpec } from './command.ts';
import { BaseContext, type ContextParts, digestParts } from './context.ts';
import type { CommandContext, DigestPart, ReactionContext, ReplyContext } from './handler-context.ts';
import { forgetInTrails } from './member-trails.ts';
import { usageOf } from './registry.ts';

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

  auditEntriesBy(memberId: string): Promise<number> {
    return this.bot.store.auditCount(memberId);
  }

  messagesNaming(memberId: string): Promise<PostedMessage[]> {
    return this.bot.posted.showing({ member: memberId });
  }

  forgetInTrails(person: Person, label: string): Promise<void> {
    return forgetInTrails(this.bot, person, label);
  }

  replaceCopies(): Promise<void> {
    return this.bot.store.replaceBackups();
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
