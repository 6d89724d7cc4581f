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

export const meeting = z.strictObject({
  id: itemId,
  title: z.string().min(1),
  date: calendarDate,
  time: z
    .string()
    .regex(/^\d{2}:\d{2}$/)
    .optional(),
  /** The quarterly meeting that the municipality joins (§6d). */
  municipal: z.boolean(),
  confidentiality,
  confidentialUntil: calendarDate.optional(),
  plannedBy: memberField({ nl: 'gepland', en: 'planned' }),
  plannedAt: instant,
  message: messageRef.optional(),
  attendees: z.array(memberField({ nl: 'aanwezig', en: 'attended' })).default([]),
  /** Minute lines keep their number: a struck line stays, marked `struck`. */
  minutes: z
    .array(
      z.strictObject({
        text: z.string().min(1),
        by: memberField({ nl: 'notulen', en: 'minutes' }),
        at: instant,
        struck: z
          .strictObject({ by: memberField({ nl: 'notulen geschrapt', en: 'minutes struck' }), at: instant })
          .optional(),
        /** A confidential line (`vertrouwelijk` when written, or `/overleg openbaarheid` later) in a public meeting. */
        confidentiality: confidentiality.optional(),
        confidentialUntil: calendarDate.optional(),
      }),
    )
    .default([]),
  summaryPostedAt: instant.optional(),
  /** The report's preview in the panel channel, awaiting `publiceer` or a ✅ (chair, secretary). */
  preview: messageRef.optional(),
  /** The public report as posted; a later publication edits it, and its lines show what changed. */
  publication: z
    .strictObject({
      message: messageRef,
      at: instant,
      by: memberField({ nl: 'gepubliceerd', en: 'published' }),
      lines: z.array(z.string()),
    })
    .optional(),
  corrections,
});
export type Meeting = z.infer<typeof meeting>;
