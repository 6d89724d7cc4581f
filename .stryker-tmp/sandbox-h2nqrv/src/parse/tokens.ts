/**
 * Splits a command line into tokens: words, "quoted text", and
 * `key:value` pairs whose value may be quoted (`hoe:"via de privacyverklaring"`).
 * Whether `key:value` is an option is decided later by the command, so a URL or a
 * Matrix id stays an ordinary word.
 */
// @ts-nocheck

export interface Token {
  /** The token's text without its quotes. */
  readonly value: string;
  /** The token as typed. */
  readonly raw: string;
  readonly quoted: boolean;
  /** Set when the token looks like `key:value`. */
  readonly option?: { readonly key: string; readonly value: string };
  readonly start: number;
  readonly end: number;
}

export type TokenizeResult = { ok: true; tokens: Token[] } | { ok: false; problem: 'unclosed-quote' };

const OPEN_QUOTES = new Set(['"', '“', '„', '”']);
const CLOSE_QUOTES = new Set(['"', '”', '“']);
const OPTION = /^([a-zA-Z][a-zA-Z-]*):/;
// Control characters (other than tab and newline) are never meaningful in a command.
// biome-ignore lint/suspicious/noControlCharactersInRegex: this pattern exists to remove them
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b-\u200f\u2028\u2029\ufeff]/g;

// Direction controls (embeddings, overrides, isolates) can make text read other than it is:
// removed, so `Factuur \u202Efdp.exe` stays `Factuur fdp.exe`.
const DIRECTION = /[\u202a-\u202e\u2066-\u2069]/g;

export function cleanInput(input: string): string {
  return input.replace(DIRECTION, '').replace(CONTROL, ' ');
}

function isSpace(char: string): boolean {
  return char === ' ' || char === '\t' || char === '\n' || char === '\r' || char === '\u00a0';
}

export function tokenize(input: string): TokenizeResult {
  const text = cleanInput(input);
  const tokens: Token[] = [];
  let index = 0;
  while (index < text.length) {
    while (index < text.length && isSpace(text[index]!)) index++;
    if (index >= text.length) break;
    const start = index;
    let value = '';
    let quoted = false;
    let optionKey: string | undefined;
    const keyMatch = OPTION.exec(text.slice(start, start + 40));
    if (keyMatch && !text.startsWith('//', start + keyMatch[0].length)) {
      optionKey = keyMatch[1];
    }
    while (index < text.length && !isSpace(text[index]!)) {
      const char = text[index]!;
      if (OPEN_QUOTES.has(char)) {
        const close = findClose(text, index + 1);
        if (close < 0) return { ok: false, problem: 'unclosed-quote' };
        value += text.slice(index + 1, close);
        quoted = true;
        index = close + 1;
      } else {
        value += char;
        index++;
      }
    }
    const raw = text.slice(start, index);
    const option =
      optionKey !== undefined
        ? { key: optionKey.toLowerCase(), value: value.slice(optionKey.length + 1) }
        : undefined;
    tokens.push({ value, raw, quoted, start, end: index, ...(option ? { option } : {}) });
  }
  return { ok: true, tokens };
}

function findClose(text: string, from: number): number {
  for (let index = from; index < text.length; index++) {
    if (CLOSE_QUOTES.has(text[index]!)) return index;
  }
  return -1;
}

/**
 * Joins words back into text, keeping the spacing (and line breaks) the user typed
 * between neighbouring words.
 */
export function joinTokens(tokens: readonly Token[], source: string): string {
  let text = '';
  tokens.forEach((token, position) => {
    const previous = tokens[position - 1];
    if (previous) {
      const gap = source.slice(previous.end, token.start);
      text += gap.length > 0 && gap.trim() === '' ? gap : ' ';
    }
    text += token.value;
  });
  return text.trim();
}
