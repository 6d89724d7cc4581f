// @ts-nocheck
import { copyFile, readdir, readFile, stat, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { StartupError } from '../../src/core/errors.ts';
import { nextId } from '../../src/kit/items.ts';
import { silentLogger } from '../../src/ops/log.ts';
import type { Db } from '../../src/store/schema.ts';
import { Store } from '../../src/store/store.ts';
import { diskState } from '../support/disk.ts';
import { tempDir } from '../support/harness.ts';

/** What can happen to a data folder: commands, crashes (with or without damage), and recoveries. */
type Step =
  | { readonly kind: 'add'; readonly awaited: boolean }
  | { readonly kind: 'change' }
  | { readonly kind: 'remove' }
  | { readonly kind: 'crash'; readonly damage: Damage; readonly interrupt: number | null };
type Damage =
  | { readonly kind: 'none' }
  | { readonly kind: 'cut-journal'; readonly bytes: number }
  | { readonly kind: 'flip-journal'; readonly at: number }
  | { readonly kind: 'cut-audit'; readonly bytes: number }
  | { readonly kind: 'glue-audit'; readonly at: number }
  | { readonly kind: 'flip-db'; readonly at: number };

const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('add' as const), awaited: fc.boolean() }) },
  { weight: 2, arbitrary: fc.constant({ kind: 'change' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'remove' as const }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('crash' as const),
      /** A crash during the recovery too, after so many turns of the event loop. */
      interrupt: fc.option(fc.nat({ max: 60 })),
      damage: fc.oneof(
        fc.constant({ kind: 'none' as const }),
        fc.record({ kind: fc.constant('cut-journal' as const), bytes: fc.integer({ min: 1, max: 400 }) }),
        fc.record({ kind: fc.constant('flip-journal' as const), at: fc.nat() }),
        fc.record({ kind: fc.constant('cut-audit' as const), bytes: fc.integer({ min: 1, max: 200 }) }),
        fc.record({ kind: fc.constant('glue-audit' as const), at: fc.nat() }),
        fc.record({ kind: fc.constant('flip-db' as const), at: fc.nat() }),
      ),
    }),
  },
);

/**
 * A crash, as the disk would show it: the files are copied to a new folder while the
 * store may still be writing, in the order that a crash at one moment could leave them
 * (the audit trail before the journal it follows, the journal before the db.json that
 * may hold it), temp files and all. The old store is abandoned, never closed.
 */
async function crashCopy(dir: string): Promise<string> {
  const copy = await tempDir();
  const order = ['db.sleutel', 'audit.jsonl', 'db.journal.jsonl', 'db.json', 'db.check.json'];
  // Never the lock's file: closing a copy of it would drop this process's lock (see lock.ts).
  const names = (await readdir(dir)).filter((name) => !name.startsWith('db.lock'));
  const rank = (name: string) => (order.includes(name) ? order.indexOf(name) : order.length);
  for (const name of names.sort((one, other) => rank(one) - rank(other)))
    await copyFile(join(dir, name), join(copy, name)).catch(() => undefined);
  return copy;
}

async function sizeOf(path: string): Promise<number> {
  return stat(path).then(
    (info) => info.size,
    () => 0,
  );
}

/** Damages a folder as a failing disk or a careless hand could. */
async function damage(dir: string, what: Damage): Promise<void> {
  const flip = async (path: string, at: number) => {
    const bytes = await readFile(path).catch(() => undefined);
    if (!bytes || bytes.length === 0) return;
    const index = at % bytes.length;
    bytes[index] = bytes[index]! ^ 0x04;
    await writeFile(path, bytes);
  };
  const journal = join(dir, 'db.journal.jsonl');
  const audit = join(dir, 'audit.jsonl');
  switch (what.kind) {
    case 'none':
      return;
    case 'cut-journal':
      return truncate(journal, Math.max(0, (await sizeOf(journal)) - what.bytes)).catch(() => undefined);
    case 'flip-journal':
      return flip(journal, what.at);
    case 'cut-audit':
      return truncate(audit, Math.max(0, (await sizeOf(audit)) - what.bytes)).catch(() => undefined);
    case 'glue-audit': {
      // Half of one entry, with the rest of the trail glued onto it (a full disk in an earlier version).
      const text = await readFile(audit, 'utf8').catch(() => '');
      const lines = text.split('\n');
      if (lines.length < 3) return;
      const index = what.at % (lines.length - 2);
      lines[index] = lines[index]!.slice(0, Math.max(1, lines[index]!.length >> 1)) + lines[index + 1]!;
      lines.splice(index + 1, 1);
      return writeFile(audit, lines.join('\n'));
    }
    case 'flip-db':
      // A damaged db.json is put back from a kept copy (the bot says so): only where there is one.
      if ((await sizeOf(join(dir, 'db.json.1'))) > 0) await flip(join(dir, 'db.json'), what.at);
      return;
  }
}

