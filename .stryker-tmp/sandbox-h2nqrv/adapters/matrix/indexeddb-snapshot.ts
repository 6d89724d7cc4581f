/**
 * A snapshot of IndexedDB databases as plain data, and back. The Rust crypto keeps its
 * store in IndexedDB; in Node that is `fake-indexeddb`, which lives in memory only, so
 * the bot copies the databases out (through the IndexedDB API itself) and restores them
 * into a fresh factory at the next start.
 */
// @ts-nocheck


// The few IndexedDB shapes used here (the project compiles without the DOM library).
interface Request<T> {
  result: T;
  error: unknown;
  onsuccess: (() => void) | null;
  onerror: (() => void) | null;
}
interface OpenRequest extends Request<Database> {
  onupgradeneeded: (() => void) | null;
  onblocked: (() => void) | null;
}
interface Cursor {
  readonly primaryKey: unknown;
  readonly value: unknown;
  continue(): void;
}
interface Index {
  readonly keyPath: string | string[];
  readonly unique: boolean;
  readonly multiEntry: boolean;
}
interface ObjectStore {
  readonly keyPath: string | string[] | null;
  readonly autoIncrement: boolean;
  readonly indexNames: ArrayLike<string>;
  index(name: string): Index;
  openCursor(): Request<Cursor | null>;
  put(value: unknown, key?: unknown): unknown;
  createIndex(
    name: string,
    keyPath: string | string[],
    options: { unique: boolean; multiEntry: boolean },
  ): void;
}
interface Transaction {
  objectStore(name: string): ObjectStore;
  oncomplete: (() => void) | null;
  onerror: (() => void) | null;
  onabort: (() => void) | null;
  readonly error: unknown;
}
interface Database {
  readonly version: number;
  readonly objectStoreNames: ArrayLike<string>;
  transaction(names: string[], mode: 'readonly' | 'readwrite'): Transaction;
  createObjectStore(
    name: string,
    options: { keyPath: string | string[] | null; autoIncrement: boolean },
  ): ObjectStore;
  close(): void;
}
export interface Factory {
  open(name: string, version?: number): OpenRequest;
  databases(): Promise<Array<{ name?: string; version?: number }>>;
}

export interface StoreSnapshot {
  readonly name: string;
  readonly keyPath: string | string[] | null;
  readonly autoIncrement: boolean;
  readonly indexes: Array<{ name: string; keyPath: string | string[]; unique: boolean; multiEntry: boolean }>;
  readonly records: Array<[key: unknown, value: unknown]>;
}

export interface DatabaseSnapshot {
  readonly name: string;
  readonly version: number;
  readonly stores: StoreSnapshot[];
}

function settle<T>(request: Request<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

function done(transaction: Transaction): Promise<void> {
  return new Promise((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    transaction.onerror = () => reject(transaction.error);
    transaction.onabort = () => reject(transaction.error ?? new Error('IndexedDB transaction aborted'));
  });
}

function records(store: ObjectStore): Promise<Array<[unknown, unknown]>> {
  const all: Array<[unknown, unknown]> = [];
  const request = store.openCursor();
  return new Promise((resolve, reject) => {
    request.onsuccess = () => {
      const cursor = request.result;
      if (!cursor) return resolve(all);
      all.push([cursor.primaryKey, cursor.value]);
      cursor.continue();
    };
    request.onerror = () => reject(request.error);
  });
}

/** Every database whose name starts with `prefix`, read in one transaction each. */
export async function snapshotDatabases(factory: Factory, prefix: string): Promise<DatabaseSnapshot[]> {
  const snapshots: DatabaseSnapshot[] = [];
  for (const info of await factory.databases()) {
    if (!info.name?.startsWith(prefix)) continue;
    const database = await settle(factory.open(info.name));
    try {
      const names = Array.from(database.objectStoreNames);
      const stores: StoreSnapshot[] = [];
      if (names.length > 0) {
        const transaction = database.transaction(names, 'readonly');
        for (const name of names) {
          const store = transaction.objectStore(name);
          stores.push({
            name,
            keyPath: store.keyPath,
            autoIncrement: store.autoIncrement,
            indexes: Array.from(store.indexNames).map((indexName) => {
              const index = store.index(indexName);
              return {
                name: indexName,
                keyPath: index.keyPath,
                unique: index.unique,
                multiEntry: index.multiEntry,
              };
            }),
            records: await records(store),
          });
        }
        await done(transaction);
      }
      snapshots.push({ name: info.name, version: database.version, stores });
    } finally {
      database.close();
    }
  }
  return snapshots;
}

/** Recreates the databases (schema, then records) in an empty factory. */
export async function restoreDatabases(
  factory: Factory,
  snapshots: readonly DatabaseSnapshot[],
): Promise<void> {
  for (const snapshot of snapshots) {
    const request = factory.open(snapshot.name, snapshot.version);
    request.onupgradeneeded = () => {
      const database = request.result;
      for (const store of snapshot.stores) {
        const created = database.createObjectStore(store.name, {
          keyPath: store.keyPath,
          autoIncrement: store.autoIncrement,
        });
        for (const index of store.indexes) {
          created.createIndex(index.name, index.keyPath, {
            unique: index.unique,
            multiEntry: index.multiEntry,
          });
        }
      }
    };
    const database = await settle(request);
    try {
      const names = snapshot.stores.map((store) => store.name);
      if (names.length === 0) continue;
      const transaction = database.transaction(names, 'readwrite');
      for (const store of snapshot.stores) {
        const target = transaction.objectStore(store.name);
        for (const [key, value] of store.records) {
          if (store.keyPath === null) target.put(value, key);
          else target.put(value);
        }
      }
      await done(transaction);
    } finally {
      database.close();
    }
  }
}
