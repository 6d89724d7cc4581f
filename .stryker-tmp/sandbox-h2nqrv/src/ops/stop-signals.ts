// @ts-nocheck
import type { Logger } from './log.ts';

/** How long a stop may take before the bot exits anyway (systemd waits 90 s, Docker 10 s). */
export const STOP_WITHIN_MS = 4_000;

/**
 * SIGINT and SIGTERM: the first stops the bot cleanly (finish the command in hand, write
 * the store, let go of the lock) and exits; a second one exits at once. Files are always
 * replaced atomically, so even that never leaves half a file behind.
 */
export function onStopSignals(stop: () => Promise<void>, logger: Logger): void {
  let stopping = false;
  const handle = (signal: NodeJS.Signals) => {
    if (stopping) {
      logger.warn(`${signal} nogmaals: de bot stopt meteen.`);
      process.exit(130);
    }
    stopping = true;
    void stop().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error('Stoppen ging niet helemaal goed', error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', handle);
  process.on('SIGTERM', handle);
}

/** Resolves with the work's result, or with undefined once `ms` have passed. */
export function within<T>(work: Promise<T>, ms: number): Promise<T | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), ms);
    timer.unref();
  });
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}

/** SIGHUP: read config.json again (systemd's `systemctl reload`); one reload at a time. */
export function onReloadSignal(reload: () => Promise<unknown>): void {
  let reloading = Promise.resolve();
  process.on('SIGHUP', () => {
    reloading = reloading
      .then(() => reload())
      .then(
        () => undefined,
        () => undefined,
      );
  });
}
