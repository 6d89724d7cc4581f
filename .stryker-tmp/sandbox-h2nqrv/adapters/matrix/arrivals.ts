// @ts-nocheck
import {
  ClientEvent,
  EventTimeline,
  type MatrixClient,
  type MatrixEvent,
  RoomEvent,
  SyncState,
} from 'matrix-js-sdk';
import type { Logger } from '../../src/ops/log.ts';
import { within } from '../../src/ops/stop-signals.ts';
import { eventsBetween, type SyncPosition } from './catch-up.ts';

/** What the bot asks of every sync: up to 50 events per room (Synapse gives 10 when a filter sets none). */
export const TIMELINE_LIMIT = 50;
/**
 * The most events the SDK keeps of a room's timeline. The bot never reads its rooms back
 * from memory, so beyond this the timeline starts afresh (with the room's state) and the
 * SDK's record of relations (every reaction ever given) is let go: a flood of events
 * never grows the bot's memory without bound.
 */
export const KEPT_EVENTS = 500;
/**
 * How long the next event waits for one before it that is still being decrypted (its key
 * may come a moment later). Beyond this the order gives way, so that a message whose key
 * never comes cannot hold up the rest; it is handled once it can be read.
 */
const ORDER_WAIT_MS = 3_000;

export interface ArrivalsOptions {
  readonly client: MatrixClient;
  readonly me: string;
  /** Where the last run stopped, or undefined at a first start (nothing is read back then). */
  readonly saved: string | undefined;
  readonly position: SyncPosition | undefined;
  readonly logger: Logger;
  /**
   * Hands one event to the bot, in the order the events happened in each room; resolves
   * once the bot has it (an encrypted event once it is decrypted).
   */
  readonly deliver: (event: MatrixEvent) => Promise<void>;
  /** Resolves when the bot has handled everything delivered so far. */
  readonly idle: () => Promise<void>;
  /** Called after a sync whose timeline in a room had a gap (who is there may have changed unseen). */
  readonly gapped?: (roomId: string) => void;
}

/**
 * Every room event the bot should see, each once, in order: what arrived while it was down
 * (read back with `/messages` from the first sync to the saved position), then each sync's
 * live events. When a sync leaves events out (`limited: true`, after a pause or a burst),
 * the missing ones are read back from the timeline's `prev_batch` to the previous sync
 * position and handed on first. One sync's events are handed on only after the previous
 * sync's, so nothing overtakes. An event handed on before (also before a restart, when
 * the server starts the bot from a cached, older position) is skipped.
 */
export class Arrivals {
  readonly #options: ArrivalsOptions;
  #open = false;
  #batch: MatrixEvent[] = [];
  #gaps = new Map<string, string>();
  #lastSync: string | undefined;
  #chain: Promise<void> = Promise.resolve();
  #handedAny = false;
  /** Set while the bot itself starts a timeline afresh: that is no gap. */
  #trimming = false;

  constructor(options: ArrivalsOptions) {
    this.#options = options;
    const { client } = options;
    client.on(RoomEvent.Timeline, (event, _room, toStartOfTimeline, removed, data) => {
      if (this.#open && !toStartOfTimeline && !removed && data?.liveEvent) this.#batch.push(event);
    });
    client.on(RoomEvent.TimelineReset, (room, timelineSet) => {
      if (!this.#open || this.#trimming || !room || timelineSet !== room.getUnfilteredTimelineSet()) return;
      const from = timelineSet.getLiveTimeline().getPaginationToken(EventTimeline.BACKWARDS);
      if (from) this.#gaps.set(room.roomId, from);
    });
    client.on(ClientEvent.Sync, (state, _previous, data) => {
      const next = data?.nextSyncToken;
      if (!next || next === this.#lastSync) return;
      const before = this.#lastSync;
      this.#lastSync = next;
      if (!this.#open) {
        // The first (initial) sync: its events are history; what came since the saved position is read back.
        if (state !== SyncState.Prepared) return;
        this.#open = true;
        this.#then(() => this.#catchUp(next));
        return;
      }
      const batch = this.#batch;
      const gaps = this.#gaps;
      this.#batch = [];
      this.#gaps = new Map();
      this.#then(() => this.#synced(batch, gaps, data.oldSyncToken ?? before, next));
    });
  }

  /** Resolves once everything that arrived so far has been handed on. */
  settled(): Promise<void> {
    return this.#chain;
  }

  #then(work: () => Promise<void>): void {
    this.#chain = this.#chain.then(work).catch((error: unknown) => {
      this.#options.logger.error('Matrix: events could not be handed on', error);
    });
  }

  async #catchUp(head: string): Promise<void> {
    const { client, saved, logger } = this.#options;
    if (saved) {
      const missed: MatrixEvent[] = [];
      for (const room of client.getRooms()) {
        if (room.getMyMembership() !== 'join') continue;
        try {
          missed.push(...(await eventsBetween(client, room.roomId, head, saved, logger)));
        } catch (error) {
          logger.warn(
            `Matrix: nalezen wat in ${room.roomId} binnenkwam terwijl de bot uit stond lukte niet (${(error as Error).message}); de bot gaat verder met nieuwe berichten.`,
          );
        }
      }
      // Each room in its own order; the rooms merged by time (a stable sort keeps a room's order).
      missed.sort((a, b) => a.getTs() - b.getTs());
      for (const event of missed) await this.#hand(event);
      logger.info('Matrix: berichten van terwijl de bot uit stond zijn nagelezen.');
    }
    this.#advance(head, true);
  }

  async #synced(
    batch: MatrixEvent[],
    gaps: Map<string, string>,
    before: string | undefined,
    next: string,
  ): Promise<void> {
    const { client, logger } = this.#options;
    for (const [roomId, from] of gaps) {
      if (before) {
        try {
          for (const event of await eventsBetween(client, roomId, from, before, logger))
            await this.#hand(event);
        } catch (error) {
          logger.warn(
            `Matrix: berichten die ${roomId} oversloeg konden niet worden opgehaald (${(error as Error).message}).`,
          );
        }
      }
      this.#options.gapped?.(roomId);
    }
    for (const event of batch) await this.#hand(event);
    this.#advance(next, this.#handedAny);
    this.#trim(next);
  }

  /** Starts a room's timeline afresh once it holds more than `KEPT_EVENTS`. */
  #trim(token: string): void {
    for (const room of this.#options.client.getRooms()) {
      const set = room.getUnfilteredTimelineSet();
      if (set.getLiveTimeline().getEvents().length <= KEPT_EVENTS && set.getTimelines().length === 1)
        continue;
      this.#trimming = true;
      try {
        // Without a forward token every timeline goes, not only the live one.
        room.resetLiveTimeline(token, null);
      } finally {
        this.#trimming = false;
      }
      // The SDK keeps each relation (reaction, edit) by the event it points to, for good.
      (room.relations as unknown as { relations?: Map<string, unknown> }).relations?.clear();
    }
  }

  async #hand(event: MatrixEvent): Promise<void> {
    const { position, me, deliver } = this.#options;
    const id = event.getId();
    if (!id || event.getSender() === me || position?.has(id)) return;
    position?.note(id);
    this.#handedAny = true;
    await within(deliver(event), ORDER_WAIT_MS);
  }

  #advance(token: string, handled: boolean): void {
    this.#handedAny = false;
    this.#options.position?.advance(token, handled, this.#options.idle);
  }
}
