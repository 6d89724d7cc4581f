// @ts-nocheck
import { join } from 'node:path';
import { type IEvent, type MatrixClient, type MatrixEvent, Method } from 'matrix-js-sdk';
import type { Logger } from '../../src/ops/log.ts';
import { readTextIfExists, writeFileDurably } from '../../src/store/durable-file.ts';

/** Events asked per page of `/messages`, and the most pages read back per room (20,000 events). */
const PAGE = 100;
const MAX_PAGES = 200;
/** How often an idle sync position is written; after a handled event it is written at once. */
const IDLE_WRITE_MS = 60_000;
/**
 * How many handed-on event ids are kept. A server may start a restarted bot before its
 * saved position (Synapse serves a cached initial sync for two minutes); the events it
 * then sends again are recognised by these ids and never answered twice.
 */
export const RECENT_EVENTS = 2_000;

/**
 * Where the bot's Matrix sync stood, kept in the data folder beside the store
 * (`matrix-sync.json`, written durably), with the ids of the events it handed on most
 * recently. At start the bot reads what was typed while it was down back to that position,
 * and skips any event it already handed on.
 */
export class SyncPosition {
  readonly #path: string;
  readonly #user: string;
  #latest: string | undefined;
  #written: string | undefined;
  #recent = new Set<string>();
  #recentChanged = false;
  #writing: Promise<void> = Promise.resolve();
  #timer: NodeJS.Timeout | undefined;

  constructor(dataDir: string, user: string) {
    this.#path = join(dataDir, 'matrix-sync.json');
    this.#user = user;
  }

  /** The saved position, if it was saved for this bot account. */
  async read(): Promise<string | undefined> {
    const text = await readTextIfExists(this.#path);
    if (text === null) return undefined;
    try {
      const saved = JSON.parse(text) as { user?: unknown; since?: unknown; recent?: unknown };
      if (saved.user !== this.#user || typeof saved.since !== 'string') return undefined;
      this.#written = saved.since;
      if (Array.isArray(saved.recent))
        this.#recent = new Set(saved.recent.filter((id): id is string => typeof id === 'string'));
      return saved.since;
    } catch {
      return undefined;
    }
  }

  /** Whether the event was handed on before (also before a restart). */
  has(eventId: string): boolean {
    return this.#recent.has(eventId);
  }

  /** The event is handed on; only the latest `RECENT_EVENTS` ids are kept. */
  note(eventId: string): void {
    this.#recent.add(eventId);
    this.#recentChanged = true;
    if (this.#recent.size > RECENT_EVENTS) this.#recent.delete(this.#recent.values().next().value!);
  }

  /** How many ids are kept (never more than `RECENT_EVENTS`). */
  get remembered(): number {
    return this.#recent.size;
  }

  /** The sync reached `token`; `handled` says an event was handed to the bot on the way. */
  advance(token: string, handled: boolean, idle: () => Promise<void>): void {
    this.#latest = token;
    // A failed write (a full disk) is tried again at the next position.
    const save = () => void this.save(idle).catch(() => undefined);
    if (handled) save();
    else this.#timer ??= setTimeout(save, IDLE_WRITE_MS).unref();
  }

  /** Writes the latest position (and the ids before it) once every event before it has been handled. */
  save(idle: () => Promise<void>): Promise<void> {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    // One write at a time; a failed one does not stop the next.
    this.#writing = this.#writing
      .catch(() => undefined)
      .then(async () => {
        await idle();
        const token = this.#latest ?? this.#written;
        if (token === undefined || (token === this.#written && !this.#recentChanged)) return;
        this.#recentChanged = false;
        const saved = { user: this.#user, since: token, recent: [...this.#recent] };
        try {
          await writeFileDurably(this.#path, JSON.stringify(saved));
        } catch (error) {
          this.#recentChanged = true;
          throw error;
        }
        this.#written = token;
      });
    return this.#writing;
  }

  stop(): void {
    clearTimeout(this.#timer);
  }
}

interface MessagesPage {
  readonly chunk?: Partial<IEvent>[];
  readonly end?: string;
}

/**
 * The events of a room between two positions, oldest first: `/rooms/{roomId}/messages`
 * read back (`dir=b`) from `from` (a sync's `prev_batch` or `next_batch`) to `to` (an
 * earlier sync position), page by page. A room with more than `MAX_PAGES` pages is named
 * in the log: its oldest events are skipped.
 */
export async function eventsBetween(
  client: MatrixClient,
  roomId: string,
  from: string,
  to: string,
  logger: Logger,
): Promise<MatrixEvent[]> {
  const found: Partial<IEvent>[] = [];
  const path = `/rooms/${encodeURIComponent(roomId)}/messages`;
  let token = from;
  let complete = false;
  for (let page = 0; page < MAX_PAGES && !complete; page++) {
    const answer = await client.http.authedRequest<MessagesPage>(Method.Get, path, {
      from: token,
      to,
      dir: 'b',
      limit: String(PAGE),
    });
    const chunk = answer.chunk ?? [];
    found.push(...chunk);
    complete = chunk.length === 0 || !answer.end || answer.end === token;
    if (answer.end) token = answer.end;
  }
  if (!complete) {
    logger.warn(
      `Matrix: in ${roomId} kwamen meer dan ${PAGE * MAX_PAGES} berichten binnen die de bot niet zag; de oudste zijn overgeslagen.`,
    );
  }
  const map = client.getEventMapper();
  return found.reverse().map((event) => map({ ...event, room_id: roomId }));
}
