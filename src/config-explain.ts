import { nearest } from './suggest.ts';

type Lang = 'nl' | 'en';

const TEXTS = {
  nl: {
    member: (number: number, label: string) => `lid ${number}${label ? ` (${label})` : ''}`,
    didYouMean: (key: string) => ` (bedoel je '${key}'?)`,
    at: (line: number, column: number) =>
      `op regel ${line}, kolom ${column} klopt iets niet (vaak een komma of aanhalingsteken te veel of te weinig)`,
    early: (line: number) =>
      `het bestand houdt te vroeg op (na regel ${line}); kijk of elke { en [ ook gesloten wordt`,
    other: 'kijk de komma’s, haakjes en aanhalingstekens na',
  },
  en: {
    member: (number: number, label: string) => `member ${number}${label ? ` (${label})` : ''}`,
    didYouMean: (key: string) => ` (did you mean '${key}'?)`,
    at: (line: number, column: number) =>
      `something is wrong at line ${line}, column ${column} (often a comma or quote too many or too few)`,
    early: (line: number) =>
      `the file ends too early (after line ${line}); check that every { and [ is closed`,
    other: 'check the commas, brackets and quotes',
  },
} as const;

/**
 * Where a JSON syntax error is, as a sentence: the line and column (counted from 1)
 * taken from the parser's position, or that the file ends too early.
 */
export function jsonSyntaxProblem(text: string, error: Error, lang: Lang = 'nl'): string {
  const t = TEXTS[lang];
  const position = /at position (\d+)/.exec(error.message);
  if (position) {
    const before = text.slice(0, Number(position[1]));
    const lines = before.split('\n');
    return t.at(lines.length, lines.at(-1)!.length + 1);
  }
  if (/end of (JSON )?input/i.test(error.message)) return t.early(text.trimEnd().split('\n').length);
  return t.other;
}

/** "members.1.rolles" as people count: "lid 2 (bram, Bram Visser)". */
export function memberLabel(path: readonly PropertyKey[], input: unknown, lang: Lang): string | undefined {
  if (path[0] !== 'members' || typeof path[1] !== 'number') return undefined;
  const members = (input as { members?: unknown } | null)?.members;
  const member = Array.isArray(members)
    ? (members[path[1]] as Record<string, unknown> | undefined)
    : undefined;
  const label = [member?.id, member?.name].filter((part) => typeof part === 'string' && part).join(', ');
  return TEXTS[lang].member(path[1] + 1, label);
}

/** " (bedoel je 'roles'?)" for a misspelt key, when one of the known keys is near. */
export function keySuggestion(typed: string, known: readonly string[], lang: Lang): string {
  const match = nearest(typed, known);
  return match && match !== typed ? TEXTS[lang].didYouMean(match) : '';
}
