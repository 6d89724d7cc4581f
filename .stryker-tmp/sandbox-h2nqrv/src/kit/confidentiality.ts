// @ts-nocheck
import type { Args, CommandContext } from '../core/command.ts';
import type { Lang } from '../i18n/lang.ts';
import { type Messages, messages } from '../i18n/messages.ts';
import { dateOrFail } from '../parse/arguments.ts';
import { markedConfidential } from '../store/confidential-index.ts';
import type { Confidentiality, Db } from '../store/schema.ts';
import { type CalendarDate, formatLongDate } from '../time/time.ts';
import { comparableForm, idForm, plainForm } from './as-read.ts';
import { allItems } from './items.ts';

/**
 * Confidentiality (§7) as one rule for every item: confidential content never reaches a
 * public channel. An item may be confidential until a date (`vertrouwelijk tot:1-3-2027`),
 * after which it counts as public.
 */
export interface Protectable {
  readonly confidentiality: Confidentiality;
  readonly confidentialUntil?: CalendarDate | undefined;
}

/** The protection of a part of an item that may be marked on its own (a minute line): public unless marked. */
export function protectionOf(part: {
  readonly confidentiality?: Confidentiality | undefined;
  readonly confidentialUntil?: CalendarDate | undefined;
}): Protectable {
  return { confidentiality: part.confidentiality ?? 'openbaar', confidentialUntil: part.confidentialUntil };
}

export function isConfidential(item: Protectable, today: CalendarDate): boolean {
  if (item.confidentiality !== 'vertrouwelijk') return false;
  return item.confidentialUntil === undefined || today <= item.confidentialUntil;
}

/**
 * The items that may be shown (all of them, unless for a public channel) and how many were
 * held back. With a guard, an item whose own title or text names a confidential item is
 * held back too (the free-text rule).
 */
export function visibleIn<T>(
  items: readonly T[],
  forPublic: boolean,
  today: CalendarDate,
  protectable: (item: T) => Protectable = (item) => item as unknown as Protectable,
  guard?: MentionGuard,
): { shown: T[]; hidden: number } {
  const allowed = (item: T) => {
    const own = protectable(item);
    return !isConfidential(own, today) && !(guard && 'id' in own && guard.namedBy(own as Nameable));
  };
  const shown = forPublic ? items.filter(allowed) : [...items];
  return { shown, hidden: items.length - shown.length };
}

/** What a command's reply may list in its channel: `visibleIn` with the free-text rule. */
export function visibleHere<T>(context: CommandContext, items: readonly T[]): { shown: T[]; hidden: number } {
  const forPublic = context.channel.public;
  return visibleIn(
    items,
    forPublic,
    context.today,
    undefined,
    guardFor(context.db, context.today, forPublic),
  );
}

