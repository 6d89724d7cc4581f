import { describe, expect, it } from 'vitest';
import { type MessageRef, normalizeEmoji, parseRef, refToString } from '../../src/events.ts';

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
    expect(parseRef('irc:#x:1')).toBeUndefined();
    expect(parseRef('shell:panel')).toBeUndefined();
  });
});

describe('normalizeEmoji', () => {
  it('maps the spellings of ✅ and ❌', () => {
    for (const name of ['✅', ':white_check_mark:', 'white_check_mark', 'heavy_check_mark', '✔️']) {
      expect(normalizeEmoji(name)).toBe('✅');
    }
    for (const name of ['❌', ':x:', 'x']) expect(normalizeEmoji(name)).toBe('❌');
    expect(normalizeEmoji(':tada:')).toBe('tada');
    expect(normalizeEmoji('__proto__')).toBe('__proto__');
    expect(normalizeEmoji('constructor')).toBe('constructor');
  });
});
