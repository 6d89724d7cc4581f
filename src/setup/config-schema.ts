import * as z from 'zod';
import { ROLES } from '../domain/roles.ts';
import { LANGUAGES } from '../i18n/lang.ts';
import { parseAmount } from '../parse/values.ts';
import { parseCron } from '../time/cron.ts';

z.config(z.locales.nl());

/** The agreement's yearly caps in cents (§6e–g and the council letter). */
export const AGREEMENT_CAPS = { bestanden: 160_000, kosten: 250_000, expertise: 300_000, totaal: 800_000 };
/** The agreement's answer window in days (§5a): the municipality answers within six weeks. */
export const AGREEMENT_WINDOW_DAYS = 42;

/**
 * A cap: cents as a number (`160000` is € 1.600,00), or euros as text as the agreement
 * writes them (`"€ 1.600"`, `"1.600"`, `"1600,00"`). A number from 1 to 99 is less than
 * a euro: almost surely euros meant as cents, so it is refused with the unit named.
 */
const cents = z.union([z.number(), z.string()]).transform((value, context) => {
  if (typeof value === 'string') {
    if (/^\s*(€\s*)?0+([.,]0{1,2})?\s*$/.test(value)) return 0;
    const parsed = parseAmount(value, 'nl');
    if (parsed.ok) return parsed.value;
    context.addIssue({ code: 'custom', message: 'capEuros' });
    return z.NEVER;
  }
  if (!Number.isInteger(value) || value < 0 || (value > 0 && value < 100)) {
    context.addIssue({ code: 'custom', message: 'capCents' });
    return z.NEVER;
  }
  return value;
});

export const memberSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9._-]*$/, 'memberId'),
  name: z.string().min(1).max(100),
  roles: z.array(z.enum(ROLES)).min(1),
  slack: z
    .string()
    .regex(/^[UW][A-Z0-9]+$/, 'slackId')
    .optional(),
  matrix: z
    .string()
    .regex(/^@[^:\s]+:\S+$/, 'matrixId')
    .optional(),
  approver: z.boolean().optional(),
  /** The day the member signed the confidentiality declaration (afspraak 7c); absent: not signed. */
  geheimhouding: z.iso.date('declarationDate').optional(),
  /** Named on the public website (name and role only); nobody is, unless they agree. */
  openbaar: z.boolean().optional(),
});

export const channelSchema = z.strictObject({
  slack: z.string().min(1).optional(),
  matrix: z.string().min(1).optional(),
  public: z.boolean().optional(),
  /** Who sits in this channel in the terminal (roster ids, or names of guests); Slack and Matrix ask the platform. */
  members: z.array(z.string().min(1)).optional(),
});

const timezone = z.string().refine((zone) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}, 'timezone');

export const configSchema = z
  .strictObject({
    language: z.enum(LANGUAGES).default('nl'),
    timezone: timezone.default('Europe/Amsterdam'),
    members: z.array(memberSchema).min(1),
    channels: z
      .record(z.string().regex(/^[a-z0-9][a-z0-9_-]*$/), channelSchema)
      .default({ panel: {}, openbaar: { public: true } }),
    caps: z
      .strictObject({
        bestanden: cents.default(AGREEMENT_CAPS.bestanden),
        kosten: cents.default(AGREEMENT_CAPS.kosten),
        expertise: cents.default(AGREEMENT_CAPS.expertise),
        totaal: cents.default(AGREEMENT_CAPS.totaal),
      })
      .default(AGREEMENT_CAPS),
    responseWindowDays: z.number().int().min(1).max(365).default(AGREEMENT_WINDOW_DAYS),
    /** Years after payment that an expense's description and receipts are kept (the Dutch fiscal term). */
    retentionYears: z.number().int().min(1).max(30).default(7),
    /** The public website that `npm run site` and `/website` build (issue 19). */
    site: z
      .strictObject({
        /** Where the files go; relative to the folder the bot runs in. */
        dir: z.string().min(1).default('site'),
        title: z.string().min(1).max(120).optional(),
        /** The address the site is published at (`https://…/`), for the feed's links. */
        baseUrl: z.url({ protocol: /^https?$/ }).optional(),
        /** The home page's text about the panel; a Dutch (or English) default otherwise. */
        intro: z.string().min(1).max(4000).optional(),
        /** How to reach the panel (an e-mail address, a web address or a sentence), in every page's footer. */
        contact: z.string().min(1).max(300).optional(),
        /** Where the text of each collaboration agreement is published (`"AFS-2026-001": "https://…"`), to link from the budget pages. */
        agreements: z
          .record(z.string().regex(/^AFS-\d{4}-\d{3,}$/, 'agreementId'), z.url({ protocol: /^https?$/ }))
          .optional(),
      })
      .default({ dir: 'site' }),
    /** The snapshots in `backups/` (see app/backup/snapshots.ts): how many days and weeks stay. */
    backups: z
      .strictObject({
        daily: z.number().int().min(1).max(366).default(7),
        weekly: z.number().int().min(0).max(520).default(4),
      })
      .default({ daily: 7, weekly: 4 }),
    digest: z
      .strictObject({
        cron: z
          .string()
          .refine((text) => parseCron(text) !== undefined, 'cron')
          .default('0 9 * * 1'),
        channels: z.array(z.string()).default(['panel']),
      })
      .default({ cron: '0 9 * * 1', channels: ['panel'] }),
  })
  .superRefine((config, context) => {
    config.digest.channels.forEach((key, index) => {
      if (!(key in config.channels)) {
        context.addIssue({
          code: 'custom',
          path: ['digest', 'channels', index],
          message: 'digestChannel',
          params: { known: Object.keys(config.channels).join(', ') },
        });
      }
    });
    const seen = new Set<string>();
    config.members.forEach((member, index) => {
      if (seen.has(member.id)) {
        context.addIssue({
          code: 'custom',
          path: ['members', index, 'id'],
          message: 'idTwice',
          params: { id: member.id },
        });
      }
      seen.add(member.id);
    });
  });

export type Config = z.infer<typeof configSchema>;
export type Member = Config['members'][number];
export type ChannelConfig = z.infer<typeof channelSchema>;
