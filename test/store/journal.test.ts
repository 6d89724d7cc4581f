import { constants } from 'node:fs';
import { mkdir, readdir, readFile, readlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { entryFor, JournalFile, replay } from '../../src/store/journal.ts';
import { encodeLine } from '../../src/store/journal-line.ts';
import { emptyDb } from '../../src/store/schema.ts';
import { syncCount } from '../../src/store/store.ts';
import type { Changes } from '../../src/store/tracker.ts';
import { tempDir } from '../support/harness.ts';

const AT = '2026-11-28T09:00:00.000Z';

const decision = (number: number, text = `Besluit ${number}`) => ({
  id: `BES-2026-${String(number).padStart(3, '0')}`,
  text,
  confidentiality: 'openbaar' as const,
  by: 'voorzitter',
  at: AT,
});

/** What a change did, as the tracker notes it. */
function changes(parts: {
  items?: Array<[object, string]>;
  shared?: string[];
  patched?: Array<[string, string[]]>;
}): Changes {
  return {
    items: new Map(parts.items ?? []),
    shared: new Set(parts.shared ?? []),
    patched: new Map((parts.patched ?? []).map(([key, names]) => [key, new Set(names)])),
    undo: () => {},
  };
}

describe('the journal line of a change', () => {
  it('holds the items written and the keys set, and no part it has nothing for', () => {
    const db = emptyDb();
    db.decisions.push(decision(1));
    db.counters = { 'BES-2026': 1, 'ADV-2026': 4 };
    const entry = entryFor(
      db,
      changes({ items: [[db.decisions[0]!, 'decisions']], patched: [['counters', ['BES-2026']]] }),
      undefined,
      { seq: 7 },
    );
    expect(entry).toStrictEqual({ seq: 7, items: [decision(1)], patch: { counters: { 'BES-2026': 1 } } });
  });

  it('sends a part whole when the change replaced it, without the items of a collection that goes whole', () => {
    const db = emptyDb();
    db.decisions.push(decision(2));
    db.counters = { 'BES-2026': 2 };
    db.handledEvents = [{ key: 'e1', at: AT }];
    const entry = entryFor(
      db,
      changes({
        items: [[db.decisions[0]!, 'decisions']],
        shared: ['decisions', 'counters', 'handledEvents'],
        patched: [['counters', ['BES-2026']]],
      }),
      'e1',
      {},
    );
    // The handled events go as the one event a change adds, never as the whole list.
    expect(entry).toStrictEqual({
      items: [],
      shared: { decisions: [decision(2)], counters: { 'BES-2026': 2 } },
    });
  });

  it('names the event the change handled, and only one that is new', () => {
    const db = emptyDb();
    db.handledEvents = [
      { key: 'e1', at: AT },
      { key: 'e2', at: AT },
    ];
    expect(entryFor(db, changes({}), 'e1', {})).toStrictEqual({ items: [], handled: { key: 'e2', at: AT } });
    expect(entryFor(db, changes({}), 'e2', {})).toStrictEqual({ items: [] });
    expect(entryFor(emptyDb(), changes({}), undefined, {})).toStrictEqual({ items: [] });
  });

  it('sends a part whole when the keys set would not read back as that part on their own', () => {
    const db = emptyDb();
    (db.counters as Record<string, unknown>)['BES-2026'] = 'twaalf';
    const entry = entryFor(db, changes({ patched: [['counters', ['BES-2026']]] }), undefined, {});
    expect(entry).toStrictEqual({ items: [], shared: { counters: { 'BES-2026': 'twaalf' } } });
  });
});

describe('replaying journal lines', () => {
  it('replaces an item the data holds and adds a new one after the others', () => {
    const db = emptyDb();
    db.decisions.push(decision(1), decision(2));
    replay(db, [
      { items: [decision(2, 'Gewijzigd')] },
      { items: [decision(3)] },
      { items: [decision(3, 'Ook gewijzigd')] },
    ]);
    expect(db.decisions).toEqual([decision(1), decision(2, 'Gewijzigd'), decision(3, 'Ook gewijzigd')]);
  });

  it('after a line that replaced a whole collection, finds each item where that line put it', () => {
    const db = emptyDb();
    db.decisions.push(decision(1), decision(2));
    replay(db, [
      { items: [decision(1, 'Gewijzigd')] },
      { items: [], shared: { decisions: [decision(2)] } },
      { items: [decision(2, 'Daarna gewijzigd')] },
    ]);
    expect(db.decisions).toEqual([decision(2, 'Daarna gewijzigd')]);
  });

  it('takes handled events in order, a whole list from a line replacing the ones before it', () => {
    const db = emptyDb();
    replay(db, [
      { items: [], handled: { key: 'e1', at: AT } },
      { items: [], shared: { handledEvents: [{ key: 'e0', at: AT }] } },
      { items: [], handled: { key: 'e2', at: AT } },
    ]);
    expect(db.handledEvents.map((event) => event.key)).toEqual(['e0', 'e2']);
  });

  it('sets the keys a line patched and passes over an item of a kind the store does not keep', () => {
    const db = emptyDb();
    db.counters = { 'ADV-2026': 3 };
    replay(db, [{ items: [{ id: 'XYZ-2026-001' }], patch: { counters: { 'BES-2026': 2 } } }]);
    expect(db).toEqual({ ...emptyDb(), counters: { 'ADV-2026': 3, 'BES-2026': 2 } });
  });
});

const line = (seq: number) => encodeLine({ seq, items: [decision(seq)] });

async function journalIn(): Promise<{ dir: string; path: string; journal: JournalFile }> {
  const dir = await tempDir();
  const path = join(dir, 'db.journal.jsonl');
  return { dir, path, journal: new JournalFile(path) };
}

/** This process's file descriptors on `path`, also one whose file was replaced since (Linux: /proc/self/fd). */
async function descriptorsOn(path: string): Promise<string[]> {
  const fds: string[] = [];
  for (const fd of await readdir('/proc/self/fd')) {
    const target = await readlink(`/proc/self/fd/${fd}`).catch(() => '');
    if (target === path || target === `${path} (deleted)`) fds.push(fd);
  }
  return fds;
}

/** The open flags of this process's file descriptor on `path` (Linux: /proc/self/fdinfo). */
async function openFlags(path: string): Promise<number> {
  const [fd] = await descriptorsOn(path);
  if (fd === undefined) throw new Error(`${path} is not open`);
  const info = await readFile(`/proc/self/fdinfo/${fd}`, 'utf8');
  return Number.parseInt(/^flags:\s+(\d+)$/m.exec(info)![1]!, 8);
}

describe('the journal file on disk', () => {
  it('reads as empty when there is none, and fails on anything else it cannot read', async () => {
    const { dir, journal } = await journalIn();
    expect(await journal.read()).toEqual({ lines: [], damaged: [], size: 0 });
    await expect(new JournalFile(dir).read()).rejects.toThrow(/EISDIR/);
  });

  it('skips a blank first line and numbers the next one 2', async () => {
    const { path, journal } = await journalIn();
    await writeFile(path, `\n${line(1)}`);
    const contents = await journal.read();
    expect(contents.lines.map((read) => [read.number, read.entry.seq])).toEqual([[2, 1]]);
    expect(contents.torn).toBeUndefined();
  });

  it('appends a line with one sync, and cuts back to a size with one more', async () => {
    const { path, journal } = await journalIn();
    const before = syncCount();
    await journal.append(line(1));
    expect(syncCount() - before).toBe(1);
    await journal.append(line(2));
    await journal.cut(Buffer.byteLength(line(1)));
    expect(syncCount() - before).toBe(3);
    expect(await readFile(path, 'utf8')).toBe(line(1));
    await journal.close();
  });

  it.runIf(process.platform === 'linux')('is kept open for synchronized data writes (O_DSYNC)', async () => {
    const { path, journal } = await journalIn();
    await journal.append(line(1));
    const flags = await openFlags(path);
    await journal.close();
    expect(flags & constants.O_DSYNC).toBe(constants.O_DSYNC);
    expect(flags & constants.O_APPEND).toBe(constants.O_APPEND);
  });

  it('keeps only the lines from an offset on, and appends after them', async () => {
    const { path, journal } = await journalIn();
    for (const seq of [1, 2, 3]) await journal.append(line(seq));
    const size = Buffer.byteLength(line(1) + line(2) + line(3));
    await journal.keepFrom(Buffer.byteLength(line(1)), size);
    // Nothing is left open on the file it read from (Linux shows this process's descriptors).
    if (process.platform === 'linux') expect(await descriptorsOn(path)).toEqual([]);
    await journal.append(line(4));
    await journal.close();
    expect(await readFile(path, 'utf8')).toBe(line(2) + line(3) + line(4));
    await journal.keepFrom(size, size);
    expect(await readdir(join(path, '..'))).toEqual([]);
  });

  it('is removed when cleared, also twice; a folder in its place is not removed', async () => {
    const { dir, path, journal } = await journalIn();
    await journal.append(line(1));
    await journal.clear();
    await journal.clear();
    expect(await readdir(dir)).toEqual([]);
    await mkdir(path);
    await expect(journal.clear()).rejects.toThrow(/EISDIR|EPERM/);
  });

  it('is moved aside under its own name with a stamp, never deleted', async () => {
    const { dir, path, journal } = await journalIn();
    await journal.append(line(1));
    const aside = await journal.moveAside('2026-11-28T09-00-00-000Z');
    expect(aside).toBe(`${path}.beschadigd-2026-11-28T09-00-00-000Z`);
    expect(await readdir(dir)).toEqual(['db.journal.jsonl.beschadigd-2026-11-28T09-00-00-000Z']);
    expect(await readFile(aside, 'utf8')).toBe(line(1));
  });
});
