import * as z from 'zod';
import { confidentiality, corrections, instant, itemId, memberField, messageRef } from './fields.ts';

export const EXPENSE_STEPS = [
  'aangevraagd',
  'goedgekeurd',
  'afgewezen',
  'bewijs-ingediend',
  'vergoed',
  'ingetrokken',
] as const;
export type ExpenseStep = (typeof EXPENSE_STEPS)[number];

export const CATEGORIES = ['bestanden', 'kosten', 'expertise', 'website'] as const;
export type Category = (typeof CATEGORIES)[number];

const cents = z.number().int().positive();

export const expense = z.strictObject({
  id: itemId,
  amount: cents,
  category: z.enum(CATEGORIES),
  description: z.string().min(1),
  confidentiality: confidentiality.default('openbaar'),
  /** The budget year: the calendar year in the panel's time zone when it was announced. */
  year: z.number().int(),
  step: z.enum(EXPENSE_STEPS),
  announcedBy: memberField({ nl: 'aangevraagd', en: 'announced' }),
  announcedAt: instant,
  message: messageRef.optional(),
  /**
   * `reaction`: the platform's id of the ✅ that gave it, so removing it still works after a
   * restart. `mark`: that reaction as the platform spelled it (`white_check_mark`, `✔️`), so
   * only removing that one undoes it, not removing a second mark that was refused.
   */
  approval: z
    .strictObject({
      by: memberField({ nl: 'goedgekeurd', en: 'approved' }),
      at: instant,
      reaction: messageRef.optional(),
      mark: z.string().optional(),
    })
    .optional(),
  rejection: z
    .strictObject({
      by: memberField({ nl: 'afgekeurd', en: 'rejected' }),
      at: instant,
      reason: z.string().optional(),
      reaction: messageRef.optional(),
      mark: z.string().optional(),
    })
    .optional(),
  receipts: z
    .array(
      z.strictObject({
        text: z.string().min(1),
        amount: cents.optional(),
        by: memberField({ nl: 'bon ingediend', en: 'receipt submitted' }),
        at: instant,
      }),
    )
    .default([]),
  paid: z.strictObject({ by: memberField({ nl: 'vergoed', en: 'paid' }), at: instant }).optional(),
  /** When the description and receipts were removed after the retention period (AVG). */
  erasedAt: instant.optional(),
  history: z
    .array(
      z.strictObject({
        at: instant,
        by: memberField({ nl: 'stap gezet', en: 'step taken' }),
        step: z.enum(EXPENSE_STEPS),
        note: z.string().optional(),
      }),
    )
    .default([]),
  corrections,
});
export type Expense = z.infer<typeof expense>;
