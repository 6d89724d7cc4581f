// @ts-nocheck
import { messages } from '../i18n/messages.ts';
import { findItem } from '../kit/items.ts';
import type { EditEvent, ReactionEvent, RedactionEvent } from '../port/events.ts';
import { parseRef, refToString } from '../port/events.ts';
import { message, paragraph } from '../port/rich-message.ts';
import { rememberEvent } from '../store/handled-events.ts';
import type { Bot } from './bot.ts';

/**
 * What happens to a message after it was sent: an edit of a command, and the removal
 * (redaction) of a reaction. Neither is a new command.
 */

/**
 * An edited command (the bot drops edits of other messages) is not run again: what was done, was done with the text as first
 * sent. The bot says so once, in the thread of the edited message, and remembers that
 * it did, across restarts.
 */
export async function answerEdit(bot: Bot, event: EditEvent, key: string): Promise<void> {
  const adapter = bot.adapter(event.actor.platform);
  if (!adapter) return;
  const t = messages[bot.config.language];
  const at = bot.clock.now().toISOString();
  await bot.store.transact(
    (db) => rememberEvent(db, key, at),
    () => [],
  );
  await bot.sendSafely(() => adapter.reply(event.thread ?? event.original, message(paragraph(t.editNotRun))));
}

/**
 * The reaction a redaction takes away, when the bot stored it with an item, and only
 * when the redaction comes from the member who gave it: a moderator removing someone's
 * ✅ does not undo that person's approval.
 */
export function reactionOfRedaction(bot: Bot, event: RedactionEvent): ReactionEvent | undefined {
  const redacted = refToString(event.redacts);
  for (const command of bot.registry.commands) {
    const stored = command.reactions?.findReaction?.(bot.store.db, redacted);
    if (!stored) continue;
    const member = bot.memberFor(event.actor.platform, event.actor.userId);
    if (member?.id !== stored.by) return undefined;
    const item = findItem(bot.store.db, stored.itemId);
    const target = item?.message ? parseRef(item.message) : undefined;
    if (!target) return undefined;
    return {
      kind: 'reaction',
      eventId: event.eventId,
      actor: event.actor,
      channel: event.channel,
      emoji: stored.emoji,
      added: false,
      target,
      ...(event.message ? { message: event.message } : {}),
    };
  }
  return undefined;
}
