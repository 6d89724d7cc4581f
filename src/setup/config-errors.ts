import type * as z from 'zod';
import { nearest } from '../parse/suggest.ts';
import { AGREEMENT_CAPS, channelSchema, configSchema, memberSchema } from './config-schema.ts';

/** A full stop, unless the detail already ends a sentence (`bedoel je 'roles'?`). */
function sentenceEnd(detail: string): string {
  return /[.?!]$/.test(detail) ? detail : `${detail}.`;
}

/** Turns zod's first issue into one sentence that names the key and what it wants. */
export const CONFIG_TEXTS = {
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

export type ConfigLang = keyof typeof CONFIG_TEXTS;
type IssueParams = Readonly<Record<string, string>>;
type DetailKey = keyof (typeof CONFIG_TEXTS)['nl']['details'];

/** The detail of an issue in the file's language: the bot's own checks give a key, zod its own (localized) text. */
function detailOf(issue: z.core.$ZodIssue, t: (typeof CONFIG_TEXTS)[ConfigLang]): string {
  const key = issue.message as DetailKey;
  if (!Object.hasOwn(t.details, key)) return issue.message;
  const params = ((issue as { params?: IssueParams }).params ?? {}) as IssueParams;
  return t.details[key](params);
}

export function languageOf(input: unknown): ConfigLang {
  return (input as { language?: unknown } | null)?.language === 'en' ? 'en' : 'nl';
}

/** The language a config.json text asks for, also when it is no valid JSON (`"language": "en"`). */
export function languageOfText(text: string): ConfigLang {
  try {
    return languageOf(JSON.parse(text));
  } catch {
    return /"language"\s*:\s*"en"/.test(text) ? 'en' : 'nl';
  }
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

export function describeIssue(issue: z.core.$ZodIssue, input: unknown, lang: ConfigLang = 'nl'): string {
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

/**
 * A JSON syntax error as a sentence with the line and column, counted from 1. The file
 * cannot be read, so its language is guessed from its text (`"language": "en"`).
 */
export function jsonError(path: string, text: string, error: Error): string {
  const t = CONFIG_TEXTS[languageOfText(text)];
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
