import type { DestinationStream } from 'pino';
import { StartupError } from '../core/errors.ts';
import type { Lang } from '../i18n/lang.ts';
import type { Environment } from '../setup/environment.ts';

/** Where the bot writes what an administrator may need. Always stderr: stdout is the shell's chat. */
export interface Logger {
  info(text: string): void;
  warn(text: string): void;
  error(text: string, cause?: unknown): void;
}

export const consoleLogger: Logger = {
  info: (text) => console.error(`[info] ${text}`),
  warn: (text) => console.error(`[warn] ${text}`),
  error: (text, cause) => console.error(`[error] ${text}`, cause ?? ''),
};

export const silentLogger: Logger = { info: () => {}, warn: () => {}, error: () => {} };

/**
 * `STADSPANEL_LOG=json`: one JSON object per line on stderr (pino), for journald or a log
 * collector. The same texts as the plain log: never confidential or typed text. pino is
 * loaded only then, so the terminal starts without it.
 */
export async function jsonLogger(stream?: DestinationStream): Promise<Logger> {
  const { default: pino } = await import('pino');
  const log = pino(
    { base: { name: 'stadspanel' }, timestamp: pino.stdTimeFunctions.isoTime },
    stream ?? pino.destination({ fd: 2, sync: true }),
  );
  return {
    info: (text) => log.info(text),
    warn: (text) => log.warn(text),
    error: (text, cause) => (cause === undefined ? log.error(text) : log.error({ err: cause }, text)),
  };
}

/** Why `STADSPANEL_LOG` is refused, in the panel's language (a start-up error, not a log line). */
export const LOG_TEXTS = {
  nl: {
    unknown: (typed: string | undefined) =>
      `STADSPANEL_LOG='${typed}' ken ik niet. Schrijf STADSPANEL_LOG=json voor één JSON-regel per melding, of laat de variabele weg.`,
  },
  en: {
    unknown: (typed: string | undefined) =>
      `I don't know STADSPANEL_LOG='${typed}'. Write STADSPANEL_LOG=json for one JSON line per entry, or leave the variable out.`,
  },
} satisfies Record<Lang, unknown>;

/** The logger the environment asks for: plain lines, or JSON with `STADSPANEL_LOG=json`. */
export async function loggerFor(env: Environment, lang: Lang = 'nl'): Promise<Logger> {
  const wanted = env.STADSPANEL_LOG?.trim().toLowerCase();
  if (wanted === undefined || wanted === '' || wanted === 'tekst' || wanted === 'text') return consoleLogger;
  if (wanted === 'json') return jsonLogger();
  throw new StartupError(LOG_TEXTS[lang].unknown(env.STADSPANEL_LOG));
}
