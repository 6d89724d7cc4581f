import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as z from 'zod';
import { StartupError } from '../core/errors.ts';
import type { Lang } from '../i18n/lang.ts';
import { CONFIG_TEXTS, describeIssue, jsonError, languageOf, languageOfText } from './config-errors.ts';
import { type Config, configSchema, type Member } from './config-schema.ts';

export {
  AGREEMENT_CAPS,
  AGREEMENT_WINDOW_DAYS,
  type ChannelConfig,
  type Config,
  configSchema,
  type Member,
} from './config-schema.ts';

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
 * The language of what the bot says while it starts (docs/ARCHITECTURE.md, "Start-up
 * errors"): the one `<dataDir>/config.json` asks for, also when that file fails its
 * checks; without a readable file, the default, Dutch.
 */
export function startLanguage(dataDir: string): Lang {
  try {
    return languageOfText(readFileSync(join(dataDir, 'config.json'), 'utf8'));
  } catch {
    return 'nl';
  }
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
