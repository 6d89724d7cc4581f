// @ts-nocheck
import { type FileHandle, open, readFile, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { crc32 } from 'node:zlib';

let syncs = 0;

/** How many fsync/fdatasync calls the store has made in this process (for the benchmark). */
export function syncCount(): number {
  return syncs;
}

export function countSync(): void {
  syncs++;
}

/** What was written: its length in bytes and its CRC-32. */
export interface Written {
  readonly bytes: number;
  readonly crc32: number;
}

/** Pieces of text are encoded and written this many bytes or so at a time. */
const CHUNK = 256 * 1024;

/** The bytes to write, a chunk at a time: pieces of text are encoded a few at once, never all together. */
function* chunksOf(data: string | Uint8Array | readonly string[]): Generator<Uint8Array> {
  if (typeof data === 'string') yield Buffer.from(data, 'utf8');
  else if (data instanceof Uint8Array) yield data;
  else {
    let chunk = '';
    for (const piece of data) {
      chunk += piece;
      if (chunk.length >= CHUNK) {
        yield Buffer.from(chunk, 'utf8');
        chunk = '';
      }
    }
    if (chunk) yield Buffer.from(chunk, 'utf8');
  }
}

/**
 * Appends all of `text` to an open file. A disk that is nearly full writes only part of
 * it and says how much (no error yet): the rest is written on, so the disk's refusal
 * (ENOSPC, EFBIG) comes as an error instead of a line silently cut short.
 * `afterEachWrite` runs after every write that wrote something.
 */
export async function appendAll(
  handle: FileHandle,
  text: string,
  afterEachWrite?: () => void,
): Promise<void> {
  const bytes = Buffer.from(text, 'utf8');
  for (let offset = 0; offset < bytes.length; ) {
    const { bytesWritten } = await handle.write(bytes, offset, bytes.length - offset, null);
    if (bytesWritten === 0) throw Object.assign(new Error('No bytes could be written'), { code: 'ENOSPC' });
    offset += bytesWritten;
    afterEachWrite?.();
  }
}

/**
 * Replaces a file atomically and durably: the new text goes to a temp file that is
 * fsynced, renamed over the old one, and then the folder is fsynced, so after a crash
 * the file is either the old or the new version, never half of one.
 * (lowdb's own writer renames without fsync; this is its adapter with that added.)
 * Text may come in pieces (a snapshot serialized a slice at a time), written in order.
 * With `syncEvery`, a large file is put on disk a part at a time, so the journal's
 * fdatasyncs meanwhile never wait for all of it at once.
 */
export async function writeFileDurably(
  path: string,
  data: string | Uint8Array | readonly string[],
  mode = 0o666,
  syncEvery = Number.POSITIVE_INFINITY,
  observe?: (chunk: Uint8Array) => void,
): Promise<Written> {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  const handle = await open(temp, 'w', mode);
  let position = 0;
  let checksum = 0;
  let written = false;
  try {
    let unsynced = 0;
    for (const bytes of chunksOf(data)) {
      checksum = crc32(bytes, checksum);
      observe?.(bytes);
      for (let offset = 0; offset < bytes.length; ) {
        if (unsynced >= syncEvery) {
          await handle.datasync();
          countSync();
          unsynced = 0;
        }
        const length = Math.min(bytes.length - offset, syncEvery - unsynced);
        const { bytesWritten } = await handle.write(bytes, offset, length, position);
        if (bytesWritten === 0)
          throw Object.assign(new Error('No bytes could be written'), { code: 'ENOSPC' });
        offset += bytesWritten;
        position += bytesWritten;
        unsynced += bytesWritten;
      }
    }
    await handle.sync();
    countSync();
    written = true;
  } finally {
    await handle.close();
    // A write that failed (a full disk) leaves nothing behind: the old file is as it was.
    if (!written) await unlink(temp).catch(() => undefined);
  }
  await rename(temp, path).catch(async (error: unknown) => {
    await unlink(temp).catch(() => undefined);
    throw error;
  });
  await syncFolder(dirname(path));
  return { bytes: position, crc32: checksum };
}

export async function syncFolder(folder: string): Promise<void> {
  const handle = await open(folder, 'r');
  try {
    await handle.sync();
    countSync();
  } catch (error) {
    // Some file systems cannot fsync a folder; the rename is then as durable as they allow.
    if ((error as NodeJS.ErrnoException).code !== 'EINVAL') throw error;
  } finally {
    await handle.close();
  }
}

/** The file's bytes, or null when it does not exist. */
export async function readBytesIfExists(path: string): Promise<Buffer | null> {
  try {
    return await readFile(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/** The file's text, or null when it does not exist. */
export async function readTextIfExists(path: string): Promise<string | null> {
  return (await readBytesIfExists(path))?.toString('utf8') ?? null;
}
