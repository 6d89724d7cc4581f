// @ts-nocheck
import type { Args, CommandContext, CommandSpec } from '../src/core/command.ts';
import { commandHelp, overviewHelp } from '../src/core/help.ts';
import { CommandRegistry } from '../src/core/registry.ts';

/** `/help` is built from the other commands' own declarations. */
export function helpCommand(all: () => readonly CommandSpec[]): CommandSpec {
  async function run(context: CommandContext, args: Args): Promise<void> {
    const wanted = args.word(0)?.replace(/^[/!]/, '').toLowerCase();
    if (!wanted) {
      await context.respond(overviewHelp(all(), context.lang));
      return;
    }
    const registry = new CommandRegistry(all());
    const command = registry.find(wanted);
    if (!command) {
      const suggestion = registry.suggest(wanted, context.lang);
      context.fail(context.t.unknownCommand(`/${wanted}`, suggestion && `/help ${suggestion.slice(1)}`));
    }
    await context.respond(commandHelp(command, context.lang));
  }
  return {
    name: 'help',
    en: 'help',
    aliases: ['hulp'],
    summary: { nl: 'Uitleg over alle commando’s, of over één.', en: 'Help on all commands, or on one.' },
    subcommands: [
      {
        name: '',
        bare: true,
        usage: { nl: '/help [commando]', en: '/help [command]' },
        summary: { nl: 'Toont wat ik kan.', en: 'Shows what I can do.' },
        allowed: 'everyone',
        changes: false,
        run,
      },
    ],
  };
}
