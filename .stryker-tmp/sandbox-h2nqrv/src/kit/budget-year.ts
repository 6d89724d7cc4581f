// @ts-nocheck
import type { Args, CommandContext } from '../core/command.ts';
import { expenseMessages } from '../i18n/texts/expenses.ts';
import { yearMessages } from '../i18n/texts/years.ts';
import { collectionOf, type Db } from '../store/schema.ts';

/** The budget year a command names (`2026`), or this year when it names none. */
export function yearOrFail(context: CommandContext, args: Args): number {
  const typed = args.word(0);
  if (typed === undefined) return context.year;
  if (!/^\d{4}$/.test(typed)) context.fail(expenseMessages[context.lang].badYear(typed, context.year));
  return Number(typed);
}

/**
 * The first year the panel numbered an item in (`ADV-2026-…`), or `thisYear` for a new
 * panel. Agreements do not count: the first one (`AFS-2022-001`) is built in, and its year
 * is not one the panel recorded anything in (the store keeps every counter at least at the
 * highest id there is, that one too).
 */
function firstRecordedYear(db: Db, thisYear: number): number {
  const years = Object.keys(db.counters)
    .filter((key) => collectionOf(key.split('-')[0] ?? '') !== 'agreements')
    .map((key) => Number(/-(\d{4})$/.exec(key)?.[1]))
    .filter((year) => Number.isInteger(year));
  return Math.min(thisYear, ...years);
}

/**
 * A year a report counts over: from the panel's first records to this year. A year
 * before or after would show zeros as if they were real figures, so it is refused.
 */
export function reportYearOrFail(context: CommandContext, year: number): number {
  const m = yearMessages[context.lang];
  const first = firstRecordedYear(context.db, context.year);
  const choose = m.choose(first, context.year);
  if (year < first) context.fail(`${m.beforeFirst(year, first)} ${choose}`);
  if (year > context.year) context.fail(`${m.notYet(year)} ${choose}`);
  return year;
}
