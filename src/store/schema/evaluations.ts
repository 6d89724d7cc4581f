import * as z from 'zod';
import { calendarDate, instant, messageRef } from './fields.ts';

export const EVALUATION_SIDES = ['panel', 'gemeente'] as const;
export type EvaluationSide = (typeof EVALUATION_SIDES)[number];

const evaluationMark = z.number().int().min(1).max(10);

/** One answer to the yearly evaluation: no member id, no time; only the side it came from. */
const evaluationAnswer = z.strictObject({
  side: z.enum(EVALUATION_SIDES),
  advisering: evaluationMark,
  betekenis: evaluationMark,
  /** What went well, and what should improve: free text, kept without a name. */
  well: z.string().min(1).optional(),
  better: z.string().min(1).optional(),
});
export type EvaluationAnswer = z.infer<typeof evaluationAnswer>;

/**
 * The yearly evaluation of the agreement (afspraak 8a). Anonymous by construction: the
 * answers carry no member and are kept in a canonical order; who answered is kept only as
 * digests keyed with `key`, which is thrown away at closing (with every copy of the store).
 */
export const evaluation = z.strictObject({
  /** One evaluation per year: the year is its name (`/evaluatie sluiten 2026`). */
  year: z.number().int().min(2000).max(2100),
  /** Who opened and closed it is in the audit trail: this record, which holds the answers, names nobody. */
  openedAt: instant,
  closesOn: calendarDate,
  message: messageRef.optional(),
  /** How many members were asked, per side. */
  invited: z.strictObject({
    panel: z.number().int().nonnegative(),
    gemeente: z.number().int().nonnegative(),
  }),
  key: z.string().optional(),
  participants: z.array(z.string()).default([]),
  answers: z.array(evaluationAnswer).default([]),
  closed: z.strictObject({ at: instant }).optional(),
  /** The day the bot last asked again those who had not answered (after a restart). */
  remindedOn: calendarDate.optional(),
});
export type Evaluation = z.infer<typeof evaluation>;

/** The marks of an earlier year, entered by hand (the council letter's 7,8 and 8,5). */
export const earlierEvaluation = z.strictObject({
  year: z.number().int().min(2000).max(2100),
  advisering: z.number().min(1).max(10),
  betekenis: z.number().min(1).max(10),
  at: instant,
});
export type EarlierEvaluation = z.infer<typeof earlierEvaluation>;
