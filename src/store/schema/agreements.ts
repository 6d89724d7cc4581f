import * as z from 'zod';
import { calendarDate, instant, itemId, memberField, messageRef, SIDES, signature } from './fields.ts';

/** What an agreement sets (afspraak 6e–g, 5a): the yearly caps in cents, the answer window, and the clauses the bot quotes. */
export const agreementTerms = z.strictObject({
  caps: z.strictObject({
    bestanden: z.number().int().nonnegative(),
    kosten: z.number().int().nonnegative(),
    expertise: z.number().int().nonnegative(),
    totaal: z.number().int().nonnegative(),
  }),
  responseWindowDays: z.number().int().min(1).max(365),
  /** The article of the agreement each term stands in (`6e`), as the bot quotes it. */
  articles: z.strictObject({
    bestanden: z.string().min(1).max(20),
    kosten: z.string().min(1).max(20),
    expertise: z.string().min(1).max(20),
    website: z.string().min(1).max(20),
    termijn: z.string().min(1).max(20),
  }),
});
export type AgreementTerms = z.infer<typeof agreementTerms>;

/**
 * One version of an agreement: its terms from a date on, as proposed, and the approvals
 * of both sides (8b). A version is in force once the panel and the municipality approved
 * it (`inForceAt`). The first agreement is recorded by the bot (`recorded`), not proposed.
 */
const agreementVersion = z.strictObject({
  number: z.number().int().positive(),
  /** The day these terms apply from: the agreement's start for version 1, later for an amendment. */
  from: calendarDate,
  terms: agreementTerms,
  proposedBy: memberField({ nl: 'afspraak voorgesteld', en: 'agreement proposed' }).optional(),
  proposedAt: instant,
  /** The message that proposed it: a ✅ there approves it. */
  message: messageRef.optional(),
  approvals: z.array(signature).default([]),
  inForceAt: instant.optional(),
  /** Recorded by the bot from its terms of before: in a new store (`start`), or when upgrading one (`upgrade`). */
  recorded: z.enum(['start', 'upgrade']).optional(),
});
export type AgreementVersion = z.infer<typeof agreementVersion>;

/** The collaboration agreement (afspraak 8): a period, its versions, and its end (8c). */
export const agreement = z.strictObject({
  id: itemId,
  /** The agreement is a public document. */
  confidentiality: z.literal('openbaar').default('openbaar'),
  from: calendarDate,
  to: calendarDate,
  /** The announcement of the first proposal; `preview` is that of a newer version awaiting approval. */
  message: messageRef.optional(),
  preview: messageRef.optional(),
  versions: z.array(agreementVersion).min(1),
  /** Ended by one side (8c), from a day on; a proposal ended this way never comes into force. */
  ended: z
    .strictObject({
      on: calendarDate,
      reason: z.string().min(1),
      by: memberField({ nl: 'afspraak opgezegd', en: 'agreement ended' }),
      side: z.enum(SIDES),
      at: instant,
    })
    .optional(),
});
export type Agreement = z.infer<typeof agreement>;
