// @ts-nocheck
import { describe, expect, it } from 'vitest';
import { cleanInput, joinTokens, tokenize } from '../../src/parse/tokens.ts';

function values(input: string): string[] {
  const result = tokenize(input);
  if (!result.ok) throw new Error(result.problem);
  return result.tokens.map((token) => token.value);
}

describe('tokenize', () => {
  it('splits words on any white space', () => {
    expect(values('  nieuw   Bodycams\tvoor\nhandhavers ')).toEqual([
      'nieuw',
      'Bodycams',
      'voor',
      'handhavers',
    ]);
  });

  it('keeps quoted text together, with straight and curly quotes', () => {
    expect(values('nieuw "Bodycams voor handhavers" thema:privacy')).toEqual([
      'nieuw',
      'Bodycams voor handhavers',
      'thema:privacy',
    ]);
    expect(values('„Open Hilversum” “ANPR camera’s”')).toEqual(['Open Hilversum', 'ANPR camera’s']);
  });

  it('reads key:value options, with quoted values', () => {
    const result = tokenize('reactie ADV-1 opgevolgd hoe:"via de privacyverklaring" termijn:1-3-2027');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const options = result.tokens.filter((token) => token.option).map((token) => token.option);
    expect(options).toEqual([
      { key: 'hoe', value: 'via de privacyverklaring' },
      { key: 'termijn', value: '1-3-2027' },
    ]);
  });

  it('does not take a URL, a time or a Matrix id for an option', () => {
    const result = tokenize('https://example.org/advies 19:30 @anna:example.org');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.tokens.map((token) => token.value)).toEqual([
      'https://example.org/advies',
      '19:30',
      '@anna:example.org',
    ]);
    expect(result.tokens.map((token) => token.option)).toEqual([undefined, undefined, undefined]);
  });

  it('refuses a quote that is never closed', () => {
    expect(tokenize('nieuw "Bodycams voor handhavers')).toEqual({ ok: false, problem: 'unclosed-quote' });
  });

  it('turns control characters into spaces', () => {
    expect(values('a\u0000b\u0007c\u200bd')).toEqual(['a', 'b', 'c', 'd']);
  });

  it('removes direction-control characters, so text cannot disguise itself', () => {
    const disguised = 'Factuur \u202Efdp.exe\u202C \u2066a\u2067b\u2068c\u2069 \u202A\u202B\u202Dx';
    expect(cleanInput(disguised)).toBe('Factuur fdp.exe abc x');
    expect(values('nieuw "ti\u202Etel"')).toEqual(['nieuw', 'titel']);
  });

  it('handles a 100 KB line in linear time without failing', () => {
    const long = 'woord '.repeat(20_000);
    expect(values(long)).toHaveLength(20_000);
  });
});

describe('joinTokens', () => {
  it('keeps the spacing and line breaks between neighbouring words', () => {
    const source = 'eerste regel\ntweede  regel';
    const result = tokenize(source);
    if (!result.ok) throw new Error('tokenize failed');
    expect(joinTokens(result.tokens, source)).toBe('eerste regel\ntweede  regel');
  });

  it('puts one space where an option was taken out', () => {
    const source = 'Bodycams thema:privacy handhavers';
    const result = tokenize(source);
    if (!result.ok) throw new Error('tokenize failed');
    const words = result.tokens.filter((token) => !token.option);
    expect(joinTokens(words, source)).toBe('Bodycams handhavers');
  });
});
