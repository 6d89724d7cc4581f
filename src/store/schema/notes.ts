import * as z from 'zod';
import {
  calendarDate,
  confidentiality,
  instant,
  itemId,
  memberField,
  messageRef,
  signature,
} from './fields.ts';

export const note = z.strictObject({
  id: itemId,
  title: z.string().min(1),
  development: itemId.optional(),
  text: z.string().optional(),
  confidentiality,
  confidentialUntil: calendarDate.optional(),
  createdBy: memberField({ nl: 'begonnen', en: 'started' }),
  createdAt: instant,
  message: messageRef.optional(),
  signatures: z.array(signature).default([]),
  endorsedAt: instant.optional(),
  /** How often the text was set; every change clears the signatures. */
  textVersion: z.number().int().nonnegative().default(0),
  /**
   * Earlier versions that both sides signed, oldest first, never changed again (§5b). The
   * fields above are the newest version: a revision waiting for signatures, or the agreed one.
   */
  versions: z
    .array(
      z.strictObject({
        text: z.string().min(1),
        signatures: z.array(signature),
        endorsedAt: instant,
        /** Who proposed the next version, and when. */
        revisedBy: memberField({ nl: 'herzien', en: 'revised' }),
        revisedAt: instant,
      }),
    )
    .optional(),
});
export type Note = z.infer<typeof note>;
