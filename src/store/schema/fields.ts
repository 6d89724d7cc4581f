import * as z from 'zod';

/** The fields several kinds of item share: times, dates, ids, members, confidentiality, signatures. */

export const instant = z.iso.datetime({ offset: true });
export const calendarDate = z.iso.date();
/** `ADV-2026-001`: at least three digits, and as many more as a busy year needs. */
export const itemId = z.string().regex(/^[A-Z]{2,3}-\d{4}-\d{3,}$/);
/**
 * A member's roster id. Every field that holds one uses this schema (with its words:
 * `memberField`), and only such fields: `/privacy inzage` and `/privacy vergeet` find them
 * by this mark (see member-fields.ts).
 */
export const memberId = z.string().min(1).meta({ member: true });

/**
 * A field that holds a member's roster id, with what the member did there in words
 * (`{ nl: 'goedgekeurd', en: 'approved' }`): `/privacy inzage` shows a member's records by
 * these words. Every member field says what it records (test/core/member-fields.test.ts).
 */
export function memberField(did: { readonly nl: string; readonly en: string }) {
  return z.string().min(1).meta({ member: true, did });
}
export const messageRef = z.string().min(1);

/**
 * A correction of one field of an item (a title, a description, a minute line): who, when,
 * and the value before and after. Nothing is overwritten without leaving one of these.
 */
const correction = z.strictObject({
  at: instant,
  by: memberField({ nl: 'gecorrigeerd', en: 'corrected' }),
  field: z.string().min(1),
  before: z.string(),
  after: z.string(),
});
export type Correction = z.infer<typeof correction>;
export const corrections = z.array(correction).optional();

export const CONFIDENTIALITY = ['openbaar', 'vertrouwelijk'] as const;
export const confidentiality = z.enum(CONFIDENTIALITY);
export type Confidentiality = z.infer<typeof confidentiality>;

export const THEMES = ['privacy', 'dataveiligheid', 'ethiek', 'inclusiviteit'] as const;
export type Theme = (typeof THEMES)[number];

export const SIDES = ['panel', 'gemeente'] as const;
export type Side = (typeof SIDES)[number];

/** `reaction`: the platform's id of the ✅ that gave it, so taking it away still works after a restart. */
export const signature = z.strictObject({
  by: memberField({ nl: 'getekend', en: 'signed' }),
  side: z.enum(SIDES),
  at: instant,
  reaction: messageRef.optional(),
});
