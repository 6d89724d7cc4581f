// @ts-nocheck
import { messages } from '../i18n/messages.ts';
import type { ChatEvent, CommandEvent, MessageRef } from '../port/events.ts';
import { message, paragraph, type RichMessage } from '../port/rich-message.ts';
import type { Config } from '../setup/config.ts';
import { formatDateTime } from '../time/time.ts';

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
