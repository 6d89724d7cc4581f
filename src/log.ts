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
