import { constants } from 'node:fs';
import { type FileHandle, open, readFile, rename, unlink } from 'node:fs/promises';
import { dirname } from 'node:path';
import { appendAll, countSync, syncFolder, writeFileDurably } from './durable-file.ts';
import { rememberEvents } from './handled-events.ts';
import { decodeLine, isHexDigit, type JournalEntry } from './journal-line.ts';
import { collectionOf, type Db, type ItemCollection, partSchema } from './schema.ts';
import type { Seal } from './seal.ts';
import type { Changes } from './tracker.ts';

export type { JournalEntry } from './journal-line.ts';

/**
 * The journal beside `db.json`: one checksummed JSON line per change, holding the items
 * the change wrote, in full, the shared parts it wrote (counters, scheduler, …), whole,
 * and its audit entries. The store finds what a change wrote itself (see tracker.ts).
 * Appending a line costs the same whether the store holds one year or a hundred; the
 * whole `db.json` is rewritten only now and then (compaction). Lines carry a sequence
 * number and `db.json` the number of the last line it holds, so replay skips what the
 * snapshot already has.
 */
export function entryFor(
  db: Db,
  changes: Changes,
  lastHandledBefore: string | undefined,
  extra: Pick<JournalEntry, 'seq' | 'audit'>,
): JournalEntry {
  const last = db.handledEvents.at(-1);
  const added = last && last.key !== lastHandledBefore ? last : undefined;
  const shared: Record<string, unknown> = {};
  for (const key of changes.shared) {
    if (key !== 'handledEvents') shared[key] = db[key as keyof Db];
  }
  const patch: Record<string, Record<string, unknown>> = {};
  for (const [key, names] of changes.patched) {
    if (changes.shared.has(key)) continue;
    const part = db[key as keyof Db] as Record<string, unknown>;
    const changed = Object.fromEntries([...names].map((name) => [name, part[name]]));
    // Only a patch that reads back as that part on its own; otherwise the part goes whole.
    if (partSchema(key)?.safeParse(changed).success) patch[key] = changed;
    else shared[key] = part;
  }
  const items: Array<{ id: string }> = [];
  for (const [item, collection] of changes.items) {
    if (!changes.shared.has(collection)) items.push(item as { id: string });
  }
  return {
    ...extra,
    items,
    ...(Object.keys(shared).length > 0 ? { shared } : {}),
    ...(Object.keys(patch).length > 0 ? { patch } : {}),
    ...(added ? { handled: added } : {}),
  };
}

/**
 * Applies journal lines to the data (in place), in order, finding items by an index.
 * Each line was parsed on its own, so its objects are fresh and go into the data as they are.
 */
