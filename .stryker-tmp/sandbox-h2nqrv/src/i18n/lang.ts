// @ts-nocheck
export const LANGUAGES = ['nl', 'en'] as const;
export type Lang = (typeof LANGUAGES)[number];

/** A text in every language the bot speaks. */
export type Localized = Record<Lang, string>;

export function pick(text: Localized, lang: Lang): string {
  return text[lang];
}

/** A count with its noun: `1 dag`, `3 dagen`. */
export function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}
