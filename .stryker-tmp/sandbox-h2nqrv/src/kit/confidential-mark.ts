// @ts-nocheck
import type { Args } from '../core/command.ts';

/** The word that marks entered text confidential, in both languages. */
const MARKS = new Set(['vertrouwelijk', 'confidential']);

/**
 * `vertrouwelijk` as a mark on text someone enters (a minute line, an action point, a
 * decision's new text): written before unquoted text (`vertrouwelijk Gesprek over …`,
 * looked for at word `at`) or right after quoted text (`"Gesprek over …" vertrouwelijk`).
 * It never becomes part of the text; anywhere else the word is just a word.
 */
export function takeConfidentialMark(args: Args, at = 0): { marked: boolean; rest: Args } {
  const words = args.words;
  const isMark = (index: number) => {
    const word = words[index];
    return word !== undefined && !word.quoted && MARKS.has(word.value.toLowerCase());
  };
  let index = isMark(at) ? at : -1;
  if (index < 0)
    index = words.findIndex(
      (_word, position) => position > at && isMark(position) && words[position - 1]!.quoted,
    );
  if (index < 0) return { marked: false, rest: args };
  return { marked: true, rest: args.without(index) };
}
