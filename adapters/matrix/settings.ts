import { Buffer } from 'node:buffer';
import { StartupError } from '../../src/core/errors.ts';
import type { Lang } from '../../src/i18n/lang.ts';
import type { Environment } from '../../src/setup/environment.ts';

/** Why the environment does not ask for Matrix rightly, in the panel's language. */
export const matrixSettingTexts = {
  nl: {
    missing: (missing: string, all: string) => `Voor Matrix mist ${missing}. Zet alle drie: ${all}.`,
    and: ' en ',
    badUser: (typed: string | undefined) =>
      `MATRIX_USER_ID='${typed}' is geen Matrix-id. Schrijf het als @stadspanel:example.org.`,
    badUrl: (typed: string | undefined) =>
      `MATRIX_HOMESERVER_URL='${typed}' is geen adres. Schrijf het als https://matrix.example.org.`,
    badKey:
      'MATRIX_STORE_KEY moet 32 bytes zijn, geschreven als base64 (44 tekens). Maak een sleutel met: openssl rand -base64 32',
  },
  en: {
    missing: (missing: string, all: string) => `Matrix needs ${missing}. Set all three: ${all}.`,
    and: ' and ',
    badUser: (typed: string | undefined) =>
      `MATRIX_USER_ID='${typed}' is not a Matrix id. Write it as @stadspanel:example.org.`,
    badUrl: (typed: string | undefined) =>
      `MATRIX_HOMESERVER_URL='${typed}' is not an address. Write it as https://matrix.example.org.`,
    badKey:
      'MATRIX_STORE_KEY must be 32 bytes, written as base64 (44 characters). Make a key with: openssl rand -base64 32',
  },
} satisfies Record<Lang, unknown>;

/** How to reach the homeserver, from the environment only. */
export interface MatrixSettings {
  readonly homeserverUrl: string;
  readonly accessToken: string;
  readonly userId: string;
  /** MATRIX_STORE_KEY: 32 bytes that encrypt the crypto store; with it the bot reads encrypted rooms. */
  readonly storeKey?: Uint8Array;
  /** MATRIX_PASSWORD: lets the bot cross-sign its own device at the first start. */
  readonly password?: string;
}

const NAMES = ['MATRIX_HOMESERVER_URL', 'MATRIX_ACCESS_TOKEN', 'MATRIX_USER_ID'] as const;

/** Matrix settings when the environment asks for Matrix; a clear refusal when one is missing. */
export function matrixSettings(env: Environment, lang: Lang = 'nl'): MatrixSettings | undefined {
  const t = matrixSettingTexts[lang];
  const missing = NAMES.filter((name) => !env[name]);
  if (missing.length === NAMES.length) return undefined;
  if (missing.length > 0) {
    throw new StartupError(t.missing(missing.join(t.and), NAMES.join(', ')));
  }
  if (!/^@[^:\s]+:\S+$/.test(env.MATRIX_USER_ID!)) {
    throw new StartupError(t.badUser(env.MATRIX_USER_ID));
  }
  try {
    new URL(env.MATRIX_HOMESERVER_URL!);
  } catch {
    throw new StartupError(t.badUrl(env.MATRIX_HOMESERVER_URL));
  }
  return {
    homeserverUrl: env.MATRIX_HOMESERVER_URL!.replace(/\/$/, ''),
    accessToken: env.MATRIX_ACCESS_TOKEN!,
    userId: env.MATRIX_USER_ID!,
    ...(env.MATRIX_STORE_KEY ? { storeKey: storeKey(env.MATRIX_STORE_KEY, t.badKey) } : {}),
    ...(env.MATRIX_PASSWORD ? { password: env.MATRIX_PASSWORD } : {}),
  };
}

function storeKey(text: string, refusal: string): Uint8Array {
  const key = Buffer.from(text.trim(), 'base64');
  if (key.length !== 32 || !/^[A-Za-z0-9+/]+={0,2}$/.test(text.trim())) {
    throw new StartupError(refusal);
  }
  return new Uint8Array(key);
}
