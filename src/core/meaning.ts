import { cleanInput } from '../parse/tokens.ts';
import type { CommandEvent, EditEvent, MessageEvent, MessageRef } from '../port/events.ts';
import { refToString } from '../port/events.ts';
import type { Config } from '../setup/config.ts';
import type { Store } from '../store/store.ts';
import type { CommandSpec } from './command.ts';
import type { CommandRegistry } from './registry.ts';

/*
 * What a message people type is for the bot (docs/ARCHITECTURE.md, "One event"): a
 * command, a reply a command handles in the thread of one of its items, or nothing.
 */

/** A command's start: `/advies` or `!advies`. */
export const COMMAND_START = /^\s*[/!]([a-zA-Z][\w-]*)/;

/** What reading a message uses of the bot: the commands, the store's item index, the panel's language. */
export interface MeaningHost {
  readonly registry: CommandRegistry;
  readonly store: Pick<Store, 'itemByMessage'>;
  readonly config: Pick<Config, 'language'>;
}

/**
 * What a message is for the bot: a command (`/advies …`, `!advies …`, a mention of the
 * bot followed by a command; a near miss too, so the typo is answered), a reply in the
 * thread of an item whose command handles it, or nothing (undefined).
 */
export function meaningOf(bot: MeaningHost, event: MessageEvent): CommandEvent | MessageEvent | undefined {
  const line = commandLine(bot, event.text, event.addressed, true);
  if (line) {
    const { addressed: _, kind: __, ...rest } = event;
    return { ...rest, kind: 'command', text: line };
  }
  if (!event.thread || event.addressed) return undefined;
  const owner = replyOwner(bot, event.thread);
  return owner?.replies?.accepts(event.text.trim()) ? event : undefined;
}

/** An edit of a command (before or after the edit) is answered; any other edit is dropped like a message. */
export function editOfCommand(bot: MeaningHost, event: EditEvent): EditEvent | undefined {
  const texts = [event.text, ...(event.previous !== undefined ? [event.previous] : [])];
  return texts.some((text) => commandLine(bot, text, event.addressed, false)) ? event : undefined;
}

/**
 * The command line a text is (`/advies …`, `!advies …`, or words after a mention of the
 * bot), when it names a command; with `nearMiss`, also when it comes close (the typo is answered).
 */
function commandLine(
  bot: MeaningHost,
  text: string,
  addressed: boolean | undefined,
  nearMiss: boolean,
): string | undefined {
  const clean = cleanInput(text).trim();
  const line = /^[/!]/.test(clean) ? clean : addressed ? `/${clean}` : undefined;
  const word = line ? COMMAND_START.exec(line)?.[1] : undefined;
  if (!line || !word) return undefined;
  const known = bot.registry.find(word) ?? (nearMiss && bot.registry.suggest(word, bot.config.language));
  return known ? line : undefined;
}

/** The command that handles replies in the thread of an item's message, if any. */
export function replyOwner(bot: MeaningHost, thread: MessageRef): CommandSpec | undefined {
  const item = bot.store.itemByMessage(refToString(thread));
  return item ? bot.registry.ownerOf(item.id) : undefined;
}
