// @ts-nocheck
import type { Platform } from '../../port/events.ts';
import type { Connection } from './connections.ts';

/** How long a platform may be disconnected before the bot counts as unhealthy (a restart of the server, a network blip). */
export const DISCONNECTED_TOO_LONG_MS = 60_000;

export interface HealthInput {
  readonly version: string;
  readonly upSince: Date;
  readonly now: Date;
  readonly store: {
    readonly items: number;
    readonly journalBytes: number;
    readonly lastWrite?: Date | undefined;
    readonly lastFailure?: Date | undefined;
    /** Whether a file could just be written in the data folder. */
    readonly writable: boolean;
  };
  readonly platforms: ReadonlyMap<Platform, Connection>;
}

export interface HealthReport {
  readonly status: 200 | 503;
  readonly body: {
    readonly ok: boolean;
    readonly version: string;
    readonly upSince: string;
    readonly store: {
      readonly items: number;
      readonly journalBytes: number;
      readonly lastWrite: string | null;
      readonly canWrite: boolean;
    };
    readonly platforms: Record<string, { readonly connected: boolean; readonly since: string }>;
    /** Why it is not healthy, in plain English for a monitoring system. */
    readonly problems: readonly string[];
  };
}

/**
 * What `GET /healthz` answers: 200 while the store can write and every platform is
 * connected (or has been away for less than a minute), 503 otherwise. Nothing in it comes
 * from the chat: only counts, sizes, times and states.
 */
export function healthReport(input: HealthInput): HealthReport {
  const { store } = input;
  const failedLast =
    store.lastFailure !== undefined &&
    (store.lastWrite === undefined || store.lastFailure.getTime() > store.lastWrite.getTime());
  const canWrite = store.writable && !failedLast;
  const problems: string[] = [];
  if (!store.writable) problems.push('the data folder cannot be written');
  else if (failedLast) problems.push('the last change could not be written');
  const platforms: Record<string, { connected: boolean; since: string }> = {};
  for (const [platform, connection] of input.platforms) {
    platforms[platform] = { connected: connection.connected, since: connection.since.toISOString() };
    const away = input.now.getTime() - connection.since.getTime();
    if (!connection.connected && away > DISCONNECTED_TOO_LONG_MS) {
      problems.push(`${platform} has been disconnected for ${Math.round(away / 1000)} s`);
    }
  }
  return {
    status: problems.length === 0 ? 200 : 503,
    body: {
      ok: problems.length === 0,
      version: input.version,
      upSince: input.upSince.toISOString(),
      store: {
        items: store.items,
        journalBytes: store.journalBytes,
        lastWrite: store.lastWrite?.toISOString() ?? null,
        canWrite,
      },
      platforms,
      problems,
    },
  };
}
