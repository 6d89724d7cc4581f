import { join } from 'node:path';
import { type IEvent, type MatrixClient, type MatrixEvent, Method } from 'matrix-js-sdk';
import type { Logger } from '../../src/log.ts';
import { readTextIfExists, writeFileDurably } from '../../src/store/durable-file.ts';

/** Pages of missed events fetched at most at start (500 per room each). */
const MAX_PAGES = 50;
/** How often an idle sync position is written; after a handled event it is written at once. */
const IDLE_WRITE_MS = 60_000;

/** Only timelines: the bot needs no presence, typing or account data to catch up. */
const CATCH_UP_FILTER = JSON.stringify({
  presence: { types: [] },
  account_data: { types: [] },
  room: {
    timeline: { limit: 500 },
    state: { lazy_load_members: true },
    ephemeral: { types: [] },
    account_data: { types: [] },
  },
});

interface SyncResponse {
  readonly next_batch: string;
  readonly rooms?: {
    readonly join?: Record<
      string,
      { readonly timeline?: { readonly events?: Partial<IEvent>[]; readonly limited?: boolean } }
    >;
  };
}

/**
 * Where the bot's Matrix sync stood, kept in the data folder beside the store
 * (`matrix-sync.json`, written durably), so that at start it can handle what was typed
 * while it was down. Handled event ids are in the store, so an event seen twice is run once.
 */
export class SyncPosition {
  readonly #path: string;
  readonly #user: string;
  #latest: string | undefined;
  #written: string | undefined;
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
      const saved = JSON.parse(text) as { user?: unknown; since?: unknown };
      if (saved.user !== this.#user || typeof saved.since !== 'string') return undefined;
      this.#written = saved.since;
      return saved.since;
    } catch {
      return undefined;
    }
  }

  /** The sync reached `token`; `handled` says an event was handed to the bot on the way. */
  advance(token: string, handled: boolean, idle: () => Promise<void>): void {
    this.#latest = token;
    if (handled) this.save(idle);
    else this.#timer ??= setTimeout(() => this.save(idle), IDLE_WRITE_MS).unref();
  }

  /** Writes the latest position once every event before it has been handled. */
  save(idle: () => Promise<void>): Promise<void> {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#writing = this.#writing.then(async () => {
      await idle();
      const token = this.#latest;
      if (token === undefined || token === this.#written) return;
      await writeFileDurably(this.#path, JSON.stringify({ user: this.#user, since: token }));
      this.#written = token;
    });
    return this.#writing;
  }

  stop(): void {
    clearTimeout(this.#timer);
  }
}

/**
 * Fetches what arrived since `since`, page by page, and hands every event on, oldest
 * first. Returns the position it reached. A room with more missed events than a page
 * holds is named in the log: its oldest ones are skipped.
 */
export async function catchUp(
  client: MatrixClient,
  since: string,
  handle: (event: MatrixEvent) => void,
  logger: Logger,
  pages = MAX_PAGES,
): Promise<string> {
  const map = client.getEventMapper();
  let position = since;
  for (let page = 0; page < pages; page++) {
    const response = await client.http.authedRequest<SyncResponse>(Method.Get, '/sync', {
      since: position,
      timeout: '0',
      filter: CATCH_UP_FILTER,
    });
    const events: Partial<IEvent>[] = [];
    for (const [roomId, room] of Object.entries(response.rooms?.join ?? {})) {
      if (room.timeline?.limited) {
        logger.warn(
          `Matrix: in ${roomId} kwamen terwijl de bot uit stond meer berichten binnen dan hij kan nalezen; de oudste zijn overgeslagen.`,
        );
      }
      for (const event of room.timeline?.events ?? []) events.push({ ...event, room_id: roomId });
    }
    events.sort((a, b) => (a.origin_server_ts ?? 0) - (b.origin_server_ts ?? 0));
    for (const event of events) handle(map(event));
    if (events.length === 0 || response.next_batch === position) return response.next_batch;
    position = response.next_batch;
  }
  return position;
}
