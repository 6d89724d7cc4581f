import * as z from 'zod';
import {
  calendarDate,
  confidentiality,
  corrections,
  instant,
  itemId,
  memberField,
  messageRef,
} from './fields.ts';

/**
 * An action point from a meeting (`/overleg actie`): an item of its own with an owner and
 * an optional due date, and its own line in the meeting's thread. It shares the
 * meeting's confidentiality. A removed one stays, marked `removed`.
 */
export const actionPoint = z.strictObject({
  id: itemId,
  meeting: itemId,
  owner: memberField({ nl: 'eigenaar', en: 'owner' }),
  text: z.string().min(1),
  due: calendarDate.optional(),
  confidentiality,
  confidentialUntil: calendarDate.optional(),
  by: memberField({ nl: 'vastgelegd', en: 'recorded' }),
  at: instant,
  /** Its own line in the meeting's thread. */
  message: messageRef.optional(),
  done: z
    .strictObject({
      by: memberField({ nl: 'afgevinkt', en: 'ticked off' }),
      at: instant,
      note: z.string().optional(),
    })
    .optional(),
  removed: z.strictObject({ by: memberField({ nl: 'verwijderd', en: 'removed' }), at: instant }).optional(),
  /** When the owner was reminded: the day before the due date, and once overdue. */
  reminders: z.strictObject({ before: instant.optional(), overdue: instant.optional() }).default({}),
  corrections,
});
export type ActionPoint = z.infer<typeof actionPoint>;
