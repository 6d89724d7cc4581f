// @ts-nocheck
import prototypes from 'unhomoglyph/data.json' with { type: 'json' };

/**
 * Text as people read it, for the free-text rule: a title typed on a phone (`camera’s`
 * with U+2019), with a look-alike letter from another script (a Cyrillic `С`), with two
 * spaces or a line break, or an id written `ADV 1` or `ADV1`, names the same item.
 *
 * The look-alike table is Unicode's own (UTS #39, `confusables.txt`), as the `unhomoglyph`
 * package ships it: each character that can be mistaken for another maps to its prototype.
 */
const PROTOTYPE: ReadonlyMap<string, string> = new Map(Object.entries(prototypes as Record<string, string>));

/** Characters that show nothing (soft hyphen, word joiner, zero-width space, …). */
const INVISIBLE = /\p{Default_Ignorable_Code_Point}/gu;
/** Every kind of dash people read as a hyphen (`ADV‑4` with a non-breaking hyphen, `ADV–4`, `ADV−4`). */
const DASHES = /[\p{Dash_Punctuation}\u2212]/gu;

/** One form of each letter (`ＡＤＶ` is `ADV`), no invisible characters, one kind of hyphen. */
export function asRead(text: string): string {
  return text.normalize('NFKC').replace(INVISIBLE, '').replace(DASHES, '-');
}

/** One case and one kind of space, as `asRead`: what a title must at least have to be looked for. */
export function plainForm(text: string): string {
  return asRead(text).toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * The confusable skeleton (UTS #39 section 4): decomposed, each character replaced by its
 * prototype, decomposed again. Two texts that look alike have the same skeleton. Not for
 * reading: `m` becomes `rn`, `0` becomes `O`, both quotes `“` and `"` become `''`.
 */
export function skeleton(text: string): string {
  let result = '';
  for (const char of text.normalize('NFD')) result += PROTOTYPE.get(char) ?? char;
  return result.normalize('NFD');
}

/**
 * The form in which text and titles are compared: one case first (so `M` and `m` meet),
 * then the skeleton (so quotes, apostrophes and look-alike letters meet), then one kind
 * of space.
 */
export function comparableForm(text: string): string {
  return skeleton(plainForm(text)).replace(/\s+/g, ' ').trim();
}

/**
 * Text in which ids are looked for: as read, with each letter from another script that
 * looks like a Latin letter replaced by it (`АDV-1` with a Cyrillic `А`). Digits and
 * Latin letters stay as they are, so `UIT-1` is not read as `UlT-1`.
 */
export function idForm(text: string): string {
  return asRead(text).replace(/\P{ASCII}/gu, (char) => {
    const prototype = PROTOTYPE.get(char);
    return prototype !== undefined && /^[A-Za-z]$/.test(prototype) ? prototype : char;
  });
}
