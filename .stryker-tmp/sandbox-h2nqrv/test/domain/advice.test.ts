// @ts-nocheck
import { describe, expect, it } from 'vitest';
import {
  answerDueDate,
  canMove,
  daysLate,
  missingAnswerParts,
  stepsBefore,
} from '../../src/domain/advice.ts';
import { ADVICE_STEPS, type AdviceStep } from '../../src/store/schema.ts';

/** The agreement's steps (§5a), written out by hand: every pair not listed is refused. */
const ALLOWED: ReadonlyArray<[AdviceStep, AdviceStep]> = [
  ['ontvangen', 'in-overweging'],
  ['ontvangen', 'geen-advies'],
  ['in-overweging', 'in-gesprek'],
  ['in-overweging', 'geen-advies'],
  ['in-gesprek', 'advies-uitgebracht'],
  ['in-gesprek', 'geen-advies'],
  ['advies-uitgebracht', 'reactie-ontvangen'],
  ['geen-advies', 'afgerond'],
  ['reactie-ontvangen', 'afgerond'],
];

describe('the step machine', () => {
  const pairs = ADVICE_STEPS.flatMap((from) => ADVICE_STEPS.map((to) => [from, to] as const));
  it.each(pairs)('%s → %s', (from, to) => {
    const expected = ALLOWED.some(([a, b]) => a === from && b === to);
    expect(canMove(from, to)).toBe(expected);
  });

  it('names the steps to take first', () => {
    expect(stepsBefore('ontvangen', 'advies-uitgebracht')).toEqual(['in-overweging', 'in-gesprek']);
    expect(stepsBefore('in-overweging', 'advies-uitgebracht')).toEqual(['in-gesprek']);
    expect(stepsBefore('ontvangen', 'afgerond')).toEqual([
      'in-overweging',
      'in-gesprek',
      'advies-uitgebracht',
      'reactie-ontvangen',
    ]);
    expect(stepsBefore('afgerond', 'in-gesprek')).toEqual([]);
  });
});

describe('the answer due date', () => {
  it('is 42 calendar days after the advice, across a DST change', () => {
    expect(answerDueDate('2026-03-01', 42)).toBe('2026-04-12');
    expect(answerDueDate('2026-10-20', 42)).toBe('2026-12-01');
    expect(answerDueDate('2026-12-31', 1)).toBe('2027-01-01');
  });

  it('counts days late from the day after the due date', () => {
    expect(daysLate('2027-01-09', '2027-01-09')).toBe(0);
    expect(daysLate('2027-01-09', '2027-01-08')).toBe(0);
    expect(daysLate('2027-01-09', '2027-01-12')).toBe(3);
  });
});

describe('answer completeness (§5a: whether, how, by when)', () => {
  it('needs whether it is followed', () => {
    expect(missingAnswerParts({ how: 'x', deadline: '2027-03-01' })).toEqual(['decision']);
  });

  it('needs how and by when for followed and partly followed', () => {
    expect(missingAnswerParts({ decision: 'opgevolgd' })).toEqual(['how', 'deadline']);
    expect(missingAnswerParts({ decision: 'deels', how: 'via de website' })).toEqual(['deadline']);
    expect(missingAnswerParts({ decision: 'deels', how: '  ', deadline: '2027-03-01' })).toEqual(['how']);
    expect(missingAnswerParts({ decision: 'opgevolgd', how: 'x', deadline: '2027-03-01' })).toEqual([]);
  });

  it('needs a reason instead for not followed', () => {
    expect(missingAnswerParts({ decision: 'niet' })).toEqual(['reason']);
    expect(missingAnswerParts({ decision: 'niet', reason: 'wettelijk verplicht' })).toEqual([]);
  });
});
