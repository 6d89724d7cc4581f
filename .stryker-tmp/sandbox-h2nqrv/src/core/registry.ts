// @ts-nocheck
import type { Lang } from '../i18n/lang.ts';
import { messages } from '../i18n/messages.ts';
import { englishOptionWords } from '../parse/options.ts';
import { nearest } from '../parse/suggest.ts';
import { cleanInput, type Token } from '../parse/tokens.ts';
import { findItemIds } from '../parse/values.ts';
import { collectionOf } from '../store/schema.ts';
import type { CommandSpec, SubcommandSpec } from './command.ts';
import { UserError } from './errors.ts';

/** Every word a command answers to: its Dutch name, its English name and its aliases. */
function commandNames(command: CommandSpec): string[] {
  return [command.name, command.en, ...(command.aliases ?? [])];
}

function subcommandNames(sub: SubcommandSpec): string[] {
  return sub.name ? [sub.name, ...(sub.en ? [sub.en] : []), ...(sub.aliases ?? [])] : [];
}

/** The name of a command in a language: `/uitgave` in Dutch, `/expense` in English. */
export function commandName(command: CommandSpec, lang: Lang): string {
  return lang === 'en' ? command.en : command.name;
}

/** The word of a sub-command in a language: `lijst` in Dutch, `list` in English. */
export function subcommandName(sub: SubcommandSpec, lang: Lang): string {
  return lang === 'en' && sub.en ? sub.en : sub.name;
}

/**
 * A sub-command's usage line in a language. Usage lines are written with the Dutch
 * names; in English their leading `/uitgave betaald` becomes `/expense paid`.
 */
export function usageOf(command: CommandSpec, sub: SubcommandSpec, lang: Lang): string {
  const usage = sub.usage[lang];
  if (lang === 'nl') return usage;
  return englishOptionWords(englishHead(command, sub, usage));
}

function englishHead(command: CommandSpec, sub: SubcommandSpec, usage: string): string {
  const head = sub.name ? `/${command.name} ${sub.name}` : `/${command.name}`;
  if (usage !== head && !usage.startsWith(`${head} `)) return usage;
  const english = sub.name ? `/${command.en} ${subcommandName(sub, 'en')}` : `/${command.en}`;
  return english + usage.slice(head.length);
}

/**
 * All commands by name, English name and alias. Built once at start; a name used twice
 * is a programming error and stops the start.
 */
export class CommandRegistry {
  readonly #byName = new Map<string, CommandSpec>();
  readonly commands: readonly CommandSpec[];

