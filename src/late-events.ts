import type { Config } from './config.ts';
import type { ChatEvent, CommandEvent, MessageRef } from './events.ts';
import { messages } from './i18n/messages.ts';
import { message, paragraph, type RichMessage } from './rich-message.ts';
import { formatDateTime } from './time.ts';

/**
 * Events handled late: Matrix messages that arrived while the bot was down are read at
 * the next start. A command that reaches the bot later than this is answered, not run:
 * much may have changed since it was typed.
 */
export const RUN_WITHIN_MS = 24 * 60 * 60 * 1000;

export function tooLate(event: ChatEvent, now: Date): boolean {
  return event.sentAt !== undefined && now.getTime() - event.sentAt.getTime() > RUN_WITHIN_MS;
}

/** Why a late command was not run, to be posted in the thread of the command itself. */
export function notRunAnswer(
  event: CommandEvent,
  config: Config,
): { where: MessageRef | undefined; answer: RichMessage } {
  const lang = config.language;
  const sent = formatDateTime(event.sentAt ?? new Date(0), config.timezone, lang);
  return {
    where: event.thread ?? event.message,
    answer: message(paragraph(messages[lang].notRunTooOld(sent, RUN_WITHIN_MS / 3_600_000))),
  };
}
