// @ts-nocheck
import { Args, type SubcommandSpec } from '../core/command.ts';
import { UserError } from '../core/errors.ts';
import type { Lang } from '../i18n/lang.ts';
import type { Messages } from '../i18n/messages.ts';
import { nearest } from './suggest.ts';
import { joinTokens, type Token } from './tokens.ts';

/**
 * The English words for option keys and flags. Commands declare and read the Dutch
 * key (`tot:`); `until:` works the same in every language.
 */
const ENGLISH_OPTIONS: Readonly<Record<string, string>> = {
  until: 'tot',
  theme: 'thema',
  development: 'ontwikkeling',
  phase: 'fase',
  how: 'hoe',
  deadline: 'termijn',
  reason: 'reden',
  amount: 'bedrag',
  version: 'versie',
  due: 'voor',
  role: 'rol',
  declaration: 'geheimhouding',
  advice: 'advisering',
  meaning: 'betekenis',
  well: 'goed',
  better: 'beter',
  files: 'bestanden',
  costs: 'kosten',
  total: 'totaal',
  from: 'vanaf',
  articles: 'artikelen',
};
const ENGLISH_FLAGS: Readonly<Record<string, string>> = {
  confidential: 'vertrouwelijk',
  public: 'openbaar',
  history: 'geschiedenis',
};

/**
 * A usage line written with the Dutch option keys and flags, in English words:
 * `[thema:<theme>] [vertrouwelijk]` becomes `[theme:<theme>] [confidential]`.
 */
export function englishOptionWords(usage: string): string {
  const swap = (text: string, words: Readonly<Record<string, string>>, suffix: string) =>
    Object.entries(words).reduce(
      (line, [english, dutch]) =>
        line.replace(new RegExp(`(?<!\\p{L})${dutch}${suffix}(?!\\p{L})`, 'gu'), `${english}${suffix}`),
      text,
    );
  return swap(swap(usage, ENGLISH_OPTIONS, ':'), ENGLISH_FLAGS, '');
}

