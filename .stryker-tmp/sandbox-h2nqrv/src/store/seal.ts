// @ts-nocheck
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { join } from 'node:path';
import { readTextIfExists, writeFileDurably } from './durable-file.ts';
import { schemaFingerprint } from './snapshot-check.ts';

/** The file in the data folder that holds the store's own secret key (mode 0600). */
export const KEY_FILE = 'db.sleutel';

const KEY = /^[0-9a-f]{64}$/;

/**
 * The store's seal: an HMAC (SHA-256) with a random key that only this store knows, kept
 * in the data folder, over the schema's fingerprint and the bytes it seals. The store
 * seals a journal line or a `db.json` only after they passed the schema; at start a
 * sealed line or file need not be checked item by item again. A line or a proof made by
 * hand, copied from another store, or written under another schema does not carry a
 * seal that verifies, and is checked in full.
 */
export class Seal {
  readonly #key: Buffer;

  constructor(key: Buffer) {
    this.#key = createHmac('sha256', key).update(schemaFingerprint()).digest();
  }

  /** Reads the key from the data folder, or makes a new one there (a lost key only costs one full check). */
  static async open(dataDir: string): Promise<Seal> {
    const path = join(dataDir, KEY_FILE);
    const kept = (await readTextIfExists(path))?.trim();
    if (kept && KEY.test(kept)) return new Seal(Buffer.from(kept, 'hex'));
    const key = randomBytes(32);
    await writeFileDurably(path, `${key.toString('hex')}\n`, 0o600);
    return new Seal(key);
  }

  /** The seal of these bytes, as 64 hex digits. */
  of(data: string | Uint8Array): string {
    return createHmac('sha256', this.#key).update(data).digest('hex');
  }

  /** A seal made a chunk at a time (a large file as it is written). */
  begin(): { update(chunk: Uint8Array): void; end(): string } {
    const hmac = createHmac('sha256', this.#key);
    return { update: (chunk) => hmac.update(chunk), end: () => hmac.digest('hex') };
  }

  /** Whether `seal` is this store's seal of the bytes. */
  verifies(data: string | Uint8Array, seal: unknown): boolean {
    if (typeof seal !== 'string' || !KEY.test(seal)) return false;
    return timingSafeEqual(Buffer.from(this.of(data), 'hex'), Buffer.from(seal, 'hex'));
  }
}
