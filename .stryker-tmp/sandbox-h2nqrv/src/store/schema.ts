// @ts-nocheck
import * as z from 'zod';
import { ROLES } from '../domain/roles.ts';

/**
 * The shape of `db.json`. Every collection has a default so a file written before a
 * collection existed still loads; a change that needs more than a default bumps
 * `SCHEMA_VERSION` and adds a step to `migrations.ts`.
 */
export const SCHEMA_VERSION = 4;

const instant = z.iso.datetime({ offset: true });
const calendarDate = z.iso.date();
/** `ADV-2026-001`: at least three digits, and as many more as a busy year needs. */
const itemId = z.string().regex(/^[A-Z]{2,3}-\d{4}-\d{3,}$/);
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
const messageRef = z.string().min(1);

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
const corrections = z.array(correction).optional();

export const CONFIDENTIALITY = ['openbaar', 'vertrouwelijk'] as const;
export const confidentiality = z.enum(CONFIDENTIALITY);
export type Confidentiality = z.infer<typeof confidentiality>;

export const ADVICE_STEPS = [
  'ontvangen',
  'in-overweging',
  'in-gesprek',
  'advies-uitgebracht',
  'geen-advies',
  'reactie-ontvangen',
  'afgerond',
] as const;
export type AdviceStep = (typeof ADVICE_STEPS)[number];

export const THEMES = ['privacy', 'dataveiligheid', 'ethiek', 'inclusiviteit'] as const;
export type Theme = (typeof THEMES)[number];

export const ANSWER_DECISIONS = ['opgevolgd', 'deels', 'niet'] as const;
export type AnswerDecision = (typeof ANSWER_DECISIONS)[number];

const stepChange = z.strictObject({
  at: instant,
  by: memberField({ nl: 'stap gezet', en: 'step taken' }),
  step: z.enum(ADVICE_STEPS),
  note: z.string().optional(),
});

export const PROMISE_RESULTS = ['uitgevoerd', 'niet-uitgevoerd'] as const;
export type PromiseResult = (typeof PROMISE_RESULTS)[number];

/**
 * What the municipality promised in its answer (`termijn:`), and what became of it: the
 * date it promised, the date that holds now (after postponements), and the outcome.
 * The public website shows these, so they stay plain facts with dates.
 */
const municipalPromise = z.strictObject({
  /** The date promised in the answer. */
  promised: calendarDate,
  /** The date that holds now: the promised one, or the last postponement's. */
  due: calendarDate,
  /** The municipal member who answered: the one the reminders address. */
  by: memberField({ nl: 'toezegging gedaan', en: 'promise made' }),
  postponements: z
    .array(
      z.strictObject({
        from: calendarDate,
        to: calendarDate,
        reason: z.string().min(1),
        by: memberField({ nl: 'uitgesteld', en: 'postponed' }),
        at: instant,
      }),
    )
    .default([]),
  outcome: z
    .strictObject({
      result: z.enum(PROMISE_RESULTS),
      /** The explanation (uitgevoerd) or the reason (niet-uitgevoerd). */
      note: z.string().optional(),
      by: memberField({ nl: 'uitkomst gemeld', en: 'outcome reported' }),
      at: instant,
    })
    .optional(),
  /** When the bot asked in the thread: 7 days before `due`, and the day after it. */
  reminders: z.strictObject({ before: instant.optional(), after: instant.optional() }).default({}),
});
export type MunicipalPromise = z.infer<typeof municipalPromise>;

const adviceRequest = z.strictObject({
  id: itemId,
  title: z.string().min(1),
  themes: z.array(z.enum(THEMES)).default([]),
  development: itemId.optional(),
  confidentiality,
  confidentialUntil: calendarDate.optional(),
  step: z.enum(ADVICE_STEPS),
  openedBy: memberField({ nl: 'geopend', en: 'opened' }),
  openedAt: instant,
  message: messageRef.optional(),
  advice: z
    .strictObject({
      summary: z.string().min(1),
      by: memberField({ nl: 'advies uitgebracht', en: 'advice issued' }),
      at: instant,
      dueDate: calendarDate,
    })
    .optional(),
  declined: z
    .strictObject({
      reason: z.string().min(1),
      by: memberField({ nl: 'geen advies', en: 'no advice' }),
      at: instant,
    })
    .optional(),
  answer: z
    .strictObject({
      decision: z.enum(ANSWER_DECISIONS),
      how: z.string().optional(),
      deadline: calendarDate.optional(),
      reason: z.string().optional(),
      note: z.string().optional(),
      by: memberField({ nl: 'gereageerd', en: 'answered' }),
      at: instant,
      daysLate: z.number().int().nonnegative(),
    })
    .optional(),
  history: z.array(stepChange).default([]),
  /** Answers refused as incomplete (§5a), for the yearly report's "complete on the first try". */
  answerRefusals: z.number().int().nonnegative().default(0),
  /** When the scheduler reminded the thread: 7 days before the due date, and once overdue. */
  reminders: z.strictObject({ soon: instant.optional(), overdue: instant.optional() }).default({}),
  /** The promise made in the answer (`termijn:`), when the advice is (partly) followed. */
  promise: municipalPromise.optional(),
  corrections,
});
export type AdviceRequest = z.infer<typeof adviceRequest>;

