// @ts-nocheck
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as z from 'zod';
import { StartupError } from '../core/errors.ts';
import { ROLES } from '../domain/roles.ts';
import { LANGUAGES } from '../i18n/lang.ts';
import { nearest } from '../parse/suggest.ts';
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

const memberSchema = z.strictObject({
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

const channelSchema = z.strictObject({
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

/** The demo roster: member ids are the role keys, so `@gemeente: …` just works. */
export const DEMO_MEMBERS: Member[] = [
  { id: 'voorzitter', name: 'Anna de Vries', roles: ['panel', 'voorzitter'], geheimhouding: '2025-01-15' },
  { id: 'secretaris', name: 'Bram Visser', roles: ['panel', 'secretaris'], geheimhouding: '2025-01-15' },
  { id: 'panellid', name: 'Chris Bakker', roles: ['panel'], geheimhouding: '2025-01-15' },
  { id: 'gemeente', name: 'Dewi Jansen', roles: ['gemeente'], geheimhouding: '2025-01-15' },
  { id: 'pit', name: 'Emre Yilmaz', roles: ['gemeente', 'pit'], geheimhouding: '2025-01-15' },
  {
    id: 'programmamanager',
    name: 'Fleur Smit',
    roles: ['gemeente', 'programmamanager'],
    geheimhouding: '2025-01-15',
  },
];

/**
 * The demo's channels: the panel channel, the public one, and a work group where a guest
 * (Sam, not on the roster) sits, so `:kanaal werkgroep` shows confidential items as counts.
 */
const DEMO_CHANNELS = {
  panel: {},
  openbaar: { public: true },
  werkgroep: { members: ['voorzitter', 'panellid', 'Sam (gast)'] },
};

/** The demo panel's own members agreed to be named on the website; the municipality's staff did not. */
export function demoConfig(): Config {
  return configSchema.parse({
    members: DEMO_MEMBERS.map((member) =>
      member.roles.includes('gemeente') ? member : { ...member, openbaar: true },
    ),
    channels: DEMO_CHANNELS,
  });
}

/** A full stop, unless the detail already ends a sentence (`bedoel je 'roles'?`). */
function sentenceEnd(detail: string): string {
  return /[.?!]$/.test(detail) ? detail : `${detail}.`;
}

/** Turns zod's first issue into one sentence that names the key and what it wants. */
const CONFIG_TEXTS = {
  nl: {
    whole: '(het hele bestand)',
    unknownKey: (keys: string) => `onbekende sleutel '${keys}': haal die weg of controleer de spelling`,
    capsPerPeriod:
      "plafonds per jaar of per periode staan in de samenwerkingsafspraak: leg ze vast in de chat met /afspraak nieuw of /afspraak wijzig. 'caps' geldt alleen als begin voor een nieuwe opslag",
    member: (number: number, name: string | undefined) => `lid ${number}${name ? ` (${name})` : ''}`,
    at: (where: string, detail: string) => `bij ${where}: ${detail}`,
    meant: (key: string) => `; bedoel je '${key}'?`,
    missing: 'ontbreekt',
    is: (value: string) => `is ${value}`,
    expected: (path: string, shown: string, wanted: string) => `'${path}' ${shown}; verwacht: ${wanted}`,
    wrong: (source: string, detail: string) =>
      `Het configuratiebestand ${source} klopt niet: ${sentenceEnd(detail)}`,
    /** What the bot's own checks ask for, by the key they give as their message. */
    details: {
      memberId: () => 'kleine letters, cijfers, punt, streepje of liggend streepje',
      slackId: () => 'een Slack-gebruikers-id zoals U012AB3CD',
      matrixId: () => 'een Matrix-id zoals @anna:example.org',
      declarationDate: () => 'de datum waarop de geheimhoudingsverklaring is getekend, zoals "2026-01-15"',
      timezone: () => 'een tijdzone zoals Europe/Amsterdam',
      cron: () => 'een cron-regel zoals "0 9 * * 1" (maandag 09:00)',
      digestChannel: (params: IssueParams) => `een kanaal uit 'channels' (${params.known})`,
      idTwice: (params: IssueParams) => `id '${params.id}' komt twee keer voor`,
      agreementId: () => 'het nummer van een samenwerkingsafspraak, zoals "AFS-2026-001"',
      capCents: () =>
        'een bedrag in centen, een heel getal van 100 of meer (160000 is € 1.600,00), of 0; of in euro\'s als tekst, zoals "€ 1.600" of "1.600"',
      capEuros: () => 'een bedrag in euro\'s zoals "€ 1.600" of "1.600", of in centen als getal (160000)',
    },
    json: (path: string, where: string) =>
      `Het configuratiebestand ${path} is geen geldige JSON${where}. Kijk daar of er een komma, aanhalingsteken of haakje mist of te veel staat.`,
    jsonAt: (line: number, column: number) => ` op regel ${line}, kolom ${column}`,
    jsonEmpty: ': het bestand is leeg',
    secret: (source: string, where: string) =>
      `Het configuratiebestand ${source} bevat bij '${where}' iets wat op een token of wachtwoord lijkt. ` +
      'Geheimen horen niet in config.json (dat wordt gedeeld en gekopieerd) maar in de omgeving: SLACK_BOT_TOKEN, SLACK_SIGNING_SECRET, SLACK_APP_TOKEN of MATRIX_ACCESS_TOKEN. Haal het weg en start opnieuw.',
  },
  en: {
    whole: '(the whole file)',
    unknownKey: (keys: string) => `unknown key '${keys}': remove it or check the spelling`,
    capsPerPeriod:
      "caps per year or per period are in the collaboration agreement: record them in chat with /agreement new or /agreement change. 'caps' only counts as the start of a new store",
    member: (number: number, name: string | undefined) => `member ${number}${name ? ` (${name})` : ''}`,
    at: (where: string, detail: string) => `at ${where}: ${detail}`,
    meant: (key: string) => `; did you mean '${key}'?`,
    missing: 'is missing',
    is: (value: string) => `is ${value}`,
    expected: (path: string, shown: string, wanted: string) => `'${path}' ${shown}; expected: ${wanted}`,
    wrong: (source: string, detail: string) =>
      `The configuration file ${source} is not right: ${sentenceEnd(detail)}`,
    details: {
      memberId: () => 'lower-case letters, digits, full stop, hyphen or underscore',
      slackId: () => 'a Slack user id like U012AB3CD',
      matrixId: () => 'a Matrix id like @anna:example.org',
      declarationDate: () => 'the date the confidentiality declaration was signed, like "2026-01-15"',
      timezone: () => 'a time zone like Europe/Amsterdam',
      cron: () => 'a cron line like "0 9 * * 1" (Monday 09:00)',
      digestChannel: (params: IssueParams) => `a channel from 'channels' (${params.known})`,
      idTwice: (params: IssueParams) => `id '${params.id}' appears twice`,
      agreementId: () => 'the number of a collaboration agreement, like "AFS-2026-001"',
      capCents: () =>
        'an amount in cents, a whole number of 100 or more (160000 is €1,600.00), or 0; or in euros as text, like "€ 1.600" or "1.600"',
      capEuros: () => 'an amount in euros like "€ 1.600" or "1.600", or in cents as a number (160000)',
    },
    json: (path: string, where: string) =>
      `The configuration file ${path} is not valid JSON${where}. Look there for a comma, quote or bracket that is missing or too many.`,
    jsonAt: (line: number, column: number) => ` at line ${line}, column ${column}`,
    jsonEmpty: ': the file is empty',
    secret: (source: string, where: string) =>
      `The configuration file ${source} holds something at '${where}' that looks like a token or password. ` +
      'Secrets do not belong in config.json (it gets shared and copied) but in the environment: SLACK_BOT_TOKEN, SLACK_SIGNING_SECRET, SLACK_APP_TOKEN or MATRIX_ACCESS_TOKEN. Remove it and start again.',
  },
} as const;

type ConfigLang = keyof typeof CONFIG_TEXTS;
type IssueParams = Readonly<Record<string, string>>;
type DetailKey = keyof (typeof CONFIG_TEXTS)['nl']['details'];

/** The detail of an issue in the file's language: the bot's own checks give a key, zod its own (localized) text. */
function detailOf(issue: z.core.$ZodIssue, t: (typeof CONFIG_TEXTS)[ConfigLang]): string {
  const key = issue.message as DetailKey;
  if (!Object.hasOwn(t.details, key)) return issue.message;
  const params = ((issue as { params?: IssueParams }).params ?? {}) as IssueParams;
  return t.details[key](params);
}

function languageOf(input: unknown): ConfigLang {
  return (input as { language?: unknown } | null)?.language === 'en' ? 'en' : 'nl';
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>(
    (node, key) =>
      node && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined,
    input,
  );
}

/** The keys the file may have at a place, for suggesting the one a typo meant. */
function knownKeys(path: readonly PropertyKey[]): string[] {
  const [first] = path;
  if (path.length === 0) return Object.keys(configSchema.shape);
  if (first === 'members' && path.length === 2) return Object.keys(memberSchema.shape);
  if (first === 'channels' && path.length === 2) return Object.keys(channelSchema.shape);
  if ((first === 'caps' || first === 'site') && path.length === 1)
    return Object.keys(
      first === 'caps'
        ? AGREEMENT_CAPS
        : { dir: 1, title: 1, baseUrl: 1, intro: 1, contact: 1, agreements: 1 },
    );
  return [];
}

/**
 * Where an issue is: a member is named by its number (from 1) and id or name, as a
 * secretary counts them (`lid 3 (chris)`); the rest of the path stays as written.
 */
function place(path: readonly PropertyKey[], input: unknown, t: (typeof CONFIG_TEXTS)[ConfigLang]) {
  if (path[0] === 'members' && typeof path[1] === 'number') {
    const member = valueAt(input, path.slice(0, 2)) as { id?: unknown; name?: unknown } | undefined;
    const name =
      typeof member?.id === 'string' ? member.id : typeof member?.name === 'string' ? member.name : undefined;
    return { member: t.member(path[1] + 1, name), rest: path.slice(2).map(String).join('.') };
  }
  return { member: undefined, rest: path.map(String).join('.') };
}

function describeIssue(issue: z.core.$ZodIssue, input: unknown, lang: ConfigLang = 'nl'): string {
  const t = CONFIG_TEXTS[lang];
  const { member, rest } = place(issue.path, input, t);
  const inMember = (detail: string) => (member ? t.at(member, detail) : detail);
  if (issue.code === 'unrecognized_keys') {
    const where = rest ? `${rest}.` : '';
    const [first] = issue.keys;
    const meant = issue.keys.length === 1 && first ? nearest(first, knownKeys(issue.path)) : undefined;
    if (issue.path[0] === 'caps' && issue.keys.some((key) => /^\d{4}/.test(key)))
      return `${t.unknownKey(`${where}${issue.keys.join(`', '${where}`)}`)}; ${t.capsPerPeriod}`;
    return inMember(
      `${t.unknownKey(`${where}${issue.keys.join(`', '${where}`)}`)}${meant ? t.meant(meant) : ''}`,
    );
  }
  const value = valueAt(input, issue.path);
  const shown = value === undefined ? t.missing : t.is(JSON.stringify(value));
  // A mistyped fixed word (a role, a language) gets the nearest one.
  const choices = issue.code === 'invalid_value' ? issue.values.filter((v) => typeof v === 'string') : [];
  const meant = typeof value === 'string' ? nearest(value, choices as string[]) : undefined;
  return inMember(`${t.expected(rest || t.whole, shown, detailOf(issue, t))}${meant ? t.meant(meant) : ''}`);
}

const SECRET_KEY = /token|secret|password|wachtwoord|geheim|api[-_]?key/i;
const SECRET_VALUE = /^(xox[abposr]-|xapp-|syt_|syt-|mct_)/;
/** `geheimhouding` holds the date a member signed the confidentiality declaration: a date is no secret. */
const DECLARATION_KEY = 'geheimhouding';
const DATE_SHAPE = /^\d{4}-\d{2}-\d{2}$/;

function isSecretKey(key: string, value: unknown): boolean {
  if (key === DECLARATION_KEY) return !(typeof value === 'string' && DATE_SHAPE.test(value));
  return SECRET_KEY.test(key);
}

/** Keys or values that look like credentials: those belong in the environment, never in this file. */
export function findSecret(input: unknown, path: string[] = []): string | undefined {
  if (typeof input === 'string') return SECRET_VALUE.test(input) ? path.join('.') : undefined;
  if (!input || typeof input !== 'object') return undefined;
  for (const [key, value] of Object.entries(input)) {
    if (isSecretKey(key, value)) return [...path, key].join('.');
    const found = findSecret(value, [...path, key]);
    if (found) return found;
  }
  return undefined;
}

export function parseConfig(input: unknown, source: string): Config {
  const lang = languageOf(input);
  const secret = findSecret(input);
  if (secret) throw new StartupError(CONFIG_TEXTS[lang].secret(source, secret));
  z.config(lang === 'en' ? z.locales.en() : z.locales.nl());
  const result = configSchema.safeParse(input);
  z.config(z.locales.nl());
  if (result.success) return result.data;
  // An unknown key explains a missing one (`rolles` for `roles`), so it is named first.
  const issues = [...result.error.issues].sort(
    (a, b) => Number(b.code === 'unrecognized_keys') - Number(a.code === 'unrecognized_keys'),
  );
  const first = issues[0]!;
  throw new StartupError(CONFIG_TEXTS[lang].wrong(source, describeIssue(first, input, lang)));
}

/**
 * A JSON syntax error as a sentence with the line and column, counted from 1. The file
 * cannot be read, so its language is guessed from its text (`"language": "en"`).
 */
function jsonError(path: string, text: string, error: Error): string {
  const t = CONFIG_TEXTS[/"language"\s*:\s*"en"/.test(text) ? 'en' : 'nl'];
  const position = /position (\d+)/.exec(error.message);
  const lineColumn = /line (\d+) column (\d+)/.exec(error.message);
  let where = '';
  if (lineColumn) where = t.jsonAt(Number(lineColumn[1]), Number(lineColumn[2]));
  else if (position) {
    const before = text.slice(0, Number(position[1]));
    const line = before.split('\n').length;
    where = t.jsonAt(line, before.length - before.lastIndexOf('\n'));
  } else if (text.trim() === '') where = t.jsonEmpty;
  return t.json(path, where);
}

/** Reads `<dataDir>/config.json`; without one, the demo roster and the agreement's numbers. */
export async function loadConfig(dataDir: string): Promise<{ config: Config; demo: boolean; path: string }> {
  const path = join(dataDir, 'config.json');
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { config: demoConfig(), demo: true, path };
    throw error;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new StartupError(jsonError(path, text, error as Error));
  }
  return { config: parseConfig(json, path), demo: false, path };
}
