// @ts-nocheck
import { Buffer } from 'node:buffer';
import { StartupError } from '../../src/core/errors.ts';
import type { Environment } from '../../src/setup/environment.ts';

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
export function matrixSettings(env: Environment): MatrixSettings | undefined {
  const missing = NAMES.filter((name) => !env[name]);
  if (missing.length === NAMES.length) return undefined;
  if (missing.length > 0) {
    throw new StartupError(`Voor Matrix mist ${missing.join(' en ')}. Zet alle drie: ${NAMES.join(', ')}.`);
  }
  if (!/^@[^:\s]+:\S+$/.test(env.MATRIX_USER_ID!)) {
    throw new StartupError(
      `MATRIX_USER_ID='${env.MATRIX_USER_ID}' is geen Matrix-id. Schrijf het als @stadspanel:example.org.`,
    );
  }
  try {
    new URL(env.MATRIX_HOMESERVER_URL!);
  } catch {
    throw new StartupError(
      `MATRIX_HOMESERVER_URL='${env.MATRIX_HOMESERVER_URL}' is geen adres. Schrijf het als https://matrix.example.org.`,
    );
  }
  return {
    homeserverUrl: env.MATRIX_HOMESERVER_URL!.replace(/\/$/, ''),
    accessToken: env.MATRIX_ACCESS_TOKEN!,
    userId: env.MATRIX_USER_ID!,
    ...(env.MATRIX_STORE_KEY ? { storeKey: storeKey(env.MATRIX_STORE_KEY) } : {}),
    ...(env.MATRIX_PASSWORD ? { password: env.MATRIX_PASSWORD } : {}),
  };
}

function storeKey(text: string): Uint8Array {
  const key = Buffer.from(text.trim(), 'base64');
  if (key.length !== 32 || !/^[A-Za-z0-9+/]+={0,2}$/.test(text.trim())) {
    throw new StartupError(
      `MATRIX_STORE_KEY moet 32 bytes zijn, geschreven als base64 (44 tekens). Maak een sleutel met: openssl rand -base64 32`,
    );
  }
  return new Uint8Array(key);
}
