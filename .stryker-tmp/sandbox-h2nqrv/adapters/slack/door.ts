// @ts-nocheck
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { HTTPModuleFunctions } from '@slack/bolt';

/**
 * The biggest request body the bot reads. Slack's own payloads are small: a slash command
 * is a few hundred bytes plus its text (at most 4,000 characters), a message event carries at
 * most 40,000 characters of text, and the largest, a form (`view_submission`), holds at most
 * 100 blocks with their state. 1 MiB leaves room for all of that, URL-encoded, and is a
 * quarter of Bolt's default (4 MB), which let anyone make the bot read and keep 4 MB per request.
 */
export const BODY_LIMIT = 1024 * 1024;

/**
 * At most this many open connections to the endpoint; the server closes any more at once.
 * Slack sends one request per event or command, and a panel's workspace has some tens of
 * members, so even a busy meeting stays far below this; it keeps a flood of connections
 * from using up the bot's file descriptors.
 */
export const MAX_CONNECTIONS = 64;

/**
 * How long a connection may take (Node's own checks, every second instead of every 30):
 * Slack sends its headers and body at once and wants an answer within 3 seconds, so a
 * request that needs longer than this is no request from Slack and gives back its place.
 */
export const SERVER_OPTIONS = {
  headersTimeout: 5_000,
  requestTimeout: 10_000,
  keepAliveTimeout: 5_000,
  connectionsCheckingInterval: 1_000,
} as const;

/**
 * A connection that sends nothing at all is closed after this long (Node applies
 * `headersTimeout` only from the first byte). Not longer than `headersTimeout`: with a
 * checking interval set, Node 24 never closes an idle connection whose socket timeout is
 * longer than that.
 */
export const IDLE_MS = 5_000;

/** How far a request's timestamp may lie from the bot's clock (Slack's own rule: five minutes). */
const TIMESTAMP_WINDOW_S = 5 * 60;

/** An unsigned body Bolt still accepts: Slack's `ssl_check=1` probe is this small. */
const SSL_CHECK_LIMIT = 1024;

const SIGNATURE = /^v0=[0-9a-f]{64}$/;

/**
 * The door of the Slack endpoint: every POST is checked before any of its body is parsed,
 * so a stranger's request costs microseconds and cannot hold up the members' commands.
 * In order, each step refusing with no more work than it needs:
 * 1. the headers: a `v0=` signature and a timestamp within five minutes (401), and a declared
 *    length within `BODY_LIMIT` (413) — before one byte of the body is read;
 * 2. the body, read up to `BODY_LIMIT` (413 past it);
 * 3. the signature, an HMAC over the raw bytes, compared in constant time (401);
 * 4. only then the body's shape: JSON that is not an object (`null`, `[]`) is refused (400),
 *    as Bolt would throw on it outside any handler.
 * What passes goes to Bolt's listener already read (Bolt checks the signature again, over
 * the same bytes). Refusals close the connection, so an unread body is never read.
 */
export function guardDoor(
  listener: RequestListener,
  signingSecret: string,
  nowSeconds: () => number = () => Math.floor(Date.now() / 1000),
): RequestListener {
  return (request: IncomingMessage, response: ServerResponse) => {
    if (request.method !== 'POST') return listener(request, response);
    const declared = Number(request.headers['content-length'] ?? 0);
    if (declared > BODY_LIMIT) return refuse(response, 413);
    const signature = request.headers['x-slack-signature'];
    const timestamp = request.headers['x-slack-request-timestamp'];
    if (signature === undefined && isSmallForm(request, declared)) {
      // Perhaps Slack's unsigned `ssl_check=1`: Bolt answers it and lets nothing else through.
      return read(request, response, SSL_CHECK_LIMIT, (buffered) => listener(buffered, response));
    }
    if (typeof signature !== 'string' || !SIGNATURE.test(signature)) return refuse(response, 401);
    if (typeof timestamp !== 'string' || !/^\d{1,12}$/.test(timestamp)) return refuse(response, 401);
    if (Math.abs(nowSeconds() - Number(timestamp)) > TIMESTAMP_WINDOW_S) return refuse(response, 401);
    read(request, response, BODY_LIMIT, (buffered) => {
      if (!signedBy(signingSecret, timestamp, buffered.rawBody, signature)) return refuse(response, 401);
      if (!isObjectBody(buffered.rawBody.toString('utf8'), request.headers['content-type']))
        return refuse(response, 400);
      listener(buffered, response);
    });
  };
}

type Buffered = IncomingMessage & { rawBody: Buffer };

function read(
  request: IncomingMessage,
  response: ServerResponse,
  limit: number,
  then: (buffered: Buffered) => void,
): void {
  HTTPModuleFunctions.bufferIncomingMessage(request, limit).then(
    (buffered) => then(buffered as Buffered),
    (error: unknown) =>
      refuse(response, HTTPModuleFunctions.isRawBodyError(error) && error.statusCode === 413 ? 413 : 400),
  );
}

function isSmallForm(request: IncomingMessage, declared: number): boolean {
  return (
    request.headers['content-type'] === 'application/x-www-form-urlencoded' && declared <= SSL_CHECK_LIMIT
  );
}

/** Slack's v0 signature: HMAC-SHA256 over `v0:<timestamp>:<body>` with the signing secret. */
function signedBy(secret: string, timestamp: string, body: Buffer, signature: string): boolean {
  const expected = createHmac('sha256', secret).update(`v0:${timestamp}:`).update(body).digest();
  return timingSafeEqual(expected, Buffer.from(signature.slice(3), 'hex'));
}

function refuse(response: ServerResponse, status: number): void {
  if (response.headersSent) return;
  response.writeHead(status, { connection: 'close', 'content-length': 0 });
  response.end();
}

function isObjectBody(text: string, contentType: string | undefined): boolean {
  let json: string | undefined = text;
  if (contentType === 'application/x-www-form-urlencoded') {
    const payload = new URLSearchParams(text).get('payload');
    if (payload === null) return true;
    json = payload;
  }
  try {
    const body: unknown = JSON.parse(json);
    return typeof body === 'object' && body !== null && !Array.isArray(body);
  } catch {
    return true; // Bolt answers malformed JSON with 400 itself.
  }
}
