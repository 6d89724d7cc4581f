// @ts-nocheck
import { StartupError } from '../../src/core/errors.ts';
import type { Lang } from '../../src/i18n/lang.ts';

const TEXTS = {
  nl: {
    unreachable: (url: string, cause: string) =>
      `De Matrix-server ${url} is niet bereikbaar (${cause}). Controleer MATRIX_HOMESERVER_URL en of de server draait, en start opnieuw.`,
    token: (url: string, code: string, user: string) =>
      `De Matrix-server ${url} weigert MATRIX_ACCESS_TOKEN (${code}). Maak een nieuw toegangstoken voor ${user} en zet het in de omgeving.`,
    otherUser: (token: string, user: string) =>
      `MATRIX_ACCESS_TOKEN hoort bij ${token}, niet bij MATRIX_USER_ID ${user}. Zet het token en de id van hetzelfde bot-account.`,
    status: (url: string, status: string) =>
      `De Matrix-server ${url} antwoordt met fout ${status}. De server heeft een probleem: probeer het later opnieuw of vraag de beheerder van de server.`,
  },
  en: {
    unreachable: (url: string, cause: string) =>
      `The Matrix server ${url} cannot be reached (${cause}). Check MATRIX_HOMESERVER_URL and that the server runs, and start again.`,
    token: (url: string, code: string, user: string) =>
      `The Matrix server ${url} refuses MATRIX_ACCESS_TOKEN (${code}). Make a new access token for ${user} and put it in the environment.`,
    otherUser: (token: string, user: string) =>
      `MATRIX_ACCESS_TOKEN belongs to ${token}, not to MATRIX_USER_ID ${user}. Use the token and id of the same bot account.`,
    status: (url: string, status: string) =>
      `The Matrix server ${url} answers with error ${status}. The server has a problem: try again later or ask the server's administrator.`,
  },
} as const;

interface HttpFailure {
  readonly name?: string;
  readonly httpStatus?: number;
  readonly errcode?: string;
  readonly message?: string;
  readonly cause?: { readonly message?: string; readonly cause?: { readonly code?: string } };
}

/** Why the homeserver would not let the bot in, in one sentence that names the cause. */
export function matrixStartError(error: unknown, lang: Lang, url: string, user: string): StartupError {
  const t = TEXTS[lang];
  const failure = (error ?? {}) as HttpFailure;
  if (failure.httpStatus === 401 || failure.httpStatus === 403) {
    return new StartupError(t.token(url, failure.errcode ?? String(failure.httpStatus), user));
  }
  if (failure.httpStatus !== undefined) {
    return new StartupError(
      t.status(url, `${failure.httpStatus}${failure.errcode ? ` ${failure.errcode}` : ''}`),
    );
  }
  const cause = failure.cause?.cause?.code ?? failure.cause?.message ?? failure.message ?? String(error);
  return new StartupError(t.unreachable(url, cause));
}

export function otherUserError(lang: Lang, tokenUser: string, user: string): StartupError {
  return new StartupError(TEXTS[lang].otherUser(tokenUser, user));
}