  constructor(commands: readonly CommandSpec[]) {
    this.commands = commands;
    checkItemKinds(commands);
    for (const command of commands) {
      for (const name of new Set(commandNames(command))) {
        if (this.#byName.has(name)) throw new Error(`Command name '${name}' is declared twice`);
        this.#byName.set(name, command);
      }
      const seen = new Set<string>();
      for (const sub of command.subcommands) {
        for (const name of new Set(subcommandNames(sub))) {
          if (seen.has(name)) throw new Error(`Sub-command '${command.name} ${name}' is declared twice`);
          seen.add(name);
        }
      }
    }
  }

  find(name: string): CommandSpec | undefined {
    return this.#byName.get(name.toLowerCase());
  }

  /** The command that keeps the item with this id (`ADV-2026-001` → /advies), by its declared prefix. */
  ownerOf(itemId: string): CommandSpec | undefined {
    const prefix = itemId.split('-')[0];
    return this.commands.find((command) => command.items?.kind.prefix === prefix);
  }

  /** The nearest command to a typo, written in the panel's language (`/expense`). */
  suggest(name: string, lang: Lang): string | undefined {
    const found = nearest(name, [...this.#byName.keys()]);
    return found ? `/${commandName(this.#byName.get(found)!, lang)}` : undefined;
  }
}

/** The id grammar's prefix: two or three letters (`GN`, `ADV`); see `parseItemId`. */
const PREFIX = /^[A-Z]{2,3}$/;

/**
 * The item kinds the commands declare, checked when the registry is built (at start, and
 * in every test), not when a store with such ids is read: a prefix the id grammar cannot
 * read, one used twice, one the store does not know for that collection, or reactions and
 * replies without items to route them by, stop the start.
 */
function checkItemKinds(commands: readonly CommandSpec[]): void {
  const seen = new Map<string, string>();
  for (const command of commands) {
    const items = command.items;
    if (!items) {
      if (command.reactions || command.replies)
        throw new Error(`/${command.name} handles reactions or replies but declares no items`);
      continue;
    }
    const { prefix } = items.kind;
    if (!PREFIX.test(prefix))
      throw new Error(`/${command.name}: the id prefix '${prefix}' is not two or three capital letters`);
    const other = seen.get(prefix);
    if (other) throw new Error(`/${command.name}: the id prefix '${prefix}' is already /${other}'s`);
    seen.set(prefix, command.name);
    if (collectionOf(prefix) !== items.collection)
      throw new Error(
        `/${command.name}: the store keeps '${prefix}' ${collectionOf(prefix) ? `in ${collectionOf(prefix)}` : 'nowhere'}, not in ${items.collection} (ITEM_COLLECTIONS)`,
      );
    if (items.show && !findSubcommand(command, items.show))
      throw new Error(`/${command.name}: '${items.show}' shows its items but is no sub-command`);
  }
}

export function findSubcommand(command: CommandSpec, word: string | undefined): SubcommandSpec | undefined {
  if (word === undefined) return undefined;
  const lower = word.toLowerCase();
  return command.subcommands.find((sub) => subcommandNames(sub).includes(lower));
}

export function defaultSubcommand(command: CommandSpec): SubcommandSpec | undefined {
  return command.subcommands.find((sub) => sub.name === '');
}

/** The nearest sub-command to a typo, written in the panel's language. */
export function suggestSubcommand(command: CommandSpec, word: string, lang: Lang): string | undefined {
  const found = nearest(word, command.subcommands.flatMap(subcommandNames));
  const sub = found ? findSubcommand(command, found) : undefined;
  return sub ? subcommandName(sub, lang) : undefined;
}

/** The sub-command words of a command in a language, for "you can choose". */
export function subcommandChoices(command: CommandSpec, lang: Lang): string[] {
  return command.subcommands.filter((sub) => sub.name).map((sub) => subcommandName(sub, lang));
}

/**
 * What a log may say about a command line: the command, its sub-command and the item ids
 * it names — never its text, which may be about a confidential item (`/advies stap ADV-2026-004`).
 */
export function describeCommand(registry: CommandRegistry, text: string, year: number): string {
  const clean = cleanInput(text);
  const match = /^\s*[/!]([a-zA-Z][\w-]*)\s*(\S*)/.exec(clean);
  const command = match ? registry.find(match[1]!) : undefined;
  if (!command) return 'an unknown command';
  const sub = findSubcommand(command, match![2]);
  const ids = findItemIds(clean, year);
  return `command /${command.name}${sub?.name ? ` ${sub.name}` : ''}${ids.length ? ` ${ids.join(' ')}` : ''}`;
}

/**
 * The sub-command the tokens after a command name ask for, and the tokens left for it:
 * a named one, else the command's default; undefined when nothing was typed and the
 * command has no bare default (its help is shown). An unknown word is refused with a suggestion.
 */
export function chooseSubcommand(
  command: CommandSpec,
  tokens: Token[],
  lang: Lang,
): { sub: SubcommandSpec; rest: Token[] } | undefined {
  const first = tokens[0];
  const named = first && !first.quoted ? findSubcommand(command, first.value) : undefined;
  if (named) return { sub: named, rest: tokens.slice(1) };
  const fallback = defaultSubcommand(command);
  if (fallback && (tokens.length > 0 || fallback.bare)) return { sub: fallback, rest: tokens };
  if (!first) return undefined;
  throw new UserError(
    messages[lang].unknownSubcommand(
      commandName(command, lang),
      first.value,
      suggestSubcommand(command, first.value, lang),
      subcommandChoices(command, lang).join(', '),
    ),
  );
}
