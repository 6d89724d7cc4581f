// @ts-nocheck
import { Buffer } from 'node:buffer';
import { createHash } from 'node:crypto';
import { chmod, mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { StartupError } from '../../src/core/errors.ts';
import type { Lang } from '../../src/i18n/lang.ts';
import { writeFileDurably } from '../../src/store/durable-file.ts';
import { encryptionTexts } from './encryption-texts.ts';
import {
  type DatabaseSnapshot,
  type Factory,
  restoreDatabases,
  snapshotDatabases,
} from './indexeddb-snapshot.ts';

/** The folder in the data folder that holds the bot's Matrix device (keys of every encrypted room). */
export const CRYPTO_FOLDER = 'matrix-crypto';
export const CRYPTO_FILE = 'store.v8';
const FILE = CRYPTO_FILE;
/**
 * The file starts with this line and the SHA-256 of what follows, so that a damaged file
 * (a flipped byte on disk) is refused with a clear sentence before the Rust crypto reads
 * it. Files written before carry no digest and are read as they are.
 */
const MAGIC = Buffer.from('stadspanel-crypto-store 2\n');
const DIGEST_BYTES = 32;
/** The prefix of the IndexedDB databases the Rust crypto creates (`<prefix>::matrix-sdk-crypto`). */
export const DATABASE_PREFIX = 'stadspanel';

interface SnapshotFile {
  readonly format: 1;
  readonly userId: string;
  readonly deviceId: string;
  readonly databases: DatabaseSnapshot[];
}

export interface DeviceIdentity {
  readonly userId: string;
  readonly deviceId: string;
}

/**
 * The Rust crypto store of one device, kept in `<data>/matrix-crypto/store.v8` (folder mode
 * 700). It lives in a fake IndexedDB while the bot runs; `save()` writes a snapshot
 * atomically with fsync, with its SHA-256, and skips the write when nothing changed. The records are
 * encrypted by the Rust crypto with MATRIX_STORE_KEY; the names of the tables are not.
 */
export class CryptoStore {
  readonly folder: string;
  readonly factory: Factory;
  /** Whether a store was found on disk (false at the first start of a device). */
  readonly existed: boolean;
  readonly #identity: DeviceIdentity;
  #last: Buffer | undefined;
  #queue: Promise<void> = Promise.resolve();

  private constructor(folder: string, factory: Factory, identity: DeviceIdentity, last: Buffer | undefined) {
    this.folder = folder;
    this.factory = factory;
    this.#identity = identity;
    this.#last = last;
    this.existed = last !== undefined;
  }

  /** Reads the snapshot (if any) into a fresh fake IndexedDB, which becomes the global one. */
  static async open(dataDir: string, identity: DeviceIdentity, lang: Lang): Promise<CryptoStore> {
    const folder = join(dataDir, CRYPTO_FOLDER);
    await mkdir(folder, { recursive: true, mode: 0o700 });
    await chmod(folder, 0o700);
    const last = await readFile(join(folder, FILE)).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return undefined;
      throw error;
    });
    const snapshot = last ? parse(last, folder, lang) : undefined;
    if (snapshot && (snapshot.userId !== identity.userId || snapshot.deviceId !== identity.deviceId)) {
      throw new StartupError(
        encryptionTexts[lang].otherDevice(
          folder,
          snapshot.deviceId,
          snapshot.userId,
          identity.deviceId,
          identity.userId,
        ),
      );
    }
    const fake = (await import('fake-indexeddb')) as unknown as Record<string, unknown> & {
      IDBFactory: new () => Factory;
    };
    const factory = new fake.IDBFactory();
    // The Rust crypto opens its databases through the global IndexedDB (a fresh one per start).
    const scope = globalThis as Record<string, unknown>;
    for (const [name, value] of Object.entries(fake)) if (name.startsWith('IDB')) scope[name] = value;
    scope.indexedDB = factory;
    if (snapshot) await restoreDatabases(factory, snapshot.databases);
    return new CryptoStore(folder, factory, identity, last);
  }

  /** Writes the current databases to disk, after any save already under way. */
  save(): Promise<void> {
    const next = this.#queue.then(() => this.#write());
    this.#queue = next.catch(() => undefined);
    return next;
  }

  async #write(): Promise<void> {
    const file: SnapshotFile = {
      format: 1,
      ...this.#identity,
      databases: await snapshotDatabases(this.factory, DATABASE_PREFIX),
    };
    const payload = serialize(file);
    const bytes = Buffer.concat([MAGIC, digest(payload), payload]);
    if (this.#last && Buffer.compare(this.#last, bytes) === 0) return;
    await writeFileDurably(join(this.folder, FILE), bytes, 0o600);
    this.#last = bytes;
  }
}

const digest = (payload: Buffer): Buffer => createHash('sha256').update(payload).digest();

function parse(bytes: Buffer, folder: string, lang: Lang): SnapshotFile {
  try {
    let payload = bytes;
    if (bytes.subarray(0, MAGIC.length).equals(MAGIC)) {
      const stored = bytes.subarray(MAGIC.length, MAGIC.length + DIGEST_BYTES);
      payload = bytes.subarray(MAGIC.length + DIGEST_BYTES);
      if (!digest(payload).equals(stored)) throw new Error('digest does not match');
    }
    const file = deserialize(payload) as SnapshotFile;
    if (file.format === 1 && Array.isArray(file.databases)) return file;
  } catch {
    // Falls through to the refusal below.
  }
  throw new StartupError(encryptionTexts[lang].damaged(join(folder, FILE), folder));
}
