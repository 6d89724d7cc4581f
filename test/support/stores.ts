import { afterEach } from 'vitest';
import type { Db } from '../../src/store/schema.ts';
import { Store } from '../../src/store/store.ts';

/**
 * Opens stores for the tests of one file and closes them after each test, so the next test
 * (or a reopen on the same folder) finds the lock free. Call once at the top of the file.
 */
export function storesClosedAfterEach(): (dir: string) => Promise<Store> {
  const opened: Store[] = [];
  afterEach(async () => {
    for (const store of opened.splice(0)) await store.close();
  });
  return async (dir) => {
    const store = await Store.open(dir);
    opened.push(store);
    return store;
  };
}

/** Changes the store's data directly, as one transaction that sends nothing. */
export const change = (store: Store, edit: (db: Db) => unknown) => store.transact(edit, () => []);
