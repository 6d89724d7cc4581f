import type { CommandSpec, SubcommandSpec } from './command.ts';
import { nearest } from './suggest.ts';

/**
 * All commands by name and alias. Built once at start; a name used twice is a
 * programming error and stops the start.
 */
export class CommandRegistry {
  readonly #byName = new Map<string, CommandSpec>();
  readonly commands: readonly CommandSpec[];

  constructor(commands: readonly CommandSpec[]) {
    this.commands = commands;
    for (const command of commands) {
      for (const name of [command.name, ...(command.aliases ?? [])]) {
        if (this.#byName.has(name)) throw new Error(`Command name '${name}' is declared twice`);
        this.#byName.set(name, command);
      }
      const seen = new Set<string>();
      for (const sub of command.subcommands) {
        for (const name of [sub.name, ...(sub.aliases ?? [])]) {
          if (seen.has(name)) throw new Error(`Sub-command '${command.name} ${name}' is declared twice`);
          seen.add(name);
        }
      }
    }
  }

  find(name: string): CommandSpec | undefined {
    return this.#byName.get(name.toLowerCase());
  }

  suggest(name: string): string | undefined {
    const found = nearest(name, [...this.#byName.keys()]);
    return found ? `/${this.#byName.get(found)!.name}` : undefined;
  }
}

export function findSubcommand(command: CommandSpec, word: string | undefined): SubcommandSpec | undefined {
  if (word === undefined) return undefined;
  const lower = word.toLowerCase();
  return command.subcommands.find(
    (sub) => sub.name !== '' && (sub.name === lower || (sub.aliases ?? []).includes(lower)),
  );
}

export function defaultSubcommand(command: CommandSpec): SubcommandSpec | undefined {
  return command.subcommands.find((sub) => sub.name === '');
}

export function suggestSubcommand(command: CommandSpec, word: string): string | undefined {
  return nearest(
    word,
    command.subcommands.flatMap((sub) => (sub.name ? [sub.name, ...(sub.aliases ?? [])] : [])),
  );
}
