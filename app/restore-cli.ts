import { cp, mkdir, readdir, rm } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { StartupError } from '../src/core/errors.ts';
import type { Lang } from '../src/i18n/lang.ts';
import { startLanguage } from '../src/setup/config.ts';
import { checkArchive } from './backup/check.ts';
import { backupTexts } from './backup/texts.ts';

const dataDir = resolve(process.env.STADSPANEL_DATA_DIR?.trim() || 'data');
/** The folder's own config.json while it has one; then the archive's, once it is unpacked. */
let lang: Lang = startLanguage(dataDir);

/**
 * `npm run restore -- <file>`: puts an archive of `npm run backup` (or of `backups/`) back into
 * an empty data folder. It is checked first (whole, and a store that loads); a folder that
 * holds anything is refused, so nothing is ever overwritten.
 */
async function main(args: readonly string[]): Promise<void> {
  const [given] = args;
  if (!given || args.length > 1) {
    throw new StartupError(backupTexts[lang].nameArchive);
  }
  const file = resolve(given);
  const present = await readdir(dataDir).catch(() => []);
  if (present.length > 0) {
    throw new StartupError(backupTexts[lang].notEmpty(dataDir));
  }
  const { items, folder } = await checkArchive(file, true, lang);
  lang = startLanguage(folder!);
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
  console.log(backupTexts[lang].restored(dataDir, items));
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof StartupError ? error.in(lang) : error);
  process.exitCode = 1;
});
