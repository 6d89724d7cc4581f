// @ts-nocheck
import { describe, expect, it } from 'vitest';
import { emojiOfName, nameOfEmoji } from '../../adapters/emoji-names.ts';
import { type MessageRef, normalizeEmoji, parseRef, refToString } from '../../src/port/events.ts';

describe('message references', () => {
  const refs: MessageRef[] = [
    { platform: 'shell', channel: 'panel', id: '12' },
    { platform: 'slack', channel: 'C0PANEL', id: '1700000000.000100' },
    { platform: 'matrix', channel: '!room:example.org', id: '$abc123' },
    { platform: 'matrix', channel: '!room:example.org:8448', id: '$old:example.org' },
  ];
  it.each(refs)('round-trips %o', (ref) => {
    expect(parseRef(refToString(ref))).toEqual(ref);
  });

  it('refuses what is not a reference', () => {
    expect(parseRef('Irc #x 1')).toBeUndefined();
    expect(parseRef('shell:panel')).toBeUndefined();
    expect(parseRef('shell:panel:')).toBeUndefined();
  });
});

describe('normalizeEmoji', () => {
  it('maps the emoji that look like ✅ and ❌, and keycaps without their variation selector', () => {
    for (const emoji of ['✅', '✔️', '✔', '☑️']) expect(normalizeEmoji(emoji)).toBe('✅');
    for (const emoji of ['❌', '❎', '✖️']) expect(normalizeEmoji(emoji)).toBe('❌');
    expect(normalizeEmoji('2\u20E3')).toBe('2️⃣');
    expect(normalizeEmoji('__proto__')).toBe('__proto__');
    expect(normalizeEmoji('constructor')).toBe('constructor');
  });
});

describe('emoji names at the edge', () => {
  it('Slack names and typed shortcodes become the Unicode emoji the core reads', () => {
    for (const name of [':white_check_mark:', 'white_check_mark', 'heavy_check_mark']) {
      expect(normalizeEmoji(emojiOfName(name))).toBe('✅');
    }
    for (const name of [':x:', 'x', 'negative_squared_cross_mark'])
      expect(normalizeEmoji(emojiOfName(name))).toBe('❌');
    expect(emojiOfName('two')).toBe('2️⃣');
    expect(emojiOfName('tada')).toBe(':tada:');
    expect(emojiOfName('__proto__')).toBe(':__proto__:');
    expect(nameOfEmoji('3️⃣')).toBe('three');
  });
});
