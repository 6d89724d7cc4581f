// @ts-nocheck
import { describe, expect, it } from 'vitest';
import { editDistance, nearest } from '../../src/parse/suggest.ts';

describe('suggestions for typos', () => {
  it('counts swapped letters as one edit', () => {
    expect(editDistance('lisjt', 'lijst')).toBe(1);
    expect(editDistance('adivse', 'advies')).toBe(2);
    expect(editDistance('advies', 'advies')).toBe(0);
  });

  it('finds the command or sub-command people meant', () => {
    const commands = [
      'advies',
      'besluit',
      'uitgave',
      'budget',
      'overleg',
      'notitie',
      'ontwikkeling',
      'digest',
      'help',
    ];
    expect(nearest('adivse', commands)).toBe('advies');
    expect(nearest('adviez', commands)).toBe('advies');
    expect(nearest('besluiten', commands)).toBe('besluit');
    expect(nearest('lisjt', ['nieuw', 'lijst', 'toon'])).toBe('lijst');
    expect(nearest('plannen', ['plan', 'aanwezig', 'notulen'])).toBe('plan');
    expect(nearest('xyz', commands)).toBeUndefined();
  });
});
