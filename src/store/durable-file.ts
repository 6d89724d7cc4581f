import { open, readFile, rename } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

let syncs = 0;

/** How many fsync/fdatasync calls the store has made in this process (for the benchmark). */
export function syncCount(): number {
  return syncs;
}

export function countSync(): void {
  syncs++;
}

/**
 * Replaces a file atomically and durably: the new text goes to a temp file that is
 * fsynced, renamed over the old one, and then the folder is fsynced, so after a crash
 * the file is either the old or the new version, never half of one.
 * (lowdb's own writer renames without fsync; this is its adapter with that added.)
 * With `syncEvery`, a large file is put on disk a part at a time, so the journal's
 * fdatasyncs meanwhile never wait for all of it at once.
 */
export async function writeFileDurably(
  path: string,
  data: string | Uint8Array,
  mode = 0o666,
  syncEvery = Number.POSITIVE_INFINITY,
): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  const handle = await open(temp, 'w', mode);
  try {
    for (let offset = 0; offset < bytes.length; offset += syncEvery) {
      const end = Math.min(bytes.length, offset + syncEvery);
      await handle.write(bytes, offset, end - offset, offset);
      if (end < bytes.length) {
        await handle.datasync();
        countSync();
      }
    }
    await handle.sync();
    countSync();
  } finally {
    await handle.close();
  }
  await rename(temp, path);
  await syncFolder(dirname(path));
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

/** The file's text, or null when it does not exist. */
export async function readTextIfExists(path: string): Promise<string | null> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}