export function replay(db: Db, entries: Iterable<JournalEntry>): void {
  const positions = new Map<string, Map<string, number>>();
  const positionsOf = (key: ItemCollection) => {
    let index = positions.get(key);
    if (!index) {
      index = new Map((db[key] as Array<{ id: string }>).map((item, position) => [item.id, position]));
      positions.set(key, index);
    }
    return index;
  };
  // Handled events are taken in together (one new list, not one per line).
  const handled: Array<{ key: string; at: string }> = [];
  for (const entry of entries) {
    if (Object.hasOwn(entry.shared ?? {}, 'handledEvents')) rememberEvents(db, handled.splice(0));
    for (const [key, value] of Object.entries(entry.shared ?? {})) {
      (db as Record<string, unknown>)[key] = value;
      positions.delete(key);
    }
    for (const [key, value] of Object.entries(entry.patch ?? {})) Object.assign(db[key as keyof Db], value);
    if (entry.handled) handled.push(entry.handled);
    for (const item of entry.items) {
      const key = collectionOf(item.id.split('-')[0]!);
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
  rememberEvents(db, handled);
}

/** What the journal on disk holds, line by line (numbered from 1). */
export interface JournalContents {
  readonly lines: ReadonlyArray<{ readonly number: number; readonly entry: JournalEntry }>;
  /** Complete lines that fail their check: never replayed, never silently dropped. */
  readonly damaged: ReadonlyArray<{ readonly number: number; readonly problem: string }>;
  /** A last line without its newline: a crash during an append, never acknowledged. */
  readonly torn?: { readonly number: number; readonly offset: number };
  /** Bytes of the complete lines. */
  readonly size: number;
}

const NEWLINE = 0x0a;

/** Open flags to append with every write on disk when it returns; undefined where the system lacks O_DSYNC. */
const DSYNC =
  constants.O_DSYNC === undefined
    ? undefined
    : constants.O_WRONLY | constants.O_APPEND | constants.O_CREAT | constants.O_DSYNC;

export class JournalFile {
  readonly path: string;
  readonly #seal: Seal | undefined;
  #handle: FileHandle | undefined;

  /** Without `seal`, every line is checked in full when read. */
  constructor(path: string, seal?: Seal) {
    this.path = path;
    this.#seal = seal;
  }

  async read(): Promise<JournalContents> {
    const bytes = await readFile(this.path).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return Buffer.alloc(0);
      throw error;
    });
    const lines: Array<{ number: number; entry: JournalEntry }> = [];
    const damaged: Array<{ number: number; problem: string }> = [];
    let start = 0;
    let number = 0;
    while (start < bytes.length) {
      const end = bytes.indexOf(NEWLINE, start);
      number++;
      if (end < 0) return { lines, damaged, torn: { number, offset: start }, size: start };
      const line = bytes.subarray(start, end);
      start = end + 1;
      // A blank line is skipped (a line the store wrote starts with its checksum: not blank).
      if (!isHexDigit(line[0]) && !line.toString('utf8').trim()) continue;
      const decoded = decodeLine(line, this.#seal);
      if ('entry' in decoded) lines.push({ number, entry: decoded.entry });
      else damaged.push({ number, problem: decoded.problem });
    }
    return { lines, damaged, size: start };
  }

  /**
   * Appends lines and waits until they are on disk. The file stays open between appends,
   * opened for synchronized data writes (O_DSYNC) where the system has them: each write
   * then returns only once its bytes are on disk, as a write and an fdatasync would, in
   * one call instead of two.
   */
  async append(text: string): Promise<void> {
    const handle = await this.#opened();
    // With O_DSYNC every write is a sync of its own.
    await appendAll(handle, text, DSYNC === undefined ? undefined : countSync);
    if (DSYNC === undefined) {
      await handle.datasync();
      countSync();
    }
  }

  /** Cuts the file back to its first `size` bytes (a torn or failed append), durably. */
  async cut(size: number): Promise<void> {
    const handle = await this.#opened();
    await handle.truncate(size);
    await handle.datasync();
    countSync();
  }

  async #opened(): Promise<FileHandle> {
    this.#handle ??= await open(this.path, DSYNC ?? 'a');
    return this.#handle;
  }

  /** Keeps only the bytes from `offset` on: the lines a new snapshot does not hold yet. */
  async keepFrom(offset: number, size: number): Promise<void> {
    if (offset >= size) return this.clear();
    const handle = await open(this.path, 'r');
    let tail: Buffer;
    try {
      tail = Buffer.alloc(size - offset);
      await handle.read(tail, 0, tail.length, offset);
    } finally {
      await handle.close();
    }
    await this.close();
    await writeFileDurably(this.path, tail);
  }

  /**
   * Removes the journal once db.json holds all of it. (Should the removal not reach the
   * disk before a crash, replay skips the lines by their number.) The next append opens a new file.
   */
  async clear(): Promise<void> {
    await this.close();
    await unlink(this.path).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
    });
  }

  /** Moves a damaged journal aside (never deleting it); returns where it went. */
  async moveAside(stamp: string): Promise<string> {
    await this.close();
    const aside = `${this.path}.beschadigd-${stamp}`;
    await rename(this.path, aside);
    await syncFolder(dirname(this.path));
    return aside;
  }

  async close(): Promise<void> {
    await this.#handle?.close();
    this.#handle = undefined;
  }
}
