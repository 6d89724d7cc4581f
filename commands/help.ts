import type { Args, CommandContext, CommandSpec } from '../src/command.ts';
import { commandHelp, overviewHelp } from '../src/help.ts';
import { nearest } from '../src/suggest.ts';

/** `/help` is built from the other commands' own declarations (STYLE §4). */
export function helpCommand(all: () => readonly CommandSpec[]): CommandSpec {
  async function run(context: CommandContext, args: Args): Promise<void> {
    const wanted = args.word(0)?.replace(/^[/!]/, '').toLowerCase();
    if (!wanted) {
      await context.respond(overviewHelp(all(), context.lang));
      return;
    }
    const command = all().find((spec) => spec.name === wanted || spec.aliases?.includes(wanted));
    if (!command) {
      const suggestion = nearest(
        wanted,
        all().map((spec) => spec.name),
      );
      context.fail(context.t.unknownCommand(`/${wanted}`, suggestion && `/help ${suggestion}`));
    }
    await context.respond(commandHelp(command, context.lang));
  }
  return {
    name: 'help',
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
