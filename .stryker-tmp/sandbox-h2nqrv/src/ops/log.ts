// @ts-nocheck
import type { DestinationStream } from 'pino';
import { StartupError } from '../core/errors.ts';
import type { Environment } from '../setup/environment.ts';

/** Where the bot writes what an administrator may need. Always stderr: stdout is the shell's chat. */
export interface Logger {
  info(text: string): void;
  warn(text: string): void;
  error(text: string, cause?: unknown): void;
}

export const consoleLogger: Logger = {
  info: (text) => console.error(`[info] ${text}`),
  warn: (text) => console.error(`[waarschuwing] ${text}`),
  error: (text, cause) => console.error(`[fout] ${text}`, cause ?? ''),
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

/** The logger the environment asks for: plain lines, or JSON with `STADSPANEL_LOG=json`. */
export async function loggerFor(env: Environment): Promise<Logger> {
  const wanted = env.STADSPANEL_LOG?.trim().toLowerCase();
  if (wanted === undefined || wanted === '' || wanted === 'tekst' || wanted === 'text') return consoleLogger;
  if (wanted === 'json') return jsonLogger();
  throw new StartupError(
    `STADSPANEL_LOG='${env.STADSPANEL_LOG}' ken ik niet. Schrijf STADSPANEL_LOG=json voor één JSON-regel per melding, of laat de variabele weg.`,
  );
}
