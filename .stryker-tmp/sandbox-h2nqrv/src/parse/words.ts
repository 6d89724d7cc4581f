// @ts-nocheck
import type { Lang } from '../i18n/lang.ts';
import { nearest } from './suggest.ts';

/**
 * The fixed words of the agreement (steps, answer kinds, categories, themes, phases,
 * filters): each value with its English word and other ways people write it. Every
 * spelling works in every language; messages show the panel's language.
 */
export interface FixedWord {
  readonly en: string;
  readonly also?: readonly string[];
}

export type Vocabulary<T extends string> = Readonly<Record<T, FixedWord>>;

function spellings<T extends string>(vocabulary: Vocabulary<T>): [string, T][] {
  return (Object.entries(vocabulary) as [T, FixedWord][]).flatMap(([value, word]) =>
    [value, word.en, ...(word.also ?? [])].map((spelling) => [spelling, value] as [string, T]),
  );
}

/** The part of a vocabulary with these values (the steps `/advies stap` may set). */
export function only<T extends string, U extends T>(
  vocabulary: Vocabulary<T>,
  values: readonly U[],
): Vocabulary<U> {
  return Object.fromEntries(values.map((value) => [value, vocabulary[value]])) as unknown as Vocabulary<U>;
}

/** The value a typed word means, or undefined. */
export function readWord<T extends string>(typed: string, vocabulary: Vocabulary<T>): T | undefined {
  const word = typed.trim().toLowerCase();
  return spellings(vocabulary).find(([spelling]) => spelling === word)?.[1];
}

/** How a value is written in a language. */
function wordFor<T extends string>(value: T, vocabulary: Vocabulary<T>, lang: Lang): string {
  return lang === 'en' ? vocabulary[value].en : value;
}

/** All values as written in a language, for "choose from". */
export function wordsFor<T extends string>(vocabulary: Vocabulary<T>, lang: Lang): string[] {
  return (Object.keys(vocabulary) as T[]).map((value) => wordFor(value, vocabulary, lang));
}

/** The word a typo most likely meant, written in the panel's language. */
export function suggestWord<T extends string>(
  typed: string,
  vocabulary: Vocabulary<T>,
  lang: Lang,
): string | undefined {
  const all = spellings(vocabulary);
  const found = nearest(
    typed,
    all.map(([spelling]) => spelling),
  );
  const value = all.find(([spelling]) => spelling === found)?.[1];
  return value === undefined ? undefined : wordFor(value, vocabulary, lang);
}

/** ` Bedoel je 'opgevolgd'?`, or nothing. */
export function didYouMean(suggestion: string | undefined, lang: Lang): string {
  if (!suggestion) return '';
  return lang === 'en' ? ` Did you mean '${suggestion}'?` : ` Bedoel je '${suggestion}'?`;
}
