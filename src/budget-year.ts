import type { Args, CommandContext } from './command.ts';
import { expenseMessages } from './texts/expenses.ts';

/** The budget year a command names (`2026`), or this year when it names none. */
export function yearOrFail(context: CommandContext, args: Args): number {
  const typed = args.word(0);
  if (typed === undefined) return context.year;
  if (!/^\d{4}$/.test(typed)) context.fail(expenseMessages[context.lang].badYear(typed, context.year));
  return Number(typed);
}