const decision = z.strictObject({
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

const expense = z.strictObject({
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

export const PHASES = ['verkenning', 'ontwikkeling', 'implementatie'] as const;
export type Phase = (typeof PHASES)[number];

const development = z.strictObject({
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

const meeting = z.strictObject({
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
        struck: z.strictObject({ by: memberId, at: instant }).optional(),
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

/**
 * An action point from a meeting (`/overleg actie`): an item of its own with an owner and
 * an optional due date, and its own line in the meeting's thread. It shares the
 * meeting's confidentiality. A removed one stays, marked `removed`.
 */
const actionPoint = z.strictObject({
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

export const SIDES = ['panel', 'gemeente'] as const;
export type Side = (typeof SIDES)[number];

/** `reaction`: the platform's id of the ✅ that gave it, so taking it away still works after a restart. */
const signature = z.strictObject({
  by: memberField({ nl: 'getekend', en: 'signed' }),
  side: z.enum(SIDES),
  at: instant,
  reaction: messageRef.optional(),
});

const note = z.strictObject({
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

/**
 * A poll (`/peiling`): a question with numbered options. An open ballot keeps who chose
 * which option, so a vote can change until the poll closes. A secret ballot keeps only the
 * counts, and who voted as keyed digests in sorted order (no names, not the order of
 * voting); the key and the digests are erased when it closes.
 */
const poll = z.strictObject({
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

/**
 * A member as the chair or secretary entered them in chat (`/lid nieuw`, `/lid rol`), whole.
 * The same fields as a member in config.json; the id is a member id, so `/privacy inzage`
 * finds it (and `/privacy vergeet` removes the entry).
 */
const rosterMember = z.strictObject({
  id: memberField({ nl: 'toegevoegd of gewijzigd met /lid', en: 'added or changed with /member' }),
  name: z.string().min(1).max(100),
  roles: z.array(z.enum(ROLES)).min(1),
  slack: z.string().optional(),
  matrix: z.string().optional(),
  approver: z.boolean().optional(),
  geheimhouding: calendarDate.optional(),
  openbaar: z.boolean().optional(),
});

export const EVALUATION_SIDES = ['panel', 'gemeente'] as const;
export type EvaluationSide = (typeof EVALUATION_SIDES)[number];

const evaluationMark = z.number().int().min(1).max(10);

/** One answer to the yearly evaluation: no member id, no time; only the side it came from. */
const evaluationAnswer = z.strictObject({
  side: z.enum(EVALUATION_SIDES),
  advisering: evaluationMark,
  betekenis: evaluationMark,
  /** What went well, and what should improve: free text, kept without a name. */
  well: z.string().min(1).optional(),
  better: z.string().min(1).optional(),
});
export type EvaluationAnswer = z.infer<typeof evaluationAnswer>;

/**
 * The yearly evaluation of the agreement (afspraak 8a). Anonymous by construction: the
 * answers carry no member and are kept in a canonical order; who answered is kept only as
 * digests keyed with `key`, which is thrown away at closing (with every copy of the store).
 */
const evaluation = z.strictObject({
  /** One evaluation per year: the year is its name (`/evaluatie sluiten 2026`). */
  year: z.number().int().min(2000).max(2100),
  /** Who opened and closed it is in the audit trail: this record, which holds the answers, names nobody. */
  openedAt: instant,
  closesOn: calendarDate,
  message: messageRef.optional(),
  /** How many members were asked, per side. */
  invited: z.strictObject({
    panel: z.number().int().nonnegative(),
    gemeente: z.number().int().nonnegative(),
  }),
  key: z.string().optional(),
  participants: z.array(z.string()).default([]),
  answers: z.array(evaluationAnswer).default([]),
  closed: z.strictObject({ at: instant }).optional(),
  /** The day the bot last asked again those who had not answered (after a restart). */
  remindedOn: calendarDate.optional(),
});
export type Evaluation = z.infer<typeof evaluation>;

/** The marks of an earlier year, entered by hand (the council letter's 7,8 and 8,5). */
const earlierEvaluation = z.strictObject({
  year: z.number().int().min(2000).max(2100),
  advisering: z.number().min(1).max(10),
  betekenis: z.number().min(1).max(10),
  at: instant,
});
export type EarlierEvaluation = z.infer<typeof earlierEvaluation>;
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
const agreement = z.strictObject({
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
