// @ts-nocheck
import { afterEach } from 'vitest';
import { FolderLock } from '../../src/store/lock.ts';
import type { Db } from '../../src/store/schema.ts';
import { Store, type StoreOptions } from '../../src/store/store.ts';

/**
 * Opens stores for the tests of one file and closes them after each test, so the next test
 * (or a reopen on the same folder) finds the lock free. Call once at the top of the file.
 */
export function storesClosedAfterEach(): (dir: string, options?: StoreOptions) => Promise<Store> {
  const opened: Store[] = [];
  afterEach(async () => {
    for (const store of opened.splice(0)) await store.close();
  });
  return async (dir, options) => {
    const store = await Store.open(dir, options);
    opened.push(store);
    return store;
  };
}

/** Changes the store's data directly, as one transaction that sends nothing. */
export const change = (store: Store, edit: (db: Db) => unknown) => store.transact(edit, () => []);

/**
 * Opens a store whose process will "crash": `crash()` lets go of the folder's lock as the
 * kernel does when a process dies, and leaves the store as it is (not closed, its journal as
 * written), so the next `Store.open` on the folder plays the next start. The crashed store
 * can write nothing after that.
 */
export async function openUntilCrash(
  dir: string,
  options: Omit<StoreOptions, 'lock'> = {},
): Promise<{ store: Store; crash: () => void }> {
  const lock = await FolderLock.take(dir);
  const store = await Store.open(dir, { ...options, lock });
  return { store, crash: () => lock.release() };
}
