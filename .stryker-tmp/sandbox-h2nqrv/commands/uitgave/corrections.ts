// @ts-nocheck
import type { Args, CommandContext, SubcommandSpec } from '../../src/core/command.ts';
import { hasRole } from '../../src/core/permissions.ts';
import { CHAIR, type Role } from '../../src/domain/roles.ts';
import { expenseMessages } from '../../src/i18n/texts/expenses.ts';
import { hiddenHere } from '../../src/kit/confidentiality.ts';
import { correctionBlocks, fieldCorrection } from '../../src/kit/corrections.ts';
import { message } from '../../src/port/rich-message.ts';
import { expenseMessage } from '../../src/render/expense.ts';
import type { Expense } from '../../src/store/schema.ts';
import { EXPENSE, expense, texts } from './common.ts';

/** `/uitgave toon <UIT> [geschiedenis]`: the expense as its message shows it, and what was corrected. */
async function show(context: CommandContext, args: Args): Promise<void> {
  const { expense: target } = expense(context, args);
  if (hiddenHere(context, target)) {
    context.fail(texts(context).confidentialHere(target.id));
  }
  const shown = expenseMessage(context, context.budget(target.year), target);
  await context.respond(message(...shown.blocks, ...correctionBlocks(context, target, args)));
}

/** Who may correct an expense: whoever asked for it, the chair or the secretary, until its text was erased. */
function mayCorrect(context: CommandContext, target: Expense): void {
  const m = texts(context);
  if (target.announcedBy !== context.actor.id && !hasRole(context.member, CHAIR)) {
    context.refuse(m.correctNotAllowed(target.id));
  }
  if (target.erasedAt) context.fail(m.erased(target.id));
}

export function expenseCorrections(panelSide: readonly Role[]): SubcommandSpec[] {
  return [
    fieldCorrection<Expense>({
      command: 'uitgave',
      name: 'omschrijving',
      en: 'description',
      kind: EXPENSE,
      field: 'omschrijving',
      usage: { nl: '/uitgave omschrijving <UIT> <tekst>', en: '/uitgave omschrijving <UIT> <text>' },
      summary: {
        nl: 'De omschrijving verbeteren; de oude blijft in de geschiedenis.',
        en: 'Correct the description; the old one stays in the history.',
      },
      allowed: panelSide,
      who: { nl: expenseMessages.nl.whoAnnouncerOrChair, en: expenseMessages.en.whoAnnouncerOrChair },
      max: 300,
      items: (db) => db.expenses,
      get: (item) => item.description,
      set: (item, description) => {
        item.description = description;
      },
      check: mayCorrect,
      render: (context, item) => expenseMessage(context, context.budget(item.year), item),
    }),
    {
      name: 'toon',
      en: 'show',
      usage: { nl: '/uitgave toon <UIT> [geschiedenis]', en: '/uitgave toon <UIT> [geschiedenis]' },
      summary: {
        nl: 'Eén uitgave met alle stappen; met geschiedenis: ook wat er is gecorrigeerd.',
        en: 'One expense with all its steps; with history: also what was corrected.',
      },
      allowed: 'everyone',
      changes: false,
      flags: ['geschiedenis'],
      run: show,
    },
  ];
}
