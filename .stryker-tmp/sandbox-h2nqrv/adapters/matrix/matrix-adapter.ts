// @ts-nocheck
import { randomUUID } from 'node:crypto';
import {
  ConnectionError,
  HistoryVisibility,
  JoinRule,
  type MatrixClient,
  MatrixError,
  Method,
} from 'matrix-js-sdk';
import type { Logger } from '../../src/ops/log.ts';
import type { MessageRef } from '../../src/port/events.ts';
import type { ChannelAccess, ChatAdapter, ChatFile } from '../../src/port/port.ts';
import type { RichMessage } from '../../src/port/rich-message.ts';
import type { ChannelConfig, Member } from '../../src/setup/config.ts';
import { uploadFile } from './attachment.ts';
import { directRoom } from './direct-room.ts';
import { fitting, MAX_CONTENT_BYTES, type MatrixText, toMatrixText } from './html.ts';
import { matrixIdentity } from './identity.ts';
import { PRESENT } from './membership.ts';

/** Join rules that let someone in without an invitation. */
const OPEN_JOIN_RULES = new Set<string>([JoinRule.Public, JoinRule.Restricted, 'knock_restricted']);
const MAX_RATE_LIMIT_RETRIES = 5;
/**
 * The content an encrypted event can carry: a homeserver takes events up to 65,536 bytes
 * (Synapse answers 413 M_TOO_LARGE beyond), and Megolm's ciphertext is base64 of the
 * encrypted JSON (type, content and room id), a third larger than the text, beside the
 * session's keys and ids.
 */
const MAX_ENCRYPTED_CONTENT_BYTES = 45_000;
/** How often a message refused as too large is shortened and sent again. */
const MAX_SHORTENINGS = 3;

const tooLarge = (error: unknown): boolean =>
  error instanceof MatrixError && (error.errcode === 'M_TOO_LARGE' || error.httpStatus === 413);
const MAX_WAIT_MS = 30_000;
/** Waits after a lost connection or a 5xx (a homeserver restarting): about two minutes in all. */
const OUTAGE_WAITS_MS = [500, 1_000, 2_000, 4_000, 8_000, 15_000, 30_000, 30_000, 30_000];

/** How long to wait before sending again, or undefined when trying again cannot help. */
function retryAfter(error: unknown, attempt: number): number | undefined {
  if (error instanceof MatrixError && (error.errcode === 'M_LIMIT_EXCEEDED' || error.httpStatus === 429)) {
    if (attempt >= MAX_RATE_LIMIT_RETRIES) return undefined;
    return Math.min(Number(error.data.retry_after_ms ?? 1_000), MAX_WAIT_MS);
  }
  const status = (error as { httpStatus?: unknown } | null)?.httpStatus;
  const outage = error instanceof ConnectionError || (typeof status === 'number' && status >= 500);
  return outage ? OUTAGE_WAITS_MS[attempt] : undefined;
}

/** A thread reply's relation, with the `m.in_reply_to` fallback for clients without threads. */
const inThread = (thread: MessageRef) => ({
  rel_type: 'm.thread',
  event_id: thread.id,
  is_falling_back: true,
  'm.in_reply_to': { event_id: thread.id },
});

/**
 * The adapter port on the Client-Server API: messages as `m.notice` with HTML, thread
 * replies with `m.thread` (and the `m.in_reply_to` fallback), updates as `m.replace` edits.
 * A 429 `M_LIMIT_EXCEEDED` waits `retry_after_ms` and tries again; a lost connection or a
 * 5xx (the homeserver restarting) is tried again for about two minutes. The same
 * transaction id makes every retry safe: a send the server stored is never stored twice.
 */
export class MatrixAdapter implements ChatAdapter {
  readonly platform = 'matrix';
  readonly #client: MatrixClient;
  readonly #logger: Logger;
  readonly #shortened: string;
  readonly #wait: (ms: number) => Promise<void>;

