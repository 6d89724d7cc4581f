import { accessSync, constants } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { StartupError } from '../core/errors.ts';
import { retireOldLock } from './old-lock.ts';

/** The file whose lock says which process writes the data folder. It is never deleted. */
export const LOCK_FILE = 'db.lock.sqlite';

/** SQLite's result code for a database that another connection has locked. */
const SQLITE_BUSY = 5;

/**
 * One bot per data folder: two writers on one `db.json` would give out the same ids and
 * lose each other's changes. The lock is an exclusive lock that the kernel keeps on an open
 * file (`db.lock.sqlite`, through SQLite's own `fcntl` locking in `node:sqlite`): SQLite
 * takes it with `BEGIN EXCLUSIVE` in `locking_mode=EXCLUSIVE` and it is never committed, so
 * it lasts as long as the process. The kernel lets go of it when the process dies, keeps it
 * while the process is paused, compares no clocks, and refuses every other process on the
 * host, whatever its PID namespace or container. Nothing needs refreshing, so nothing can
 * fail later (not even when the process runs out of file descriptors).
 *
 * `fcntl` locks need a local file system of one host (not NFS or another network share), and
 * they belong to the process: if this process ever opened and closed `db.lock.sqlite` in any
 * other way (a backup that copies the folder in-process, for example), the kernel would drop
 * the lock. Nothing but this class may open that file.
 */
export class FolderLock {
  readonly dataDir: string;
  readonly #connection: DatabaseSync;
  #held = true;

  private constructor(dataDir: string, connection: DatabaseSync) {
    this.dataDir = dataDir;
    this.#connection = connection;
  }

  /**
   * Takes the lock of `dataDir` (which must exist), or refuses at once with a sentence that
   * says what to do. A lock folder left by the previous release is removed when no bot of that
   * release still runs on it (see `old-lock.ts`).
   */
  static async take(dataDir: string): Promise<FolderLock> {
    const lock = new FolderLock(dataDir, hold(dataDir));
    try {
      await retireOldLock(dataDir);
    } catch (error) {
      lock.release();
      throw error;
    }
    return lock;
  }

  /** Whether this process still holds the lock (until `release`, or until it dies). */
  get held(): boolean {
    return this.#held;
  }

  /** Lets go of the lock; another bot may start on the folder from now on. */
  release(): void {
    if (!this.#held) return;
    this.#held = false;
    this.#connection.close();
  }
}

function hold(dataDir: string): DatabaseSync {
  const path = join(dataDir, LOCK_FILE);
  try {
    // SQLite opens a file it may not write read-only, and such a lock would not exclude anyone.
    accessSync(path, constants.W_OK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EACCES' || code === 'EPERM') throw noAccess(path, code);
  }
  let connection: DatabaseSync;
  try {
    connection = new DatabaseSync(path, { timeout: 0 });
  } catch {
    // The folder itself is the problem (not writable, read-only disk): let the folder check say so.
    accessSync(dataDir, constants.W_OK);
    throw noAccess(path, 'CANTOPEN');
  }
  try {
    // No rollback journal beside the file: the lock's transaction never writes anything.
    connection.exec('PRAGMA journal_mode = MEMORY');
    connection.exec('PRAGMA locking_mode = EXCLUSIVE');
    connection.exec('BEGIN EXCLUSIVE');
    return connection;
  } catch (error) {
    connection.close();
    if ((error as { errcode?: number }).errcode === SQLITE_BUSY) throw busy(dataDir);
    throw noAccess(path, (error as { errstr?: string }).errstr ?? String(error));
  }
}

/** Another bot holds the folder (`npm run site` says it in its own words). */
export class FolderBusyError extends StartupError {}

function busy(dataDir: string): FolderBusyError {
  return new FolderBusyError(
    `Er draait al een bot op de gegevensmap ${dataDir} (in een ander proces of een andere container op deze computer). ` +
      'Twee bots op één map verliezen wijzigingen, dus deze start niet. Stop eerst die andere bot, of kies met STADSPANEL_DATA_DIR een andere map.',
    `A bot is already running on the data folder ${dataDir} (in another process or another container on this computer). ` +
      'Two bots on one folder lose changes, so this one does not start. Stop the other bot first, or choose another folder with STADSPANEL_DATA_DIR.',
  );
}

function noAccess(path: string, reason: string): StartupError {
  return new StartupError(
    `De bot heeft geen toegang tot het slot ${path} (${reason}). Het is waarschijnlijk gemaakt door een andere gebruiker (bijvoorbeeld root). ` +
      'Start de bot als de gebruiker die eigenaar is van de gegevensmap, of geef die gebruiker het bestand (chown).',
    `The bot has no access to the lock ${path} (${reason}). It was probably made by another user (root, for instance). ` +
      'Start the bot as the user who owns the data folder, or give that user the file (chown).',
  );
}
