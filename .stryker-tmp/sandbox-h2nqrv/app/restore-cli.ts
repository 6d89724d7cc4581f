// @ts-nocheck
import { cp, mkdir, readdir, rm } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { StartupError } from '../src/core/errors.ts';
import { checkArchive } from './backup/check.ts';

/**
 * `npm run restore -- <file>`: puts an archive of `npm run backup` (or of `backups/`) back into
 * an empty data folder. It is checked first (whole, and a store that loads); a folder that
 * holds anything is refused, so nothing is ever overwritten.
 */
async function main(args: readonly string[]): Promise<void> {
  const [given] = args;
  if (!given || args.length > 1) {
    throw new StartupError('Noem het archief dat terug moet, zoals: npm run restore -- reservekopie.tar.gz');
  }
  const file = resolve(given);
  const dataDir = resolve(process.env.STADSPANEL_DATA_DIR?.trim() || 'data');
  const present = await readdir(dataDir).catch(() => []);
  if (present.length > 0) {
    throw new StartupError(
      `De gegevensmap ${dataDir} is niet leeg. Terugzetten kan alleen in een lege map: zet de huidige map opzij (mv ${dataDir} ${dataDir}.oud) en probeer het opnieuw.`,
    );
  }
  const { items, folder } = await checkArchive(file, true);
  try {
    await mkdir(dataDir, { recursive: true, mode: 0o700 });
    // The check's own lock stays behind: the bot takes a fresh one at its start.
    await cp(folder!, dataDir, {
      recursive: true,
      preserveTimestamps: true,
      filter: (source) => !basename(source).startsWith('db.lock'),
    });
  } finally {
    await rm(folder!, { recursive: true, force: true });
  }
  console.log(`Teruggezet in ${dataDir}: ${items} items. Start de bot.`);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof StartupError ? error.message : error);
  process.exitCode = 1;
});
