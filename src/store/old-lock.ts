import { readFileSync, readlinkSync } from 'node:fs';
import { readFile, rm, stat } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { StartupError } from '../core/errors.ts';

/**
 * The previous release locked a data folder with a folder, `db.lock/`, that its bot touched
 * every second (with its PID in `owner.json`). A bot of this release removes such a folder
 * once it holds the new lock, unless a bot of the previous release still runs on it: one
 * whose PID lives on this machine (same boot, same PID namespace), or one that touches the
 * folder while this bot watches it for `WATCH_MS`. The folder's time is only compared with
 * itself, never with the clock, so a folder from the future does not make anyone wait.
 */
const OLD_LOCK = 'db.lock';
/** The previous release touched its lock every second; watching this long sees a touch. */
const WATCH_MS = 1_500;
const POLL_MS = 100;

interface OldOwner {
  readonly pid?: unknown;
  readonly where?: unknown;
  readonly token?: unknown;
}

type Seen = { readonly touched: number; readonly owner: OldOwner | undefined } | 'gone' | 'file';

function readOr(path: string, fallback: string): string {
  try {
    return path.startsWith('/proc/sys') ? readFileSync(path, 'utf8').trim() : readlinkSync(path);
  } catch {
    return fallback;
  }
}

/** Where a PID means the same process, as the previous release wrote it. */
const HERE = [
  hostname(),
  readOr('/proc/sys/kernel/random/boot_id', ''),
  readOr('/proc/self/ns/pid', ''),
].join('|');

export async function retireOldLock(dataDir: string): Promise<void> {
  const path = join(dataDir, OLD_LOCK);
  const first = await look(path);
  if (first === 'gone') return;
  if (first === 'file') throw olderBot(path, 'file');
  const owner = first.owner;
  if (owner?.where === HERE && typeof owner.pid === 'number') {
    if (owner.pid !== process.pid && isRunning(owner.pid)) throw olderBot(path, 'running');
  } else {
    for (let waited = 0; waited < WATCH_MS; waited += POLL_MS) {
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      const now = await look(path);
      if (now === 'gone') return;
      if (now === 'file' || now.touched !== first.touched || now.owner?.token !== owner?.token)
        throw olderBot(path, 'running');
    }
  }
  await rm(path, { recursive: true, force: true });
  await rm(`${path}.overname`, { recursive: true, force: true });
}

async function look(path: string): Promise<Seen> {
  let touched: number;
  try {
    const info = await stat(path);
    if (!info.isDirectory()) return 'file';
    touched = info.mtimeMs;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'gone';
    throw error;
  }
  try {
    return { touched, owner: JSON.parse(await readFile(join(path, 'owner.json'), 'utf8')) as OldOwner };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EACCES' || code === 'EPERM') throw olderBot(path, 'noAccess');
    return { touched, owner: undefined };
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

function olderBot(path: string, why: 'running' | 'file' | 'noAccess'): StartupError {
  const english =
    why === 'noAccess'
      ? `${path} is the lock of an older version of the bot, of another user (root, for instance); the bot cannot read it.`
      : why === 'file'
        ? `${path} is a lock file of an older version of the bot.`
        : `An older version of the bot is still running on this data folder (its lock ${path} is in use).`;
  const what =
    why === 'noAccess'
      ? `${path} is het slot van een oudere versie van de bot, van een andere gebruiker (bijvoorbeeld root); de bot kan het niet lezen.`
      : why === 'file'
        ? `${path} is een slotbestand van een oudere versie van de bot.`
        : `Er draait nog een oudere versie van de bot op deze gegevensmap (zijn slot ${path} is in gebruik).`;
  return new StartupError(
    `${what} Stop die oudere bot eerst; twee bots op één map verliezen wijzigingen. Draait hij niet meer, verwijder dan ${path} en start opnieuw.`,
    `${english} Stop that older bot first; two bots on one folder lose changes. If it no longer runs, delete ${path} and start again.`,
  );
}
