// @ts-nocheck
import type { AdviceRequest, AdviceStep, AnswerDecision } from '../store/schema.ts';
import { ADVICE_STEPS } from '../store/schema.ts';
import { addDays, type CalendarDate, daysBetween } from '../time/time.ts';

/**
 * The steps of an advice request (agreement §5a) as pure rules:
 * received → under consideration → in conversation → advice issued | no advice
 * → answer received → closed.
 */
export const NEXT_STEPS: Readonly<Record<AdviceStep, readonly AdviceStep[]>> = {
  ontvangen: ['in-overweging', 'geen-advies'],
  'in-overweging': ['in-gesprek', 'geen-advies'],
  'in-gesprek': ['advies-uitgebracht', 'geen-advies'],
  'advies-uitgebracht': ['reactie-ontvangen'],
  'geen-advies': ['afgerond'],
  'reactie-ontvangen': ['afgerond'],
  afgerond: [],
};

/** Steps that `/advies stap` may set; the others have their own sub-command. */
export const MANUAL_STEPS = ['in-overweging', 'in-gesprek'] as const satisfies readonly AdviceStep[];

export function canMove(from: AdviceStep, to: AdviceStep): boolean {
  return NEXT_STEPS[from].includes(to);
}

/** The steps still to take from `from` to reach a step from which `to` is allowed. */
export function stepsBefore(from: AdviceStep, to: AdviceStep): AdviceStep[] {
  const order: readonly AdviceStep[] = ADVICE_STEPS.filter((step) => step !== 'geen-advies');
  const path: AdviceStep[] = [];
  let current = from;
  while (!canMove(current, to)) {
    const next = NEXT_STEPS[current].find(
      (step) => order.indexOf(step) > order.indexOf(current) && step !== 'geen-advies',
    );
    if (!next || path.length > ADVICE_STEPS.length) return [];
    path.push(next);
    current = next;
  }
  return path;
}

export function isOpen(request: AdviceRequest): boolean {
  return request.step !== 'afgerond';
}

/** When the municipality's answer is due: `windowDays` calendar days after the advice. */
export function answerDueDate(adviceDate: CalendarDate, windowDays: number): CalendarDate {
  return addDays(adviceDate, windowDays);
}

/** Days the answer is (or was) late on `day`; 0 when on time. */
export function daysLate(dueDate: CalendarDate, day: CalendarDate): number {
  return Math.max(0, daysBetween(dueDate, day));
}

/** An answer still owed by the municipality: advice issued, no answer yet. */
export function awaitsAnswer(request: AdviceRequest): boolean {
  return (
    request.step === 'advies-uitgebracht' && request.advice !== undefined && request.answer === undefined
  );
}

export type AnswerPart = 'decision' | 'how' | 'deadline' | 'reason';

export interface AnswerDraft {
  readonly decision?: AnswerDecision | undefined;
  readonly how?: string | undefined;
  readonly deadline?: CalendarDate | undefined;
  readonly reason?: string | undefined;
}

/**
 * What an answer still misses (§5a): whether the advice is followed, and if so how
 * and by when; an answer that does not follow it gives a reason instead.
 */
export function missingAnswerParts(draft: AnswerDraft): AnswerPart[] {
  if (!draft.decision) return ['decision'];
  if (draft.decision === 'niet') return draft.reason?.trim() ? [] : ['reason'];
  const missing: AnswerPart[] = [];
  if (!draft.how?.trim()) missing.push('how');
  if (!draft.deadline) missing.push('deadline');
  return missing;
}
