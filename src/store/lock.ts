import { open, readFile, unlink } from 'node:fs/promises';
import { StartupError } from '../errors.ts';

/**
 * One bot per data folder: two writers on one `db.json` would lose each other's
 * changes. The lock file holds the owner's PID; a lock left by a process that no longer
 * runs is taken over.
 */
/** Locks this process holds; a lock file with our own PID that is not here is stale (a container restart). */
const held = new Set<string>();

export async function acquireLock(path: string): Promise<() => Promise<void>> {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      if (held.has(path)) throw Object.assign(new Error('held'), { code: 'EEXIST' });
      const handle = await open(path, 'wx');
      await handle.writeFile(String(process.pid));
      await handle.close();
      held.add(path);
      return async () => {
        held.delete(path);
        await unlink(path).catch(() => undefined);
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = Number((await readFile(path, 'utf8').catch(() => '')).trim());
      const ours = owner === process.pid;
      if ((ours && held.has(path)) || (owner > 0 && !ours && isRunning(owner))) {
        throw new StartupError(
          `Er draait al een bot (proces ${owner || process.pid}) op deze gegevensmap. Stop die eerst; twee bots op één map verliezen wijzigingen. (Slot: ${path})`,
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
