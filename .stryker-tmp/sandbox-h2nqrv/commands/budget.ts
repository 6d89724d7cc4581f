// @ts-nocheck
import type { Args, CommandContext, CommandSpec } from '../src/core/command.ts';
import { reportYearOrFail, yearOrFail } from '../src/kit/budget-year.ts';
import { budgetMessage } from '../src/render/expense.ts';

async function show(context: CommandContext, args: Args): Promise<void> {
  const year = reportYearOrFail(context, yearOrFail(context, args));
  await context.respond(budgetMessage(context, context.budget(year)));
}

export const budget: CommandSpec = {
  name: 'budget',
  en: 'budget',
  reads: [''],
  summary: {
    nl: 'Hoeveel er per categorie en in totaal is vergoed, goedgekeurd, aangevraagd en over.',
    en: 'How much is paid, approved, announced and left per category and in total.',
  },
  subcommands: [
    {
      name: '',
      bare: true,
      usage: { nl: '/budget [jaar]', en: '/budget [year]' },
      summary: {
        nl: 'Het budget van dit jaar of van een ander jaar.',
        en: 'The budget of this year or another.',
      },
      allowed: 'everyone',
      changes: false,
      maxWords: 1,
      run: show,
    },
  ],
};
