import { open, readFile, unlink } from 'node:fs/promises';
import { StartupError } from '../errors.ts';

/**
 * One bot per data folder: two writers on one `db.json` would lose each other's
 * changes. The lock file holds the owner's PID; a lock left by a process that no longer
 * runs is taken over.
 */
export async function acquireLock(path: string): Promise<() => Promise<void>> {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const handle = await open(path, 'wx');
      await handle.writeFile(String(process.pid));
      await handle.close();
      return async () => {
        await unlink(path).catch(() => undefined);
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = Number((await readFile(path, 'utf8').catch(() => '')).trim());
      if (owner > 0 && owner !== process.pid && isRunning(owner)) {
        throw new StartupError(
          `Er draait al een bot (proces ${owner}) op deze gegevensmap. Stop die eerst; twee bots op één map verliezen wijzigingen. (Slot: ${path})`,
        );
      }
      await unlink(path).catch(() => undefined);
    }
  }
  throw new StartupError(`Het slotbestand ${path} kon niet worden gemaakt.`);
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