/** Whether an item may not be shown here: a public channel, and the item is confidential or its title names one that is. */
export function hiddenHere(context: CommandContext, item: Nameable): boolean {
  const guard = guardFor(context.db, context.today, context.channel.public);
  return guard !== undefined && (isConfidential(item, context.today) || guard.namedBy(item));
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

/**
 * An id in text: `ADV-4`, `adv-2026-004`, also written `ADV 4`, `ADV4`, `ADV 2026 004`.
 * The first number is the year when a second follows; otherwise it is the item's number.
 */
const ID_IN_TEXT =
  /(?<![\p{L}\p{N}])([a-z]{2,3})(?:\s*-\s*|\s+)?(\d+)(?:(?:\s*-\s*|\s+)(\d+))?(?![\p{L}\p{N}])/giu;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The fields whose corrections hold an item's former names (a title, an expense's description, an action's text). */
const NAME_FIELDS = new Set(['titel', 'omschrijving', 'text']);

/** Every name an item has had: its title (or description, or text) now, and each one it was corrected from. */
function namesOf(item: Nameable): string[] {
  const now = item.title ?? item.description ?? item.text ?? '';
  const corrected = (item.corrections ?? []).filter((entry) => NAME_FIELDS.has(entry.field));
  return [
    now,
    ...corrected.map((entry) => entry.before),
    ...(item.changes ?? []).map((entry) => entry.before),
  ];
}

/** What the free-text rule needs to know of an item. */
export interface Nameable extends Protectable {
  readonly id: string;
  readonly title?: string | undefined;
  readonly text?: string | undefined;
  readonly description?: string | undefined;
  /** Corrections: a corrected title's former value still names the item. */
  readonly corrections?: readonly { readonly field: string; readonly before: string }[] | undefined;
  /** A decision's earlier texts. */
  readonly changes?: readonly { readonly before: string }[] | undefined;
}

/**
 * The free-text rule (afspraak 7): text that names a confidential item — by its id in
 * any form (`ADV-4`, `adv-2026-004`, `ADV-2026-004`) or by its title — is confidential
 * too, for as long as that item is. Built once per rendering from every item in the store.
 * A short id (`ADV-4`) counts for an item of that number in any year: when in doubt, withhold.
 */
export class MentionGuard {
  readonly #ids = new Set<string>();
  readonly #shortIds = new Set<string>();
  readonly #titles: Array<{ readonly id: string; readonly title: string; readonly pattern: RegExp }> = [];

  constructor(items: Iterable<Nameable>, today: CalendarDate) {
    for (const item of items) {
      if (!isConfidential(item, today)) continue;
      const [prefix, , number] = item.id.split('-');
      this.#ids.add(item.id);
      this.#shortIds.add(`${prefix}-${Number(number)}`);
      for (const name of new Set(namesOf(item))) {
        // Too short a title would be found in every other sentence.
        if (plainForm(name).length < 3) continue;
        const title = comparableForm(name);
        const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(title)}(?![\\p{L}\\p{N}])`, 'u');
        this.#titles.push({ id: item.id, title, pattern });
      }
    }
  }

  /** The ids of the confidential items this text names, leaving out `self` (an item's own text). */
  named(text: string, self?: string): string[] {
    const found = new Set<string>();
    for (const match of idForm(text).matchAll(ID_IN_TEXT)) {
      const prefix = match[1]!.toUpperCase();
      const [first, second] = [match[2]!, match[3]];
      if (second !== undefined && first.length === 4) this.#addFull(found, prefix, first, second);
      else this.#addShort(found, prefix, Number(first));
      // `ADV2026004`, written without any separator: a year and a number, or one number.
      if (second === undefined && first.length > 4)
        this.#addFull(found, prefix, first.slice(0, 4), first.slice(4));
    }
    const plain = comparableForm(text);
    // The pattern only adds word boundaries to the title, so a text without the title is skipped cheaply.
    for (const title of this.#titles)
      if (plain.includes(title.title) && title.pattern.test(plain)) found.add(title.id);
    if (self) found.delete(self);
    return [...found];
  }

  #addFull(found: Set<string>, prefix: string, year: string, number: string): void {
    const id = `${prefix}-${year}-${String(Number(number)).padStart(3, '0')}`;
    if (this.#ids.has(id)) found.add(id);
  }

  /** A short id (`ADV-4`) names every confidential item of that number, in any year. */
  #addShort(found: Set<string>, prefix: string, number: number): void {
    if (!this.#shortIds.has(`${prefix}-${number}`)) return;
    for (const id of this.#ids) {
      const [p, , n] = id.split('-');
      if (p === prefix && Number(n) === number) found.add(id);
    }
  }

  /** Whether this text names a confidential item other than `self`. */
  names(text: string | undefined, self?: string): boolean {
    return text !== undefined && this.named(text, self).length > 0;
  }

  /** Whether an item's title (a decision's text, an expense's description) names another confidential item. */
  namedBy(item: Nameable): boolean {
    return this.names(item.title ?? item.description ?? item.text, item.id);
  }
}

/** Guards built from a store's list of confidential items, kept with that list (a change makes a new one). */
const guards = new WeakMap<object, { readonly today: CalendarDate; readonly guard: MentionGuard }>();

/**
 * The guard for a rendering: for a public one, built from every confidential item;
 * otherwise none (all may be shown). From a store's own list of confidential items it is
 * built once per day and per change to those items, not per command.
 */
export function guardFor(db: Db, today: CalendarDate, forPublic: boolean): MentionGuard | undefined {
  if (!forPublic) return undefined;
  const marked = markedConfidential(db) as readonly Nameable[] | undefined;
  if (!marked) return new MentionGuard(allItems(db) as readonly Nameable[], today);
  const kept = guards.get(marked);
  if (kept?.today === today) return kept.guard;
  const guard = new MentionGuard(marked, today);
  guards.set(marked, { today, guard });
  return guard;
}

/**
 * Free-text lines for a rendering: in a channel where confidential content may be read,
 * all of them; elsewhere only those that name no confidential item, and how many were withheld.
 */
export function shownLines(
  lines: readonly string[],
  guard: MentionGuard | undefined,
): { shown: string[]; withheld: number } {
  if (!guard) return { shown: [...lines], withheld: 0 };
  const shown = lines.filter((line) => !guard.names(line));
  return { shown, withheld: lines.length - shown.length };
}

/** "1 notulenregel niet getoond: gaat over een vertrouwelijk onderwerp." — or nothing. */
export function withheldNote(
  lang: Lang,
  count: number,
  noun: keyof Messages['textNouns'],
): string | undefined {
  const [one, many] = messages[lang].textNouns[noun];
  return count > 0 ? messages[lang].withheldAbout(count, count === 1 ? one : many) : undefined;
}
