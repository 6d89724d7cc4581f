import type { ActionContext, Args, CommandContext } from './command.ts';
import { findItem, isKnownPrefix } from './items.ts';
import { formatItemId, parseAmount, parseDate, parseItemId } from './parse/values.ts';
import { THEMES, type Theme } from './store/schema.ts';
import type { CalendarDate } from './time.ts';

/** What an id of a kind is called, for messages: `{ nl: 'adviesverzoek', en: 'advice request' }`. */
export interface Kind {
  readonly prefix: string;
  readonly noun: { readonly nl: string; readonly en: string };
}

/**
 * Takes the item id from the first word (`ADV-2026-001`, `ADV-1`), or, inside an item's
 * thread, the id of that thread's item. Returns the id and the words after it.
 */
export function takeItemId(context: CommandContext, args: Args, kind: Kind): { id: string; rest: Args } {
  const first = args.word(0);
  const parts = first !== undefined ? parseItemId(first, context.year) : undefined;
  const example = `${kind.prefix}-${context.year}-001`;
  if (parts && isKnownPrefix(parts.prefix)) {
    if (parts.prefix !== kind.prefix) {
      context.fail(context.t.wrongKindOfId(formatItemId(parts), kind.noun[context.lang], example));
    }
    return { id: formatItemId(parts), rest: args.after(1) };
  }
  if (context.threadItemId?.startsWith(`${kind.prefix}-`)) return { id: context.threadItemId, rest: args };
  return context.fail(context.t.idNeeded(example, context.usage));
}

/** The item with this id in a collection, or a refusal that names the id. */
export function findOrFail<T extends { readonly id: string }>(
  context: CommandContext,
  items: readonly T[],
  id: string,
): T {
  const found = items.find((item) => item.id === id);
  if (!found) context.fail(context.t.notFound(id));
  return found;
}

export function dateOrFail(context: CommandContext, text: string): CalendarDate {
  const parsed = parseDate(text, context.today);
  if (!parsed.ok) context.fail(context.t.date[parsed.problem](text));
  return parsed.value;
}

export function amountOrFail(context: CommandContext, text: string): number {
  const parsed = parseAmount(text);
  if (!parsed.ok) context.fail(context.t.amount[parsed.problem](text));
  return parsed.value;
}

/** The free text from the words, or a refusal that says it is missing. */
export function textOrFail(context: CommandContext, args: Args, what: string, from = 0): string {
  const text = args.rest(from);
  if (!text) context.fail(context.t.missingArgument(what, context.usage));
  return text.slice(0, 4_000);
}

/** Themes from `thema:privacy,ethiek`, each one of the agreement's (§2). */
export function themesOrFail(context: ActionContext, value: string | undefined): Theme[] {
  if (!value) return [];
  const words = value
    .toLowerCase()
    .split(/[,\s]+/)
    .filter(Boolean);
  for (const word of words) {
    if (!(THEMES as readonly string[]).includes(word))
      context.fail(context.t.unknownTheme(word, THEMES.join(', ')));
  }
  return [...new Set(words)] as Theme[];
}

/** A development id from `ontwikkeling:ONT-2026-001` that exists. */
export function developmentOrFail(context: ActionContext, value: string | undefined): string | undefined {
  if (!value) return undefined;
  const parts = parseItemId(value, context.year);
  if (parts?.prefix !== 'ONT') {
    context.fail(context.t.wrongKindOfId(value, context.t.developmentNoun, `ONT-${context.year}-001`));
  }
  const id = formatItemId(parts);
  if (!findItem(context.db, id)) context.fail(context.t.notFound(id));
  return id;
}
