import { joinTokens, type Token } from './tokens.ts';

/**
 * What a sub-command declares about the words after it (src/core/command.ts's
 * `SubcommandSpec`): the options and flags it takes, and how many words at most.
 */
export interface ArgsGrammar {
  /** `key:value` options it takes. */
  readonly options?: readonly string[];
  /** Bare words that switch something on (`vertrouwelijk`). */
  readonly flags?: readonly string[];
  /** The most words it takes; unset: the rest is free text. */
  readonly maxWords?: number;
}

/** The words, options and flags after the sub-command. */
export class Args {
  readonly words: readonly Token[];
  readonly options: ReadonlyMap<string, string>;
  readonly flags: ReadonlySet<string>;
  readonly #source: string;

  constructor(words: Token[], options: Map<string, string>, flags: Set<string>, source: string) {
    this.words = words;
    this.options = options;
    this.flags = flags;
    this.#source = source;
  }

  word(index: number): string | undefined {
    return this.words[index]?.value;
  }

  /** The words from `index` on as one text, with the user's own spacing. */
  rest(from = 0): string {
    return joinTokens(this.words.slice(from), this.#source);
  }

  /** The same without the word at `index` (a mark such as `vertrouwelijk`, taken out of the text). */
  without(index: number): Args {
    return new Args(
      this.words.filter((_, position) => position !== index) as Token[],
      new Map(this.options),
      new Set(this.flags),
      this.#source,
    );
  }

  /** Everything after the first `count` words. */
  after(count: number): Args {
    return new Args(
      this.words.slice(count) as Token[],
      new Map(this.options),
      new Set(this.flags),
      this.#source,
    );
  }
}