/** What a data folder holds that a start must keep: the decisions as db.json and the good journal lines give them. */
async function decisionsOnDisk(dir: string): Promise<string[]> {
  const db = JSON.parse(await diskState(dir)) as Db;
  return db.decisions.map((item) => `${item.id} ${item.text}`);
}

/**
 * Starts as an administrator would: a normal start, and when it refuses with its Dutch
 * sentence, what the sentence says (`--herstel`, or putting back a copy of db.json). A
 * recovery may itself crash after `interrupt` turns of the event loop: then the folder as
 * that crash left it is started in the same way. Returns the store and the folder it runs on.
 */
async function start(
  dir: string,
  abandoned: Array<Promise<unknown>>,
  interrupt: number | null = null,
): Promise<{ store: Store; dir: string }> {
  const options = { compactAfter: 4, logger: silentLogger };
  try {
    return { store: await Store.open(dir, options), dir };
  } catch (error) {
    expect(error).toBeInstanceOf(StartupError);
    const message = (error as Error).message;
    if (message.includes('--herstel')) {
      const recovering = Store.open(dir, { ...options, recover: true });
      if (interrupt === null) return { store: await recovering, dir };
      abandoned.push(recovering.then((store) => store.close()).catch(() => undefined));
      for (let turn = 0; turn < interrupt; turn++) await new Promise((resolve) => setImmediate(resolve));
      return start(await crashCopy(dir), abandoned);
    }
    // A damaged db.json (which may read as one from a newer version): a kept copy is put back.
    expect(message).toMatch(/db\.json\.1|nieuwere versie/);
    await copyFile(join(dir, 'db.json.1'), join(dir, 'db.json'));
    return start(dir, abandoned);
  }
}

describe('a data folder after any commands, crashes and recoveries', () => {
  it('always starts (with --herstel or a kept copy where the bot says so), with every id once', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 20 }), async (steps) => {
        const abandoned: Array<Promise<unknown>> = [];
        let { store, dir } = await start(await tempDir(), abandoned);
        let number = 0;
        for (const next of steps) {
          if (next.kind === 'crash') {
            // The old store goes on in its own folder; it is closed at the end (its lock must not be copied).
            const old = store;
            abandoned.push(
              old
                .idle()
                .then(() => old.close())
                .catch(() => undefined),
            );
            dir = await crashCopy(dir);
            await damage(dir, next.damage);
            // (A damaged db.json is put back from a copy: then less may come back, as the README says.)
            const expected = next.damage.kind === 'flip-db' ? undefined : await decisionsOnDisk(dir);
            ({ store, dir } = await start(dir, abandoned, next.interrupt));
            // Nothing a good line or db.json held is lost, also when the recovery crashed.
            if (expected)
              expect(store.db.decisions.map((item) => `${item.id} ${item.text}`)).toEqual(expected);
            continue;
          }
          const done = store
            .transact(
              (db) => {
                if (next.kind === 'add') {
                  const id = nextId(db, 'BES', 2026);
                  db.decisions.push({
                    id,
                    text: `Besluit ${++number}`,
                    confidentiality: 'openbaar',
                    by: 'voorzitter',
                    at: '2026-11-28T09:00:00.000Z',
                  });
                } else if (next.kind === 'change' && db.decisions.length > 0) {
                  db.decisions.at(-1)!.text = `Verbeterd ${++number}`;
                } else if (next.kind === 'remove' && db.decisions.length > 0) {
                  db.decisions = db.decisions.slice(1);
                }
              },
              () => [{ at: '2026-11-28T09:00:00.000Z', actor: 'voorzitter', action: next.kind }],
            )
            .catch(() => undefined);
          if (next.kind !== 'add' || next.awaited) await done;
        }
        const ids = store.db.decisions.map((item) => item.id);
        expect(new Set(ids).size).toBe(ids.length);
        await store.close();
        // And once more: what the last start left starts again without help.
        const again = await Store.open(dir, { logger: silentLogger });
        await again.close();
        await Promise.all(abandoned);
      }),
      { numRuns: 60 },
    );
  }, 240_000);
});
