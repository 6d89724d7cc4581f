// @ts-nocheck
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Store } from '../../src/store/store.ts';

const run = promisify(execFile);

/** The socket in the data folder where `npm run backup` asks the running bot for a copy. */
export const SOCKET = 'stadspanel.sock';
/** Where the daily snapshots go, inside the data folder (and never into a snapshot). */
export const BACKUPS = 'backups';

/**
 * What a backup leaves out of the data folder: the store's own files (the copy has one
 * db.json that needs no journal), the lock, the socket, the snapshots and the health probe.
 */
function leftOut(name: string): boolean {
  return (
    name === 'db.json' ||
    name === 'db.check.json' ||
    name.startsWith('db.journal.jsonl') ||
    name.startsWith('db.lock') ||
    name === SOCKET ||
    name === BACKUPS ||
    name.startsWith('.healthz-') ||
    name.endsWith('.part')
  );
}

/**
 * Copies the data folder into a private folder, with the store as one db.json. Call it in
 * turn with the events (`bot.exclusive`): then nothing changes while it copies, and the copy
 * holds exactly what the bot had confirmed.
 */
export async function stage(dataDir: string, store: Store): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'stadspanel-backup-'));
  try {
    const text = await store.wholeText();
    for (const name of await readdir(dataDir)) {
      if (leftOut(name)) continue;
      await cp(join(dataDir, name), join(folder, name), { recursive: true, preserveTimestamps: true });
    }
    await writeFile(join(folder, 'db.json'), text);
    return folder;
  } catch (error) {
    await rm(folder, { recursive: true, force: true });
    throw error;
  }
}

/**
 * Packs a staged folder into `file` (tar.gz): written as `file.part`, checked by reading it
 * back, then renamed, so `file` is always a whole archive. The staged folder is removed.
 */
export async function pack(folder: string, file: string): Promise<number> {
  const part = `${file}.part`;
  try {
    await run('tar', ['-czf', part, '-C', folder, '.']);
    await run('tar', ['-tzf', part], { maxBuffer: 64 * 1024 * 1024 });
    await rename(part, file);
    return (await stat(file)).size;
  } finally {
    await rm(folder, { recursive: true, force: true });
    await rm(part, { force: true });
  }
}

/** Unpacks an archive into a folder (which must exist). */
export async function unpack(file: string, folder: string): Promise<void> {
  await run('tar', ['-xzf', file, '-C', folder, '--no-same-owner']);
}
