import type { CommandSpec } from '../src/command.ts';
import { advies } from './advies/index.ts';
import { besluit } from './besluit/index.ts';
import { helpCommand } from './help.ts';

/** Every command the bot knows, in the order `/help` lists them. */
export const commands: readonly CommandSpec[] = [advies, besluit, helpCommand(() => commands)];