/** The words a usage line starts with, before its first placeholder: `/advies toon` of `/advies toon <ADV> [geschiedenis]`. */
export function usageHead(usage: string): string {
  return usage.split(/\s+[<[(]/)[0]!;
}

/** Options whose value is free text: it runs on to the next option or the end of the line. */
const TEXT_OPTIONS = new Set(['hoe', 'reden', 'goed', 'beter']);
/** Options whose value is a date or an amount: it takes as many following words as still read as one. */
const VALUE_OPTIONS: Readonly<Record<string, ValueKind>> = {
  tot: 'date',
  termijn: 'date',
  voor: 'date',
  geheimhouding: 'date',
  bedrag: 'amount',
  bestanden: 'amount',
  kosten: 'amount',
  expertise: 'amount',
  totaal: 'amount',
  vanaf: 'date',
};

export type ValueKind = 'date' | 'amount';

function optionKey(sub: SubcommandSpec, typed: string): string | undefined {
  const key = Object.hasOwn(ENGLISH_OPTIONS, typed) ? ENGLISH_OPTIONS[typed]! : typed;
  return sub.options?.includes(key) ? key : undefined;
}

function flagOf(sub: SubcommandSpec, token: Token): string | undefined {
  if (token.quoted) return undefined;
  const typed = token.value.toLowerCase();
  const flag = Object.hasOwn(ENGLISH_FLAGS, typed) ? ENGLISH_FLAGS[typed]! : typed;
  return sub.flags?.includes(flag) ? flag : undefined;
}

export interface ArgsReading {
  readonly sub: SubcommandSpec;
  /** The sub-command's usage line in the panel's language, for refusals. */
  readonly usage: string;
  readonly tokens: readonly Token[];
  readonly source: string;
  readonly t: Messages;
  /** Whether a text reads as a date (`3 maart`) or an amount (`1 250,00`), for values written without quotes. */
  readonly reads: (kind: ValueKind, text: string) => boolean;
}

/**
 * Sorts the tokens after the sub-command into words, `key:value` options and flags. An
 * option value with spaces needs no quotes where it can be told apart: a text option
 * runs on to the next option, a date or amount option takes the words that still make
 * one (`tot:3 maart 2027`, `bedrag:1 250,00`).
 */
export function buildArgs(reading: ArgsReading): Args {
  const { sub, tokens, source, t } = reading;
  const words: Token[] = [];
  const options = new Map<string, string>();
  const flags = new Set<string>();
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;
    const key = token.option ? optionKey(sub, token.option.key) : undefined;
    const flag = flagOf(sub, token);
    if (token.option && key) {
      if (options.has(key)) throw new UserError(t.duplicateOption(key));
      const taken = token.quoted ? 0 : followingWords(reading, index, key);
      const last = tokens[index + taken]!;
      const value =
        taken === 0 ? token.option.value : `${token.option.value}${source.slice(token.end, last.end)}`;
      options.set(key, value.trim());
      index += taken;
    } else if (flag) {
      flags.add(flag);
    } else {
      refuseStrayOption(reading, token);
      words.push(token);
    }
  }
  const most = sub.maxWords;
  if (most !== undefined && words.length > most) {
    throw new UserError(t.tooManyWords(joinTokens(words.slice(most), source), reading.usage));
  }
  return new Args(words, options, flags, source);
}

/** Every option key any command takes, in Dutch and in English. */
const KNOWN_KEYS = [...Object.values(ENGLISH_OPTIONS), ...Object.keys(ENGLISH_OPTIONS)];

/**
 * `thema:privacy` where the sub-command takes no `thema:` would end up in the text:
 * refused, with the options it does take. Text with a colon that is no option
 * (`Let op:`, a link, `zie:bijlage`) stays text.
 */
function refuseStrayOption(reading: ArgsReading, token: Token): void {
  const { sub, t } = reading;
  if (!token.option || token.option.value.trim() === '') return;
  const typed = token.option.key;
  const english = t.lang === 'en';
  const own = (sub.options ?? []).map((key) => (english ? englishOptionKey(key) : key));
  const meant = nearest(typed, [...own, ...(sub.options ?? [])]);
  if (!KNOWN_KEYS.includes(typed) && !meant && !nearest(typed, KNOWN_KEYS)) return;
  const where = usageHead(reading.usage);
  const shown = meant && !own.includes(meant) ? englishOptionKey(meant) : meant;
  throw new UserError(
    t.unknownOption(typed, where, shown, own.map((key) => `${key}:`).join(', '), token.raw),
  );
}

function englishOf(words: Readonly<Record<string, string>>, dutch: string): string {
  return Object.entries(words).find(([, key]) => key === dutch)?.[0] ?? dutch;
}

function englishOptionKey(dutch: string): string {
  return englishOf(ENGLISH_OPTIONS, dutch);
}

/** A flag as it is written in a language: `geschiedenis`, in English `history`. */
export function flagWord(flag: string, lang: Lang): string {
  return lang === 'en' ? englishOf(ENGLISH_FLAGS, flag) : flag;
}

/** How many words after the option at `index` belong to its value. */
function followingWords(reading: ArgsReading, index: number, key: string): number {
  const { sub, tokens, source } = reading;
  let end = index + 1;
  while (end < tokens.length && !isOptionOrFlag(sub, tokens[end]!)) end++;
  const available = end - index - 1;
  if (available === 0) return 0;
  if (TEXT_OPTIONS.has(key)) return available;
  const kind = Object.hasOwn(VALUE_OPTIONS, key) ? VALUE_OPTIONS[key] : undefined;
  if (!kind) return 0;
  const start = tokens[index]!;
  const value = start.option!.value;
  for (let count = available; count > 0; count--) {
    const text = `${value}${source.slice(start.end, tokens[index + count]!.end)}`;
    if (reading.reads(kind, text)) return count;
  }
  return 0;
}

function isOptionOrFlag(sub: SubcommandSpec, token: Token): boolean {
  return (
    (token.option !== undefined && optionKey(sub, token.option.key) !== undefined) || !!flagOf(sub, token)
  );
}
