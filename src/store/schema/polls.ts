import * as z from 'zod';
import { calendarDate, confidentiality, instant, itemId, memberField, messageRef } from './fields.ts';

/**
 * A poll (`/peiling`): a question with numbered options. An open ballot keeps who chose
 * which option, so a vote can change until the poll closes. A secret ballot keeps only the
 * counts, and who voted as keyed digests in sorted order (no names, not the order of
 * voting); the key and the digests are erased when it closes.
 */
export const poll = z.strictObject({
  id: itemId,
  /** The question. */
  title: z.string().min(1),
  options: z.array(z.string().min(1)).min(2).max(10),
  secret: z.boolean().default(false),
  /** Open until the end of this day, when given. */
  until: calendarDate.optional(),
  confidentiality: confidentiality.default('openbaar'),
  openedBy: memberField({ nl: 'peiling gestart', en: 'poll started' }),
  openedAt: instant,
  message: messageRef.optional(),
  votes: z
    .array(
      z.strictObject({ by: memberField({ nl: 'gestemd', en: 'voted' }), option: z.number().int().min(1) }),
    )
    .default([]),
  counts: z.array(z.number().int().nonnegative()).optional(),
  ballots: z.array(z.string()).default([]),
  key: z.string().optional(),
  closed: z
    .strictObject({ at: instant, by: memberField({ nl: 'peiling gesloten', en: 'poll closed' }).optional() })
    .optional(),
});
export type Poll = z.infer<typeof poll>;
