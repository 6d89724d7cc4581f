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

export const PHASES = ['verkenning', 'ontwikkeling', 'implementatie'] as const;
export type Phase = (typeof PHASES)[number];

export const development = z.strictObject({
  id: itemId,
  title: z.string().min(1),
  phase: z.enum(PHASES),
  themes: z.array(z.enum(THEMES)).default([]),
  confidentiality,
  confidentialUntil: calendarDate.optional(),
  /** Who reported it, and when the panel was informed (§6a). */
  reportedBy: memberField({ nl: 'gemeld', en: 'reported' }),
  reportedAt: instant,
  message: messageRef.optional(),
  phases: z
    .array(
      z.strictObject({
        phase: z.enum(PHASES),
        at: instant,
        by: memberField({ nl: 'fase gezet', en: 'phase set' }),
      }),
    )
    .default([]),
  corrections,
});
export type Development = z.infer<typeof development>;
