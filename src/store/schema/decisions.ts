import * as z from 'zod';
import { calendarDate, confidentiality, instant, itemId, memberField, messageRef } from './fields.ts';

export const decision = z.strictObject({
  id: itemId,
  text: z.string().min(1),
  about: itemId.optional(),
  confidentiality,
  confidentialUntil: calendarDate.optional(),
  by: memberField({ nl: 'vastgelegd', en: 'recorded' }),
  at: instant,
  message: messageRef.optional(),
  /** Every change of the text, oldest first, with the text it replaced: `text` is the current one. */
  changes: z
    .array(
      z.strictObject({
        at: instant,
        by: memberField({ nl: 'gewijzigd', en: 'changed' }),
        before: z.string().min(1),
        reason: z.string().optional(),
      }),
    )
    .optional(),
  /** A withdrawn decision stays, with who withdrew it, when and why. */
  withdrawn: z
    .strictObject({
      at: instant,
      by: memberField({ nl: 'ingetrokken', en: 'withdrawn' }),
      reason: z.string().min(1),
    })
    .optional(),
});
export type Decision = z.infer<typeof decision>;
