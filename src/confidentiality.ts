import { dateOrFail } from './arguments.ts';
import type { Args, CommandContext } from './command.ts';
import type { Lang } from './i18n/lang.ts';
import { messages } from './i18n/messages.ts';
import type { Confidentiality } from './store/schema.ts';
import { type CalendarDate, formatLongDate } from './time.ts';

/**
 * Confidentiality (§7) as one rule for every item: confidential content never reaches a
 * public channel. An item may be confidential until a date (`vertrouwelijk tot:1-3-2027`),
 * after which it counts as public.
 */
export interface Protectable {
  readonly confidentiality: Confidentiality;
  readonly confidentialUntil?: CalendarDate | undefined;
}

export function isConfidential(item: Protectable, today: CalendarDate): boolean {
  if (item.confidentiality !== 'vertrouwelijk') return false;
  return item.confidentialUntil === undefined || today <= item.confidentialUntil;
}

/** The items that may be shown (all of them, unless for a public channel) and how many were held back. */
export function visibleIn<T>(
  items: readonly T[],
  forPublic: boolean,
  today: CalendarDate,
  protectable: (item: T) => Protectable = (item) => item as unknown as Protectable,
): { shown: T[]; hidden: number } {
  const shown = forPublic ? items.filter((item) => !isConfidential(protectable(item), today)) : [...items];
  return { shown, hidden: items.length - shown.length };
}

/** `vertrouwelijk` and `tot:<datum>` from a command; `tot:` alone also means confidential. */
export function confidentialityOf(context: CommandContext, args: Args): Protectable {
  const until = args.options.get('tot');
  if (until) {
    const date = dateOrFail(context, until);
    if (date < context.today)
      context.fail(context.t.confidentialUntilPast(formatLongDate(date, context.lang)));
    return { confidentiality: 'vertrouwelijk', confidentialUntil: date };
  }
  return { confidentiality: args.flags.has('vertrouwelijk') ? 'vertrouwelijk' : 'openbaar' };
}

export function opennessLabel(item: Protectable, today: CalendarDate, lang: Lang): string {
  const t = messages[lang];
  if (!isConfidential(item, today)) return t.public;
  return item.confidentialUntil
    ? t.confidentialUntil(formatLongDate(item.confidentialUntil, lang))
    : t.confidential;
}

/** An item's link to a development, unless that development may not be named in this channel. */
export function visibleLink<T extends { readonly development?: string | undefined }>(
  item: T,
  forPublic: boolean,
  today: CalendarDate,
  find: (id: string) => Protectable | undefined,
): T {
  if (!forPublic || !item.development) return item;
  const linked = find(item.development);
  return linked && isConfidential(linked, today) ? { ...item, development: undefined } : item;
}

/** The stricter of two protections: confidential if either is, for as long as the longer one. */
export function stricter(a: Protectable, b: Protectable, today: CalendarDate): Protectable {
  const confidential = [a, b].filter((item) => isConfidential(item, today));
  if (confidential.length === 0) return { confidentiality: 'openbaar' };
  const untils = confidential.map((item) => item.confidentialUntil);
  if (untils.some((until) => until === undefined)) return { confidentiality: 'vertrouwelijk' };
  return { confidentiality: 'vertrouwelijk', confidentialUntil: [...(untils as string[])].sort().at(-1) };
}
