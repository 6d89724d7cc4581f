// @ts-nocheck
import type { ActionContext, Args, CommandContext } from '../core/command.ts';
import { THEME_WORDS } from '../domain/vocabulary.ts';
import type { DateExample } from '../i18n/messages.ts';
import { findItem, isKnownPrefix, itemsOfKind } from '../kit/items.ts';
import type { Db, ItemCollection, Theme } from '../store/schema.ts';
import { type CalendarDate, formatDate, formatLongDate, formatWeekdayDate } from '../time/time.ts';
import { type DateProblem, exampleDate, parseDate, parseWhen, type When } from './dates.ts';
import { formatItemId, type ItemIdParts, isShortItemId, parseAmount, parseItemId } from './values.ts';
import { didYouMean, readWord, suggestWord, wordsFor } from './words.ts';

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
    return { id: fullItemId(context, first!, parts), rest: args.after(1) };
  }
  const thread = context.threadItemId;
  if (thread?.startsWith(`${kind.prefix}-`)) return { id: thread, rest: args };
  if (thread) context.fail(context.t.otherThread(thread, kind.noun[context.lang], example, context.usage));
  return context.fail(context.t.idNeeded(example, context.usage));
}

/**
 * The full id of a typed id. A short id without a year (`OVL-5`) is the item with that
 * number in the current year; else the single item with that number in another year;
 * when there are several, the refusal names them.
 */
export function fullItemId(context: ActionContext, typed: string, parts: ItemIdParts): string {
  const id = formatItemId(parts);
  if (!isShortItemId(typed) || findItem(context.db, id)) return id;
  const others = itemsOfKind(context.db, parts.prefix)
    .map((item) => item.id)
    .filter((other) => other.endsWith(`-${String(parts.number).padStart(3, '0')}`));
  if (others.length === 1) return others[0]!;
  if (others.length > 1) context.fail(context.t.severalIds(typed, context.t.joinOr(others.sort())));
  return id;
}

/** The item with this id in a collection, or a refusal that names the id. */
export function findOrFail<K extends ItemCollection>(
  context: CommandContext,
  collection: K,
  id: string,
): Db[K][number] {
  const found = context.item(collection, id);
  if (!found) context.fail(context.t.notFound(id));
  return found;
}

/** A date for hints, relative to today: `1 maart 2027` (or `1-3-2027`). */
export function dateExample(context: ActionContext): DateExample {
  const example = exampleDate(context.today);
  return { long: formatLongDate(example, context.lang), numeric: formatDate(example, context.lang) };
}

/** Why a text is not a date, with an example relative to today (and the real weekday of a date). */
function dateProblem(
  context: ActionContext,
  text: string,
  reading: { problem: DateProblem; date?: CalendarDate },
): string {
  const actual = reading.date ? formatWeekdayDate(reading.date, context.lang) : undefined;
  return context.t.date[reading.problem](text, dateExample(context), actual);
}

/** A date as people write it (`3 maart`, `morgen`, `over twee weken`), or a refusal with an example. */
export function dateOrFail(context: ActionContext, text: string): CalendarDate {
  const parsed = parseDate(text, context.today);
  if (!parsed.ok) context.fail(dateProblem(context, text, parsed));
  return parsed.value;
}

/** A date with an optional time (`10 december 19:30`), or a refusal with an example. */
export function whenOrFail(context: ActionContext, text: string): When {
  const parsed = parseWhen(text, context.today);
  if (!parsed.ok) context.fail(dateProblem(context, text, parsed));
  return parsed.value;
}

export function amountOrFail(context: CommandContext, text: string): number {
  const parsed = parseAmount(text, context.lang);
  if (!parsed.ok) context.fail(context.t.amount[parsed.problem](text));
  return parsed.value;
}

const LONGEST_DATE = 6;

/**
 * The date (and time) the words start with, as many words as still read as one
 * (`volgende week dinsdag om 19.30 gemeente …`), and how many words it took.
 */
export function leadingWhenOrFail(context: ActionContext, args: Args): { when: When; used: number } {
  // A quoted word is never part of the date: `morgen "3 maart"` is a title.
  const quoted = args.words.findIndex((word) => word.quoted);
  const words = args.words.slice(0, quoted < 0 ? undefined : quoted).map((word) => word.value);
  let impossible: string | undefined;
  for (let count = Math.min(LONGEST_DATE, words.length); count > 0; count--) {
    const text = words.slice(0, count).join(' ');
    const read = parseWhen(text, context.today);
    if (read.ok) return { when: read.value, used: fewestWords(context, words, count, read.value) };
    // `vrijdag 13 november` on a Saturday: refused, not read as `vrijdag 13` (13:00) and a title.
    if (read.problem === 'wrong-weekday') context.fail(dateProblem(context, text, read));
    if (read.problem === 'no-such-date') impossible ??= text;
  }
  return { when: whenOrFail(context, impossible ?? args.word(0) ?? ''), used: 1 };
}

/**
 * The fewest of the first `count` words that read as the same date: a word that changes
 * nothing (`vandaag Avond` reads as `vandaag`) is not part of it. A year written out
 * (`3 maart 2027`) is, even when the date would be the same without it.
 */
function fewestWords(context: ActionContext, words: readonly string[], count: number, read: When): number {
  let used = count;
  while (used > 1 && !/^\d{4}$/.test(words[used - 1]!)) {
    const shorter = parseWhen(words.slice(0, used - 1).join(' '), context.today);
    if (!shorter.ok || shorter.value.date !== read.date || shorter.value.time !== read.time) break;
    used -= 1;
  }
  return used;
}

/**
 * The free text from the words, or a refusal that says it is missing, or that it is
 * longer than `max` characters: a text is never cut off without a word.
 */
export function textOrFail(context: CommandContext, args: Args, what: string, from = 0, max = 4_000): string {
  const text = args.rest(from);
  if (!text) context.fail(context.t.missingArgument(what, context.usage));
  const length = [...text].length;
  if (length > max) context.fail(context.t.tooLong(what, length, max));
  return text;
}

/** Themes from `thema:privacy,ethiek`, each one of the agreement's (§2). */
export function themesOrFail(context: ActionContext, value: string | undefined): Theme[] {
  if (!value) return [];
  const themes = value
    .split(/[,\s]+/)
    .filter(Boolean)
    .map((word) => {
      const theme = readWord(word, THEME_WORDS);
      if (theme) return theme;
      const meant = didYouMean(suggestWord(word, THEME_WORDS, context.lang), context.lang);
      return context.fail(
        context.t.unknownTheme(word, wordsFor(THEME_WORDS, context.lang).join(', '), meant),
      );
    });
  return [...new Set(themes)];
}

/** A development id from `ontwikkeling:ONT-2026-001` that exists. */
export function developmentOrFail(context: ActionContext, value: string | undefined): string | undefined {
  if (!value) return undefined;
  const parts = parseItemId(value, context.year);
  if (parts?.prefix !== 'ONT') {
    context.fail(context.t.wrongKindOfId(value, context.t.developmentNoun, `ONT-${context.year}-001`));
  }
  const id = fullItemId(context, value, parts);
  if (!findItem(context.db, id)) context.fail(context.t.notFound(id));
  return id;
}
