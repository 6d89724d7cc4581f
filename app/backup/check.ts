import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { StartupError } from '../../src/core/errors.ts';
import type { Lang } from '../../src/i18n/lang.ts';
import { ITEM_COLLECTIONS } from '../../src/store/schema.ts';
import { Store } from '../../src/store/store.ts';
import { unpack } from './archive.ts';
import { backupTexts } from './texts.ts';

/**
 * Unpacks an archive into a private folder and opens the store in it, as a start would: an
 * archive that is not whole, or whose store does not load, is refused. The folder is kept
 * only when `keep` (restore moves it into place).
 */
export async function checkArchive(
  file: string,
  keep = false,
  lang: Lang = 'nl',
): Promise<{ items: number; folder?: string }> {
  const folder = await mkdtemp(join(tmpdir(), 'stadspanel-check-'));
  try {
    await unpack(file, folder).catch((error: unknown) => {
      throw new StartupError(
        backupTexts[lang].notWhole(file, String((error as Error).message).split('\n')[0]!),
      );
    });
    const store = await Store.open(folder);
    const items = Object.values(ITEM_COLLECTIONS).reduce((sum, key) => sum + store.db[key].length, 0);
    await store.close();
    if (keep) return { items, folder };
    await rm(folder, { recursive: true, force: true });
    return { items };
  } catch (error) {
    await rm(folder, { recursive: true, force: true });
    throw error;
  }
}
