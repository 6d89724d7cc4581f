// @ts-nocheck
import { createHmac } from 'node:crypto';
import type { Member } from '../setup/config.ts';
import type { Db, EvaluationAnswer, EvaluationSide } from '../store/schema.ts';

/**
 * The yearly evaluation of the agreement: every member gives two marks (1 to 10) and may
 * say what went well and what should improve. Anonymous by construction: the store keeps
 * answers without any member id, in an order that says nothing about who answered when,
 * and who took part only as a keyed digest whose key is thrown away at closing.
 */

/** Results are shown per side only from this many answers on, so no answer can be traced. */
export const MIN_ANSWERS_PER_SIDE = 3;

/** Answers wait in memory until this many can be stored together, unlinked from who sent them. */
export const BATCH = 3;

export const QUESTIONS = ['advisering', 'betekenis'] as const;
export type Question = (typeof QUESTIONS)[number];

const MUNICIPAL = new Set(['gemeente', 'pit', 'programmamanager']);

/** A member answers for the municipality when all their roles are on its side. */
export function sideOf(member: Member): EvaluationSide {
  return member.roles.length > 0 && member.roles.every((role) => MUNICIPAL.has(role)) ? 'gemeente' : 'panel';
}

/** Who answered, as the store keeps it: a keyed digest that nobody can turn back once the key is gone. */
export function participantDigest(key: string, memberId: string): string {
  return createHmac('sha256', Buffer.from(key, 'base64')).update(memberId).digest('base64url');
}

/** The open evaluations this member answered (while the key exists; after closing nobody can tell). */
export function answeredBy(db: Db, memberId: string): number[] {
  return db.evaluations
    .filter(
      (evaluation) =>
        evaluation.key && evaluation.participants.includes(participantDigest(evaluation.key, memberId)),
    )
    .map((evaluation) => evaluation.year);
}

/** A canonical order: the same answers give the same list, whatever order they came in. */
export function canonical(answers: readonly EvaluationAnswer[]): EvaluationAnswer[] {
  const key = (answer: EvaluationAnswer) => JSON.stringify(answer);
  return [...answers].sort((a, b) => key(a).localeCompare(key(b)));
}

export interface QuestionResult {
  /** The mean to one decimal. */
  readonly mean: number;
  readonly lowest: number;
  readonly highest: number;
}

export interface SideResult {
  readonly answers: number;
  readonly marks: Readonly<Record<Question, QuestionResult>> | undefined;
  /** Free-text points, sorted, without names. */
  readonly well: readonly string[];
  readonly better: readonly string[];
}

export interface EvaluationResults {
  readonly panel: SideResult;
  readonly gemeente: SideResult;
  readonly total: SideResult;
  /** Whether both sides have enough answers to show anything but counts. */
  readonly shown: boolean;
}

export function mean(values: readonly number[]): number {
  return Math.round((values.reduce((sum, value) => sum + value, 0) / values.length) * 10) / 10;
}

function sideResult(answers: readonly EvaluationAnswer[]): SideResult {
  const points = (key: 'well' | 'better') =>
    answers.flatMap((answer) => (answer[key] ? [answer[key]] : [])).sort((a, b) => a.localeCompare(b));
  const marks =
    answers.length === 0
      ? undefined
      : (Object.fromEntries(
          QUESTIONS.map((question) => {
            const values = answers.map((answer) => answer[question]);
            return [
              question,
              { mean: mean(values), lowest: Math.min(...values), highest: Math.max(...values) },
            ];
          }),
        ) as Record<Question, QuestionResult>);
  return { answers: answers.length, marks, well: points('well'), better: points('better') };
}

export function evaluationResults(answers: readonly EvaluationAnswer[]): EvaluationResults {
  const panel = answers.filter((answer) => answer.side === 'panel');
  const gemeente = answers.filter((answer) => answer.side === 'gemeente');
  return {
    panel: sideResult(panel),
    gemeente: sideResult(gemeente),
    total: sideResult(answers),
    shown: panel.length >= MIN_ANSWERS_PER_SIDE && gemeente.length >= MIN_ANSWERS_PER_SIDE,
  };
}

/** Every year's mean marks, this bot's evaluations and the ones entered by hand, oldest first. */
export function history(
  db: Db,
): Array<{ year: number; advisering: number; betekenis: number; entered: boolean }> {
  const measured = db.evaluations
    .filter((evaluation) => evaluation.closed && evaluationResults(evaluation.answers).shown)
    .map((evaluation) => {
      const total = evaluationResults(evaluation.answers).total.marks!;
      return {
        year: evaluation.year,
        advisering: total.advisering.mean,
        betekenis: total.betekenis.mean,
        entered: false,
      };
    });
  const entered = db.earlierEvaluations
    .filter((earlier) => !measured.some((year) => year.year === earlier.year))
    .map((earlier) => ({ ...earlier, entered: true }));
  return [...measured, ...entered].sort((a, b) => a.year - b.year);
}
