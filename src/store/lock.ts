import { randomUUID } from 'node:crypto';
import { readFileSync, readlinkSync } from 'node:fs';
import { mkdir, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { StartupError } from '../errors.ts';

/**
 * One bot per data folder: two writers on one `db.json` would give out the same ids and
 * lose each other's changes. The lock is a folder (`db.lock/`): creating a folder is
 * atomic on every file system, also one that containers or hosts share. The holder
 * touches it every second; a lock that has not been touched for `STALE_MS` belongs to a
 * bot that stopped without letting go (a crash, a killed container) and is taken over.
 * A PID is only trusted where it means the same process: same host, same boot, same PID
 * namespace; so a crashed bot on this machine is taken over at once.
 */
export const STALE_MS = 10_000;
const REFRESH_MS = 1_000;
/** How long a takeover may take before another bot may redo it. */
const TAKEOVER_STALE_MS = 5_000;
const POLL_MS = 100;

interface Owner {
  readonly pid: number;
  /** Where `pid` means something: host name, boot id and PID namespace. */
  readonly where: string;
  readonly token: string;
  readonly since: string;
}

type Seen =
  | { readonly kind: 'gone' }
  | { readonly kind: 'file' }
  | { readonly kind: 'folder'; readonly owner: Owner | undefined; readonly touched: number };

/** Locks this process holds, so a second store in the same process is refused too. */
const held = new Set<string>();

function readOr(path: string, fallback: string): string {
  try {
    return path.startsWith('/proc/sys') ? readFileSync(path, 'utf8').trim() : readlinkSync(path);
  } catch {
    return fallback;
  }
}

const HERE = [
  hostname(),
  readOr('/proc/sys/kernel/random/boot_id', ''),
  readOr('/proc/self/ns/pid', ''),
].join('|');

function busy(path: string, owner: Owner | undefined): StartupError {
  const which =
    owner && owner.where === HERE ? `proces ${owner.pid}` : 'in een ander proces of een andere container';
  return new StartupError(
    `Er draait al een bot (${which}) op deze gegevensmap. Stop die eerst; twee bots op één map verliezen wijzigingen. (Slot: ${path})`,
  );
}

function noAccess(path: string, error: NodeJS.ErrnoException): StartupError {
  return new StartupError(
    `De bot heeft geen toegang tot het slot ${path} (${error.code}). Het is waarschijnlijk gemaakt door een andere gebruiker (bijvoorbeeld root). ` +
      'Draait er geen andere bot, verwijder het dan en start de bot als de gebruiker die eigenaar is van de gegevensmap.',
  );
}

function legacy(path: string): StartupError {
  return new StartupError(
    `${path} is een slotbestand van een oudere versie van de bot. Draait die oudere bot nog, stop hem dan eerst; zo niet, verwijder ${path} en start opnieuw.`,
  );
}

async function look(path: string): Promise<Seen> {
  try {
    const info = await stat(path);
    if (!info.isDirectory()) return { kind: 'file' };
    let owner: Owner | undefined;
    try {
      owner = JSON.parse(await readFile(join(path, 'owner.json'), 'utf8')) as Owner;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EACCES' || code === 'EPERM') throw noAccess(path, error as NodeJS.ErrnoException);
      owner = undefined; // Being written right now, or left half-made by a crash.
    }
    return { kind: 'folder', owner, touched: info.mtimeMs };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'gone' };
    throw error;
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** 'stale': take it over; 'alive': refuse; 'unknown': watch whether its holder touches it. */
function judge(path: string, seen: Seen & { kind: 'folder' }): 'stale' | 'alive' | 'unknown' {
  if (Date.now() - seen.touched > STALE_MS) return 'stale';
  const owner = seen.owner;
  if (!owner || owner.where !== HERE) return 'unknown';
  if (owner.pid === process.pid) return held.has(path) ? 'alive' : 'stale';
  return isRunning(owner.pid) ? 'alive' : 'stale';
}

/** Removes a stale lock, guarded so that two bots never remove each other's fresh lock. */
async function takeOver(path: string): Promise<void> {
  const guard = `${path}.overname`;
  try {
    await mkdir(guard);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    const since = await stat(guard).then(
      (info) => info.mtimeMs,
      () => Date.now(),
    );
    if (Date.now() - since > TAKEOVER_STALE_MS) await rm(guard, { recursive: true, force: true });
    return;
  }
  try {
    const seen = await look(path);
    if (seen.kind === 'folder' && judge(path, seen) === 'stale')
      await rm(path, { recursive: true, force: true });
  } finally {
    await rm(guard, { recursive: true, force: true });
  }
}

export interface LockOptions {
  /** Called when another bot has taken the lock after all (this one stalled for `STALE_MS`). */
  readonly onLost?: () => void;
}

export async function acquireLock(path: string, options: LockOptions = {}): Promise<() => Promise<void>> {
  const me: Owner = { pid: process.pid, where: HERE, token: randomUUID(), since: new Date().toISOString() };
  let watched: { token: string | undefined; touched: number } | undefined;
  for (;;) {
    try {
      await mkdir(path);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const seen = await look(path);
    if (seen.kind === 'gone') continue;
    if (seen.kind === 'file') throw legacy(path);
    const verdict = judge(path, seen);
    if (verdict === 'alive') throw busy(path, seen.owner);
    if (verdict === 'stale') {
      await takeOver(path);
      continue;
    }
    // Another host or namespace: alive if it touches the lock while we watch.
    const token = seen.owner?.token;
    if (watched && watched.token === token && token !== undefined && watched.touched !== seen.touched) {
      throw busy(path, seen.owner);
    }
    if (!watched || watched.token !== token) watched = { token, touched: seen.touched };
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  try {
    await writeFile(join(path, 'owner.json'), JSON.stringify(me));
  } catch (error) {
    await rm(path, { recursive: true, force: true });
    throw error;
  }
  held.add(path);
  return keep(path, me, options);
}

function keep(path: string, me: Owner, options: LockOptions): () => Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  let released = false;
  const ours = async () => {
    const text = await readFile(join(path, 'owner.json'), 'utf8').catch(() => '');
    return text.includes(me.token);
  };
  const refresh = async () => {
    if (released) return;
    if (!(await ours())) {
      held.delete(path);
      (options.onLost ?? lost(path))();
      return;
    }
    const now = new Date();
    await utimes(path, now, now).catch(() => undefined);
    if (!released) schedule();
  };
  const schedule = () => {
    timer = setTimeout(() => void refresh(), REFRESH_MS);
    timer.unref();
  };
  schedule();
  return async () => {
    if (released) return;
    released = true;
    clearTimeout(timer);
    held.delete(path);
    if (await ours()) await rm(path, { recursive: true, force: true });
  };
}

function lost(path: string): () => void {
  return () => {
    console.error(
      `[fout] Een andere bot heeft het slot ${path} overgenomen, omdat deze bot te lang niet reageerde. Deze bot stopt nu om geen wijzigingen te verliezen.`,
    );
    process.exit(1);
  };
}
