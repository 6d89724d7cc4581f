// @ts-nocheck
import { describe, expect, it } from 'vitest';
import { StartupError } from '../../src/core/errors.ts';
import { AGREEMENT_CAPS, parseConfig } from '../../src/setup/config.ts';

const anna = { id: 'anna', name: 'Anna de Vries', roles: ['voorzitter'] };

function refusal(input: unknown): string {
  try {
    parseConfig(input, 'config.json');
  } catch (error) {
    expect(error).toBeInstanceOf(StartupError);
    return (error as Error).message;
  }
  throw new Error('accepted');
}

describe("the config's caps (the default terms of a new store)", () => {
  it('are in cents; a number below 100 is refused with a sentence that says the unit', () => {
    const text = refusal({ members: [anna], caps: { bestanden: 20 } });
    expect(text).toContain("'caps.bestanden' is 20");
    expect(text).toContain('centen');
    expect(text).toContain('"€ 1.600"');
    const english = refusal({ language: 'en', members: [anna], caps: { kosten: 99 } });
    expect(english).toContain("'caps.kosten' is 99");
    expect(english).toContain('cents');
  });

  it('take 100 cents and more, and 0 (no budget for that category)', () => {
    const config = parseConfig({ members: [anna], caps: { bestanden: 100, expertise: 0 } }, 'config.json');
    expect(config.caps).toEqual({ ...AGREEMENT_CAPS, bestanden: 100, expertise: 0 });
  });

  it('take euros written as text, as the agreement writes them', () => {
    const config = parseConfig(
      {
        members: [anna],
        caps: { bestanden: '€ 1.600', kosten: '2.500', expertise: '3000,00', totaal: '€ 8.000,00' },
      },
      'config.json',
    );
    expect(config.caps).toEqual(AGREEMENT_CAPS);
  });

  it('refuse a text that is no amount, a negative number and a fraction of a cent', () => {
    expect(refusal({ members: [anna], caps: { bestanden: 'veel' } })).toContain(
      '\'caps.bestanden\' is "veel"',
    );
    expect(refusal({ members: [anna], caps: { bestanden: -160000 } })).toContain(
      "'caps.bestanden' is -160000",
    );
    expect(refusal({ members: [anna], caps: { bestanden: 1600.5 } })).toContain("'caps.bestanden' is 1600.5");
  });

  it('point to /afspraak for caps per year', () => {
    const text = refusal({ members: [anna], caps: { 2025: 160000 } });
    expect(text).toContain("'caps.2025'");
    expect(text).toContain('/afspraak nieuw');
  });
});
