// @ts-nocheck
import type { ServerResponse } from 'node:http';
import type { RoomDirectory } from './homeserver-rooms.ts';

/** The largest event a homeserver takes, and about what it adds to the content (ids, hashes, signatures). */
const MAX_EVENT_BYTES = 65_536;
const ENVELOPE_BYTES = 1_000;

/** What a send can meet on its way (see `failNextSends`). */
export type SendFault = 'bad-gateway' | 'dropped';

/**
 * `PUT /rooms/{roomId}/send/{type}/{txnId}` of the fake homeserver, with what a real one
 * can do to a send: a proxy's 502 while the homeserver restarts, a connection lost after
 * the event was stored, 429 M_LIMIT_EXCEEDED. A transaction id is answered with the same
 * event every time, as the spec asks, so a retried send never posts twice.
 */
export class SendEndpoint {
  readonly #rooms: RoomDirectory;
  readonly #txns = new Map<string, string>();
  #rateLimited = 0;
  #rateLimitedUser: string | undefined;
  #faults: Array<{ readonly fault: SendFault; readonly user: string }> = [];
  /** The largest event taken (65,536 bytes by the spec); a test may lower it to see a message shortened further. */
  maxEventBytes = MAX_EVENT_BYTES;

  constructor(rooms: RoomDirectory) {
    this.#rooms = rooms;
  }

  /** The next sends by `userId` meet these faults in turn. */
  failNext(faults: readonly SendFault[], userId: string): void {
    this.#faults = faults.map((fault) => ({ fault, user: userId }));
  }

  /** Answers the next `count` sends (by `userId`, or anyone) with 429. */
  rateLimitNext(count: number, userId?: string): void {
    this.#rateLimited = count;
    this.#rateLimitedUser = userId;
  }

  handle(
    response: ServerResponse,
    user: string,
    send: { readonly roomId: string; readonly type: string; readonly txnId: string },
    content: Record<string, unknown>,
  ): void {
    const key = `${user}|${send.txnId}`;
    const store = () =>
      this.#txns.get(key) ?? this.#rooms.append(send.roomId, user, send.type, content).event_id;
    const fault = this.#faults[0]?.user === user ? this.#faults.shift()!.fault : undefined;
    if (fault === 'bad-gateway') {
      response.writeHead(502, { 'content-type': 'text/html' });
      response.end('<html><body><h1>502 Bad Gateway</h1></body></html>');
    } else if (fault === 'dropped') {
      this.#txns.set(key, store());
      response.socket?.destroy();
    } else if (
      this.#rateLimited > 0 &&
      (this.#rateLimitedUser === undefined || this.#rateLimitedUser === user)
    ) {
      this.#rateLimited -= 1;
      json(response, 429, { errcode: 'M_LIMIT_EXCEEDED', error: 'Too many requests', retry_after_ms: 200 });
    } else if (Buffer.byteLength(JSON.stringify(content)) > this.maxEventBytes - ENVELOPE_BYTES) {
      // The spec: a complete event over 65,536 bytes is refused (Synapse: 413 M_TOO_LARGE).
      json(response, 413, { errcode: 'M_TOO_LARGE', error: 'event too large' });
    } else if (this.#rooms.membership(send.roomId, user) !== 'join') {
      json(response, 403, { errcode: 'M_FORBIDDEN', error: 'Not in room' });
    } else {
      const eventId = store();
      this.#txns.set(key, eventId);
      json(response, 200, { event_id: eventId });
    }
  }
}

function json(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json' });
  response.end(JSON.stringify(body));
}
