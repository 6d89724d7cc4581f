// @ts-nocheck
import { lookup } from '../src/port/lookup.ts';

/**
 * Emoji by the names people and platforms give them (Slack's reaction names, the
 * `:shortcodes:` typed in the terminal), as the Unicode emoji the core works with. Only
 * the ones the bot acts on; any other name reaches the core as `:name:`.
 */
const BY_NAME: Record<string, string> = {
  white_check_mark: '✅',
  heavy_check_mark: '✔️',
  ballot_box_with_check: '☑️',
  x: '❌',
  negative_squared_cross_mark: '❎',
  heavy_multiplication_x: '✖️',
  zero: '0️⃣',
  one: '1️⃣',
  two: '2️⃣',
  three: '3️⃣',
  four: '4️⃣',
  five: '5️⃣',
  six: '6️⃣',
  seven: '7️⃣',
  eight: '8️⃣',
  nine: '9️⃣',
  keycap_ten: '🔟',
};

const BY_EMOJI = new Map(Object.entries(BY_NAME).map(([name, emoji]) => [emoji, name]));

/** `white_check_mark` or `:white_check_mark:` → `✅`; an emoji stays itself; an unknown name becomes `:name:`. */
export function emojiOfName(name: string): string {
  const bare = name.trim().replace(/^:(.+):$/, '$1');
  const known = lookup(BY_NAME, bare);
  if (known) return known;
  return /^[\w+-]+$/.test(bare) ? `:${bare}:` : name.trim();
}

/** The name of an emoji the bot puts under a message (`1️⃣` → `one`), for platforms that react by name. */
export function nameOfEmoji(emoji: string): string | undefined {
  return BY_EMOJI.get(emoji);
}
