// @ts-nocheck
import type { Platform } from '../../port/events.ts';

/** Whether a platform is connected, and since when. */
export interface Connection {
  readonly connected: boolean;
  readonly since: Date;
}

/**
 * The platforms' connections as their adapters report them (a Matrix sync that works or
 * fails, Slack listening or its socket gone), for the health check.
 */
export class Connections {
  readonly #now: () => Date;
  readonly #states = new Map<Platform, Connection>();

  constructor(now: () => Date) {
    this.#now = now;
  }

  /** Records a change; the same state again keeps its `since`. */
  mark(platform: Platform, connected: boolean): void {
    if (this.#states.get(platform)?.connected === connected) return;
    this.#states.set(platform, { connected, since: this.#now() });
  }

  all(): ReadonlyMap<Platform, Connection> {
    return this.#states;
  }
}
