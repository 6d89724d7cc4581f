import * as z from 'zod';
import {
  calendarDate,
  confidentiality,
  corrections,
  instant,
  itemId,
  memberField,
  messageRef,
  THEMES,
} from './fields.ts';

export const ADVICE_STEPS = [
  'ontvangen',
  'in-overweging',
  'in-gesprek',
  'advies-uitgebracht',
  'geen-advies',
  'reactie-ontvangen',
  'afgerond',
] as const;
export type AdviceStep = (typeof ADVICE_STEPS)[number];

export const ANSWER_DECISIONS = ['opgevolgd', 'deels', 'niet'] as const;
export type AnswerDecision = (typeof ANSWER_DECISIONS)[number];

const stepChange = z.strictObject({
  at: instant,
  by: memberField({ nl: 'stap gezet', en: 'step taken' }),
  step: z.enum(ADVICE_STEPS),
  note: z.string().optional(),
});

export const PROMISE_RESULTS = ['uitgevoerd', 'niet-uitgevoerd'] as const;
export type PromiseResult = (typeof PROMISE_RESULTS)[number];

/**
 * What the municipality promised in its answer (`termijn:`), and what became of it: the
 * date it promised, the date that holds now (after postponements), and the outcome.
 * The public website shows these, so they stay plain facts with dates.
 */
const municipalPromise = z.strictObject({
  /** The date promised in the answer. */
  promised: calendarDate,
  /** The date that holds now: the promised one, or the last postponement's. */
  due: calendarDate,
  /** The municipal member who answered: the one the reminders address. */
  by: memberField({ nl: 'toezegging gedaan', en: 'promise made' }),
  postponements: z
    .array(
      z.strictObject({
        from: calendarDate,
        to: calendarDate,
        reason: z.string().min(1),
        by: memberField({ nl: 'uitgesteld', en: 'postponed' }),
        at: instant,
      }),
    )
    .default([]),
  outcome: z
    .strictObject({
      result: z.enum(PROMISE_RESULTS),
      /** The explanation (uitgevoerd) or the reason (niet-uitgevoerd). */
      note: z.string().optional(),
      by: memberField({ nl: 'uitkomst gemeld', en: 'outcome reported' }),
      at: instant,
    })
    .optional(),
  /** When the bot asked in the thread: 7 days before `due`, and the day after it. */
  reminders: z.strictObject({ before: instant.optional(), after: instant.optional() }).default({}),
});
export type MunicipalPromise = z.infer<typeof municipalPromise>;

export const adviceRequest = z.strictObject({
  id: itemId,
  title: z.string().min(1),
  themes: z.array(z.enum(THEMES)).default([]),
  development: itemId.optional(),
  confidentiality,
  confidentialUntil: calendarDate.optional(),
  step: z.enum(ADVICE_STEPS),
  openedBy: memberField({ nl: 'geopend', en: 'opened' }),
  openedAt: instant,
  message: messageRef.optional(),
  advice: z
    .strictObject({
      summary: z.string().min(1),
      by: memberField({ nl: 'advies uitgebracht', en: 'advice issued' }),
      at: instant,
      dueDate: calendarDate,
    })
    .optional(),
  declined: z
    .strictObject({
      reason: z.string().min(1),
      by: memberField({ nl: 'geen advies', en: 'no advice' }),
      at: instant,
    })
    .optional(),
  answer: z
    .strictObject({
      decision: z.enum(ANSWER_DECISIONS),
      how: z.string().optional(),
      deadline: calendarDate.optional(),
      reason: z.string().optional(),
      note: z.string().optional(),
      by: memberField({ nl: 'gereageerd', en: 'answered' }),
      at: instant,
      daysLate: z.number().int().nonnegative(),
    })
    .optional(),
  history: z.array(stepChange).default([]),
  /** Answers refused as incomplete (§5a), for the yearly report's "complete on the first try". */
  answerRefusals: z.number().int().nonnegative().default(0),
  /** When the scheduler reminded the thread: 7 days before the due date, and once overdue. */
  reminders: z.strictObject({ soon: instant.optional(), overdue: instant.optional() }).default({}),
  /** The promise made in the answer (`termijn:`), when the advice is (partly) followed. */
  promise: municipalPromise.optional(),
  corrections,
});
export type AdviceRequest = z.infer<typeof adviceRequest>;