  constructor(
    client: MatrixClient,
    logger: Logger,
    shortened = '… (ingekort)',
    wait = (ms: number) => new Promise<void>((r) => setTimeout(r, ms)),
  ) {
    this.#client = client;
    this.#logger = logger;
    this.#shortened = shortened;
    this.#wait = wait;
  }

  memberOf(userId: string, roster: readonly Member[]): Member | undefined {
    return matrixIdentity.memberOf(userId, roster);
  }

  channelOf(key: string, channels: Readonly<Record<string, ChannelConfig>>): string | undefined {
    return matrixIdentity.channelOf(key, channels);
  }

  /** The member's direct room with the bot (found in `m.direct`, or created with them invited). */
  async direct(member: Member): Promise<string | undefined> {
    if (!member.matrix) return undefined;
    const known = this.#directRooms.get(member.matrix);
    if (known) return known;
    const roomId = await directRoom(this.#client, member.matrix);
    this.#directRooms.set(member.matrix, roomId);
    return roomId;
  }

  /** Direct rooms opened during this run, before the sync has told the client of them. */
  readonly #directRooms = new Map<string, string>();

  /**
   * Sends a message shortened to fit one event: `content` builds it from the text, which
   * gets `budget` bytes (an edit carries its text twice, so each copy gets half). In an
   * encrypted room the text must fit after encryption, which makes it about a third
   * larger; should the server still refuse the event as too large, the text is shortened
   * further and sent again.
   */
  async #sendFitting(
    roomId: string,
    message: RichMessage,
    copies: number,
    content: (text: MatrixText) => Record<string, unknown>,
  ): Promise<string> {
    const encrypted = this.#client.getRoom(roomId)?.hasEncryptionStateEvent() === true;
    let budget = Math.floor((encrypted ? MAX_ENCRYPTED_CONTENT_BYTES : MAX_CONTENT_BYTES) / copies);
    for (let attempt = 0; ; attempt++) {
      const text = toMatrixText(fitting(message, this.#shortened, toMatrixText, budget));
      try {
        return await this.send(roomId, 'm.room.message', content(text));
      } catch (error) {
        if (!tooLarge(error) || attempt >= MAX_SHORTENINGS) throw error;
        budget = Math.floor(budget * 0.75);
        this.#logger.warn(`Matrix: ${roomId} refused a message as too large; it is sent again, shorter.`);
      }
    }
  }

  async post(channel: string, message: RichMessage): Promise<MessageRef> {
    const eventId = await this.#sendFitting(channel, message, 1, (text) => ({ ...text }));
    return { platform: 'matrix', channel, id: eventId };
  }

  async reply(thread: MessageRef, message: RichMessage): Promise<MessageRef> {
    const eventId = await this.#sendFitting(thread.channel, message, 1, (text) => ({
      ...text,
      'm.relates_to': inThread(thread),
    }));
    return { platform: 'matrix', channel: thread.channel, id: eventId };
  }

  async update(ref: MessageRef, message: RichMessage): Promise<void> {
    await this.#sendFitting(ref.channel, message, 2, (text) => ({
      msgtype: text.msgtype,
      body: `* ${text.body}`,
      format: text.format,
      formatted_body: `* ${text.formatted_body}`,
      'm.mentions': {},
      'm.new_content': text,
      'm.relates_to': { rel_type: 'm.replace', event_id: ref.id },
    }));
  }

  /** A reaction of the bot's own: an `m.reaction` annotation with the emoji as its key. */
  async react(ref: MessageRef, emoji: string): Promise<void> {
    await this.send(ref.channel, 'm.reaction', {
      'm.relates_to': { rel_type: 'm.annotation', event_id: ref.id, key: emoji },
    });
  }

  /**
   * The people in a room (`/members`): joined, invited or knocking alike, since each can
   * read what is said there or soon will (`/joined_members` leaves out the invited); the
   * bot itself left out.
   */
  async members(roomId: string): Promise<readonly string[]> {
    const { chunk } = await this.#client.members(roomId, undefined, 'leave');
    const me = this.#client.getUserId();
    return (chunk ?? [])
      .filter((event) => PRESENT.has(String(event.content?.membership)))
      .map((event) => event.state_key)
      .filter((userId): userId is string => typeof userId === 'string' && userId !== me);
  }

  /**
   * The room's own settings: anyone can come in when the join rule lets people join
   * without an invitation (`public`, or `restricted` to members of another room or space),
   * and anyone can read along when history is `world_readable`. Later joiners read what
   * came before when history is `shared` (the spec's default) or `world_readable`.
   */
  async access(roomId: string): Promise<ChannelAccess> {
    const room = this.#client.getRoom(roomId);
    if (!room) throw new Error(`Matrix: ${roomId} is not a room the bot is in`);
    const history = room.getHistoryVisibility();
    return {
      openToAnyone: OPEN_JOIN_RULES.has(room.getJoinRule()) || history === HistoryVisibility.WorldReadable,
      historyVisibleToLaterJoiners:
        history === HistoryVisibility.Shared || history === HistoryVisibility.WorldReadable,
    };
  }

  /** Uploads the document to the homeserver's media repository and posts it as an `m.file`. */
  async upload(
    channel: string,
    file: ChatFile,
    _comment: RichMessage,
    thread?: MessageRef,
  ): Promise<MessageRef> {
    const content = await uploadFile(this.#client, channel, {
      name: file.name,
      mimetype: file.mimetype,
      bytes: Buffer.from(file.text, 'utf8'),
    });
    const eventId = await this.send(channel, 'm.room.message', {
      ...content,
      'm.mentions': {},
      ...(thread ? { 'm.relates_to': inThread(thread) } : {}),
    });
    return { platform: 'matrix', channel, id: eventId };
  }

  /**
   * Sends one event, waiting out rate limits; the same transaction id makes a retry safe.
   * In an encrypted room the SDK encrypts it (`m.room.encrypted`); without crypto the bot
   * refuses to send there in clear.
   */
  async send(roomId: string, type: string, content: Record<string, unknown>): Promise<string> {
    const txnId = randomUUID();
    const path = `/rooms/${encodeURIComponent(roomId)}/send/${encodeURIComponent(type)}/${encodeURIComponent(txnId)}`;
    const encrypted = this.#client.getRoom(roomId)?.hasEncryptionStateEvent() === true;
    if (encrypted && !this.#client.getCrypto()) {
      const error = new Error(`Matrix: ${roomId} is encrypted and MATRIX_STORE_KEY is not set; nothing sent`);
      this.#logger.error(
        `Matrix: niets verstuurd naar ${roomId}: die kamer is versleuteld en MATRIX_STORE_KEY staat niet aan.`,
      );
      throw error;
    }
    for (let attempt = 0; ; attempt++) {
      try {
        if (encrypted) {
          // A new transaction per try: the SDK keeps a failed local echo under the old one.
          const sent = await this.#client.sendEvent(roomId, type as never, content as never);
          return sent.event_id;
        }
        const result = await this.#client.http.authedRequest<{ event_id: string }>(
          Method.Put,
          path,
          undefined,
          content,
        );
        return result.event_id;
      } catch (error) {
        const wait = retryAfter(error, attempt);
        if (wait === undefined) {
          if (tooLarge(error)) throw error;
          this.#logger.error(
            `Matrix: sending to ${roomId} failed`,
            error instanceof Error ? error.message : error,
          );
          throw error;
        }
        const why = error instanceof MatrixError && error.httpStatus === 429 ? 'rate limited' : 'no answer';
        this.#logger.warn(`Matrix: ${why} in ${roomId}; trying again in ${wait} ms.`);
        await this.#wait(wait);
      }
    }
  }
}
