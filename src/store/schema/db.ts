import * as z from 'zod';
import { actionPoint } from './action-points.ts';
import { adviceRequest } from './advice-requests.ts';
import { agreement } from './agreements.ts';
import { decision } from './decisions.ts';
import { development } from './developments.ts';
import { earlierEvaluation, evaluation } from './evaluations.ts';
import { expense } from './expenses.ts';
import { instant, memberField } from './fields.ts';
import { meeting } from './meetings.ts';
import { note } from './notes.ts';
import { poll } from './polls.ts';
import { rosterMember } from './roster.ts';

/**
 * The shape of `db.json`. Every collection has a default so a file written before a
 * collection existed still loads; a change that needs more than a default bumps
 * `SCHEMA_VERSION` and adds a step to `migrations.ts`.
 */
export const SCHEMA_VERSION = 4;

export const dbSchema = z.strictObject({
  schemaVersion: z.literal(SCHEMA_VERSION),
  counters: z.record(z.string(), z.number().int().nonnegative()).default({}),
  adviceRequests: z.array(adviceRequest).default([]),
  decisions: z.array(decision).default([]),
  expenses: z.array(expense).default([]),
  developments: z.array(development).default([]),
  meetings: z.array(meeting).default([]),
  notes: z.array(note).default([]),
  actionPoints: z.array(actionPoint).default([]),
  polls: z.array(poll).default([]),
  evaluations: z.array(evaluation).default([]),
  earlierEvaluations: z.array(earlierEvaluation).default([]),
  agreements: z.array(agreement).default([]),
  /**
   * Platform events already handled, so a redelivery changes nothing. Kept for a limited
   * time (platforms redeliver within minutes), not forever. Version 1 kept bare keys.
   */
  handledEvents: z.array(z.strictObject({ key: z.string(), at: instant })).default([]),
  /** Former members whose id was replaced by a neutral label (`oud-lid-1`), without the old id. */
  forgottenMembers: z
    .array(
      z.strictObject({
        label: z.string(),
        at: instant,
        /** The old id, only while the audit trail still names it (an interrupted /privacy vergeet). */
        erasing: z.string().optional(),
        /** The backups may still name the member: the next /privacy vergeet replaces them. */
        copiesPending: z.boolean().optional(),
      }),
    )
    .default([]),
  /**
   * Newcomers the chair was told of (afspraak 7c: someone who may not read confidential
   * content joined a channel), so the notice comes once per newcomer per channel, also
   * across restarts. Only a digest of platform, channel and person: no name or id is kept.
   */
  noticedNewcomers: z.array(z.strictObject({ key: z.string(), at: instant })).default([]),
  /**
   * The roster as changed in chat (`/lid`): config.json is the starting roster, and these go
   * before it. A member here replaces the one with the same id there; `removed` hides members
   * of config.json that were taken off the roster in chat.
   */
  roster: z
    .strictObject({
      members: z.array(rosterMember).default([]),
      removed: z.array(memberField({ nl: 'weggehaald met /lid', en: 'removed with /member' })).default([]),
    })
    .default(() => ({ members: [], removed: [] })),
  /** The number of the last journal line this snapshot holds; replay skips lines up to it. */
  journalSeq: z.number().int().nonnegative().default(0),
  scheduler: z
    .strictObject({
      /** When this store first ran with a scheduler: digests of earlier weeks are never sent. */
      since: instant.optional(),
      /** The week (`2026-W49`) whose digest was sent; stored before sending. */
      lastDigestWeek: z.string().optional(),
    })
    .default({}),
});
export type Db = z.infer<typeof dbSchema>;

export function emptyDb(): Db {
  return dbSchema.parse({ schemaVersion: SCHEMA_VERSION });
}

/** Where each kind of item lives in the store, by the prefix of its id. Later kinds add a line here. */
export const ITEM_COLLECTIONS = {
  ADV: 'adviceRequests',
  BES: 'decisions',
  UIT: 'expenses',
  ONT: 'developments',
  OVL: 'meetings',
  GN: 'notes',
  ACT: 'actionPoints',
  PEI: 'polls',
  AFS: 'agreements',
} as const satisfies Record<string, keyof Db>;

export type ItemCollection = (typeof ITEM_COLLECTIONS)[keyof typeof ITEM_COLLECTIONS];

/** The store key of the kind with this prefix (`ADV` → `adviceRequests`); never an inherited property. */
export function collectionOf(prefix: string): ItemCollection | undefined {
  return Object.hasOwn(ITEM_COLLECTIONS, prefix)
    ? ITEM_COLLECTIONS[prefix as keyof typeof ITEM_COLLECTIONS]
    : undefined;
}

/** The schema of a top-level part of the store, by name. */
export function partSchema(key: string): z.ZodType | undefined {
  return Object.hasOwn(dbSchema.shape, key) ? (dbSchema.shape[key as keyof Db] as z.ZodType) : undefined;
}
