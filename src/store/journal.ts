import { open, unlink } from 'node:fs/promises';
import { readTextIfExists, syncFolder } from './durable-file.ts';
import { rememberEvent } from './handled-events.ts';
import { collectionOf, type Db, type ItemCollection } from './schema.ts';
import type { Changes } from './tracker.ts';

/**
 * The journal beside `db.json`: one JSON line per change, holding the items the change
 * wrote, in full, and the shared parts it wrote (counters, scheduler, …), whole. The
 * store finds what a change wrote itself (see tracker.ts). Appending a line costs the
 * same whether the store holds one year or ten; the whole `db.json` is rewritten only
 * now and then (compaction). Replaying the journal over the snapshot is idempotent, so a
 * crash between writing a snapshot and emptying the journal loses nothing and doubles nothing.
 */
export interface JournalEntry {
  readonly items: ReadonlyArray<{ readonly id: string }>;
  /** Top-level parts written by the change, whole (`counters`, or a collection that lost an item). */
  readonly shared?: { readonly [key: string]: unknown };
  readonly handled?: { readonly key: string; readonly at: string };
  /** Written by earlier versions: every line carried these whole. */
  readonly counters?: Db['counters'];
  readonly scheduler?: Db['scheduler'];
  readonly forgottenMembers?: Db['forgottenMembers'];
}

/** What a change did, as a journal line: the items it wrote in full, and the shared parts it wrote. */
export function entryFor(db: Db, changes: Changes, lastHandledBefore: string | undefined): JournalEntry {
  const last = db.handledEvents.at(-1);
  const added = last && last.key !== lastHandledBefore ? last : undefined;
  const shared: Record<string, unknown> = {};
  for (const key of changes.shared) {
    if (key !== 'handledEvents') shared[key] = db[key as keyof Db];
  }
  const items: Array<{ id: string }> = [];
  for (const [item, collection] of changes.items) {
    if (!changes.shared.has(collection)) items.push(item as { id: string });
  }
  return {
    items,
    ...(Object.keys(shared).length > 0 ? { shared } : {}),
    ...(added ? { handled: added } : {}),
  };
}

/**
 * Applies journal lines to the data (in place), in order. Each line was parsed on its
 * own, so its objects are fresh and go into the data as they are.
 */
export function replay(db: Db, entries: readonly JournalEntry[]): void {
  const positions = new Map<string, Map<string, number>>();
  const positionsOf = (key: ItemCollection) => {
    let index = positions.get(key);
    if (!index) {
      index = new Map((db[key] as Array<{ id: string }>).map((item, position) => [item.id, position]));
      positions.set(key, index);
    }
    return index;
  };
  for (const entry of entries) {
    const { counters, scheduler, forgottenMembers } = entry;
    const shared = { ...(entry.shared ?? {}), ...definedOnly({ counters, scheduler, forgottenMembers }) };
    for (const [key, value] of Object.entries(shared)) {
      (db as Record<string, unknown>)[key] = value;
      positions.delete(key);
    }
    if (entry.handled) rememberEvent(db, entry.handled.key, entry.handled.at);
    for (const item of entry.items) {
      const key = collectionOf(item.id.split('-')[0] ?? '');
      if (!key) continue;
      const items = db[key] as Array<{ id: string }>;
      const index = positionsOf(key);
      const position = index.get(item.id);
      if (position === undefined) {
        index.set(item.id, items.length);
        items.push(item);
      } else items[position] = item;
    }
  }
}

function definedOnly(parts: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(parts).filter(([, value]) => value !== undefined));
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
