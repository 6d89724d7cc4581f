import { logger as sdkLogger } from 'matrix-js-sdk/lib/logger.js';

/** The SDK logs every request; the bot keeps its own log clean and says what matters itself. */
export function quietSdk(): void {
  silence(sdkLogger as unknown as Leveled);
}

interface Leveled {
  setLevel?: (level: string) => void;
  getChild?: (name: string) => Leveled;
}

/** The SDK's child loggers (the crypto's, the call sessions') start at debug level; they are silenced too. */
const silenced = new WeakSet<Leveled>();

function silence(log: Leveled): Leveled {
  log.setLevel?.('silent');
  if (silenced.has(log)) return log;
  silenced.add(log);
  const getChild = log.getChild?.bind(log);
  if (getChild) log.getChild = (name: string) => silence(getChild(name));
  return log;
}

/** The logger handed to the client and the crypto: says nothing. */
export const quietLogger = {
  trace: () => {},
  debug: () => {},
  info: () => {},
  warn: () => {},
  error: () => {},
  getChild: () => quietLogger,
};
