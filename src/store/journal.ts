import { open, unlink } from 'node:fs/promises';
import { readTextIfExists, syncFolder } from './durable-file.ts';
import { rememberEvent } from './handled-events.ts';
import { collectionOf, type Db, ITEM_COLLECTIONS } from './schema.ts';

/**
 * The journal beside `db.json`: one JSON line per change, holding the changed items in
 * full and the small shared parts (counters, scheduler, forgotten members, the handled
 * event). Appending a line costs the same whether the store holds one year or ten; the
 * whole `db.json` is rewritten only now and then (compaction). Replaying the journal over
 * the snapshot is idempotent, so a crash between writing a snapshot and emptying the
 * journal loses nothing and doubles nothing.
 */
export interface JournalEntry {
  readonly counters: Db['counters'];
  readonly scheduler: Db['scheduler'];
  readonly forgottenMembers: Db['forgottenMembers'];
  readonly handled?: { readonly key: string; readonly at: string };
  readonly items: ReadonlyArray<{ readonly id: string }>;
}

export function findById(db: Db, id: string): { id: string } | undefined {
  const key = collectionOf(id.split('-')[0] ?? '');
  return key ? (db[key] as ReadonlyArray<{ id: string }>).find((item) => item.id === id) : undefined;
}

/** Every item of the store, for checking what a change touched. */
export function allItems(db: Db): Array<{ id: string }> {
  return Object.values(ITEM_COLLECTIONS).flatMap((key) => db[key] as Array<{ id: string }>);
}

/** What a change did, as a journal line: the touched items in full, and the shared parts. */
export function entryFor(
  db: Db,
  touched: readonly string[],
  lastHandledBefore: string | undefined,
): JournalEntry {
  const last = db.handledEvents.at(-1);
  const added = last && last.key !== lastHandledBefore ? last : undefined;
  return {
    counters: db.counters,
    scheduler: db.scheduler,
    forgottenMembers: db.forgottenMembers,
    ...(added ? { handled: added } : {}),
    items: touched.flatMap((id) => {
      const item = findById(db, id);
      return item ? [item] : [];
    }),
  };
}

/** Applies a journal line to the data (in place). */
export function applyEntry(db: Db, entry: JournalEntry): void {
  db.counters = structuredClone(entry.counters);
  db.scheduler = structuredClone(entry.scheduler);
  db.forgottenMembers = structuredClone(entry.forgottenMembers);
  if (entry.handled) rememberEvent(db, entry.handled.key, entry.handled.at);
  for (const item of entry.items) {
    const key = collectionOf(item.id.split('-')[0] ?? '');
    if (!key) continue;
    const items = db[key] as Array<{ id: string }>;
    const copy = structuredClone(item);
    const index = items.findIndex((existing) => existing.id === item.id);
    if (index >= 0) items[index] = copy;
    else items.push(copy);
  }
}

export class JournalFile {
  readonly path: string;

  constructor(path: string) {
    this.path = path;
  }

  /** The complete lines on disk; a torn line (a crash or a full disk mid-append) is left out. */
  async read(): Promise<JournalEntry[]> {
    const text = await readTextIfExists(this.path);
    if (!text) return [];
    const entries: JournalEntry[] = [];
    for (const line of text.split('\n')) {
      if (!line.trim()) continue;
      try {
        entries.push(JSON.parse(line) as JournalEntry);
      } catch {
        // Never acknowledged: its change was rolled back, or the bot stopped before replying.
      }
    }
    return entries;
  }

  /** Appends one line and waits until it is on disk. */
  async append(entry: JournalEntry): Promise<void> {
    // Serialized before any await: the line is the data as it is at the end of the change.
    const line = `${JSON.stringify(entry)}\n`;
    const handle = await open(this.path, 'a');
    try {
      await handle.appendFile(line, 'utf8');
      await handle.datasync();
    } finally {
      await handle.close();
    }
  }

  /** Empties the journal once a snapshot holds everything in it. */
  async clear(): Promise<void> {
    await unlink(this.path).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
    });
    await syncFolder(this.path.slice(0, this.path.lastIndexOf('/')) || '.');
  }
}
