import { StartupError } from '../../src/errors.ts';
import type { Environment } from '../../src/start.ts';

/** How to reach the homeserver, from the environment only. */
export interface MatrixSettings {
  readonly homeserverUrl: string;
  readonly accessToken: string;
  readonly userId: string;
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
  };
}
