// @ts-nocheck
import { type MatrixClient, type MatrixEvent, MatrixEventEvent } from 'matrix-js-sdk';
import { DecryptionFailureCode } from 'matrix-js-sdk/lib/crypto-api/index.js';
import type { Lang } from '../../src/i18n/lang.ts';
import type { Logger } from '../../src/ops/log.ts';
import type { ChatAdapter, Core } from '../../src/port/port.ts';
import { errorMessage } from '../../src/port/rich-message.ts';

const texts = {
  nl: {
    unverified:
      'Ik kon je versleutelde bericht niet lezen: je Element stuurt alleen naar geverifieerde apparaten en mijn apparaat is dat niet. Vraag de beheerder het apparaat van de bot te laten ondertekenen (MATRIX_PASSWORD, zie de README), of zet in Element bij Beveiliging “Nooit versleutelde berichten naar niet-geverifieerde sessies sturen” uit. Stuur het bericht daarna opnieuw.',
    missingKey:
      'Ik kon je versleutelde bericht niet lezen: ik heb de sleutel ervoor niet gekregen. Stuur het bericht opnieuw. Blijft dit gebeuren, meld het dan aan de beheerder van de bot.',
  },
  en: {
    unverified:
      'I could not read your encrypted message: your Element only sends to verified devices and mine is not. Ask the administrator to have the bot’s device signed (MATRIX_PASSWORD, see the README), or turn off “Never send encrypted messages to unverified sessions” under Security in Element. Then send the message again.',
    missingKey:
      'I could not read your encrypted message: I did not receive its key. Please send it again. If this keeps happening, tell the bot’s administrator.',
  },
} satisfies Record<Lang, Record<string, string>>;

interface Relation {
  readonly rel_type?: string;
  readonly event_id?: string;
}

/**
 * Encrypted events in live rooms: handled once the Rust crypto decrypts them, also when
 * the room key arrives after the message. When a member's message stays unreadable for
 * `graceMs`, the bot says so once for that sender's key session, never in a loop.
 */
export class EncryptedEvents {
  readonly #bot: Core;
  readonly #adapter: ChatAdapter;
  readonly #client: MatrixClient;
  readonly #logger: Logger;
  readonly #graceMs: number;
  readonly #timers = new Set<NodeJS.Timeout>();
  readonly #answered = new Set<string>();

  constructor(client: MatrixClient, bot: Core, adapter: ChatAdapter, logger: Logger, graceMs: number) {
    this.#client = client;
    this.#bot = bot;
    this.#adapter = adapter;
    this.#logger = logger;
    this.#graceMs = graceMs;
  }

  /** Calls `handle` with the event as soon as it can be read (right away when it is not encrypted). */
  whenReadable(event: MatrixEvent, handle: (event: MatrixEvent) => void): void {
    if (!event.isEncrypted()) {
      handle(event);
      return;
    }
    let timer: NodeJS.Timeout | undefined;
    let done = false;
    const check = () => {
      if (done || event.isBeingDecrypted()) return;
      if (event.isDecryptionFailure()) {
        timer ??= this.#later(() => this.#unreadable(event));
        return;
      }
      if (event.getClearContent() === null) return;
      done = true;
      event.off(MatrixEventEvent.Decrypted, check);
      if (timer) this.#cancel(timer);
      handle(event);
    };
    event.on(MatrixEventEvent.Decrypted, check);
    void this.#client.decryptEventIfNeeded(event).then(check, check);
  }

  stop(): void {
    for (const timer of this.#timers) clearTimeout(timer);
    this.#timers.clear();
  }

  #later(action: () => void): NodeJS.Timeout {
    const timer = setTimeout(() => {
      this.#timers.delete(timer);
      action();
    }, this.#graceMs);
    this.#timers.add(timer);
    return timer;
  }

  #cancel(timer: NodeJS.Timeout): void {
    clearTimeout(timer);
    this.#timers.delete(timer);
  }

  #unreadable(event: MatrixEvent): void {
    const sender = event.getSender();
    const roomId = event.getRoomId();
    const eventId = event.getId();
    if (!sender || !roomId || !eventId || !event.isDecryptionFailure()) return;
    if (!this.#bot.isRostered('matrix', sender)) return;
    const wire = event.getWireContent() as { session_id?: string; 'm.relates_to'?: Relation };
    const once = `${roomId}|${sender}|${wire.session_id ?? eventId}`;
    if (this.#answered.has(once)) return;
    this.#answered.add(once);
    const unverified =
      event.decryptionFailureReason === DecryptionFailureCode.MEGOLM_KEY_WITHHELD_FOR_UNVERIFIED_DEVICE;
    this.#logger.warn(
      `Matrix: een versleuteld bericht van ${sender} in ${roomId} kon niet worden gelezen (${event.decryptionFailureReason ?? 'onbekend'}).`,
    );
    const relation = wire['m.relates_to'];
    const root = relation?.rel_type === 'm.thread' && relation.event_id ? relation.event_id : eventId;
    const text = texts[this.#bot.config.language][unverified ? 'unverified' : 'missingKey'];
    void this.#adapter
      .reply({ platform: 'matrix', channel: roomId, id: root }, errorMessage(text))
      .catch(() => undefined);
  }
}
