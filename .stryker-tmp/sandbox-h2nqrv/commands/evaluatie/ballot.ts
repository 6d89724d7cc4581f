// @ts-nocheck
import { randomBytes } from 'node:crypto';
import { BATCH, canonical, participantDigest, sideOf } from '../../src/domain/evaluation.ts';
import { message, paragraph } from '../../src/port/rich-message.ts';
import type { Config, Member } from '../../src/setup/config.ts';
import type { Db, Evaluation, EvaluationAnswer } from '../../src/store/schema.ts';
import { type CalendarDate, formatDate } from '../../src/time/time.ts';
import { evaluationMessages } from './messages.ts';

/**
 * The ballot box. An answer is not written at once: it waits in the running bot's memory
 * until `BATCH` answers can be written together (or the evaluation closes), in a canonical
 * order and with the digests of who answered sorted apart. So no line of the store, its
 * journal or its audit trail tells which answer came from whom, or in which order.
 */
interface Pool {
  readonly answers: EvaluationAnswer[];
  readonly digests: string[];
}

const POOLS = 'evaluatie';

/** What a ballot needs of a command's or the scheduler's context. */
export interface BallotContext {
  readonly memory: Map<string, unknown>;
  readonly db: Db;
  /** A change whose audit entry names no member (the scheduler's changes are all like that). */
  transactAsBot<T>(
    action: string,
    change: (db: Db) => T,
    target: (result: T) => string | undefined,
  ): Promise<T>;
}

function pools(memory: Map<string, unknown>): Map<number, Pool> {
  const found = memory.get(POOLS) as Map<number, Pool> | undefined;
  if (found) return found;
  const made = new Map<number, Pool>();
  memory.set(POOLS, made);
  return made;
}

export function poolOf(memory: Map<string, unknown>, year: number): Pool {
  const all = pools(memory);
  const pool = all.get(year) ?? { answers: [], digests: [] };
  all.set(year, pool);
  return pool;
}

export function openEvaluation(db: Db): Evaluation | undefined {
  return db.evaluations.find((evaluation) => !evaluation.closed);
}

export function newEvaluation(year: number, closesOn: CalendarDate, at: Date, config: Config): Evaluation {
  const sides = config.members.map(sideOf);
  return {
    year,
    openedAt: at.toISOString(),
    closesOn,
    invited: {
      panel: sides.filter((side) => side === 'panel').length,
      gemeente: sides.filter((side) => side === 'gemeente').length,
    },
    key: randomBytes(32).toString('base64'),
    participants: [],
    answers: [],
  };
}

/** Whether this member answered already: stored, or waiting in the pool. */
export function hasAnswered(memory: Map<string, unknown>, evaluation: Evaluation, memberId: string): boolean {
  if (!evaluation.key) return false;
  const digest = participantDigest(evaluation.key, memberId);
  return evaluation.participants.includes(digest) || poolOf(memory, evaluation.year).digests.includes(digest);
}

/** Puts an answer in the box; how many more must come before it is written (0: written now). */
export async function cast(
  context: BallotContext,
  evaluation: Evaluation,
  member: Member,
  answer: EvaluationAnswer,
): Promise<number> {
  const pool = poolOf(context.memory, evaluation.year);
  pool.answers.push(answer);
  pool.digests.push(participantDigest(evaluation.key!, member.id));
  if (pool.answers.length < BATCH) return BATCH - pool.answers.length;
  await flush(context, evaluation.year);
  return 0;
}

/** Writes what waits in the pool, all at once, in canonical order. */
export async function flush(context: BallotContext, year: number): Promise<void> {
  const pool = poolOf(context.memory, year);
  if (pool.answers.length === 0) return;
  const answers = [...pool.answers];
  const digests = [...pool.digests];
  await context.transactAsBot(
    'evaluatie.antwoorden',
    (db) => {
      const evaluation = db.evaluations.find((candidate) => candidate.year === year)!;
      evaluation.answers = canonical([...evaluation.answers, ...answers]);
      evaluation.participants = [...evaluation.participants, ...digests].sort();
    },
    () => `evaluatie-${year}`,
  );
  pool.answers.splice(0, answers.length);
  pool.digests.splice(0, digests.length);
}

/**
 * Closes an evaluation: what waits is written, then the key and the digests are thrown
 * away, so nobody can ever tell who answered. The caller replaces the store's copies.
 */
export async function close(context: BallotContext, year: number, at: Date): Promise<void> {
  await flush(context, year);
  await context.transactAsBot(
    'evaluatie.sluiten',
    (db) => {
      const evaluation = db.evaluations.find((candidate) => candidate.year === year)!;
      delete evaluation.key;
      evaluation.participants = [];
      evaluation.closed = { at: at.toISOString() };
    },
    () => `evaluatie-${year}`,
  );
  pools(context.memory).delete(year);
}

/** The reminder a member gets when the bot starts again during an evaluation (answers in memory were lost). */
export function reminderFor(config: Config, evaluation: Evaluation, member: Member) {
  const m = evaluationMessages[config.language];
  return message(
    paragraph(m.reminder(evaluation.year, formatDate(evaluation.closesOn, config.language), member.name)),
  );
}
