// @ts-nocheck
import { readFile, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { StartupError, StoreWriteError } from '../../src/core/errors.ts';
import { MAX_HANDLED_EVENTS, rememberEvent, wasHandled } from '../../src/store/handled-events.ts';
import { type AdviceRequest, emptyDb, SCHEMA_VERSION } from '../../src/store/schema.ts';
import { Store } from '../../src/store/store.ts';
import { diskState } from '../support/disk.ts';
import { tempDir } from '../support/harness.ts';
import { openUntilCrash, storesClosedAfterEach } from '../support/stores.ts';

const open = storesClosedAfterEach();

const request = {
  id: 'ADV-2026-001',
  title: 'Bodycams voor handhavers',
  themes: ['privacy' as const],
  confidentiality: 'openbaar' as const,
  step: 'ontvangen' as const,
  openedBy: 'gemeente',
  openedAt: '2026-11-28T09:00:00.000Z',
  history: [],
  answerRefusals: 0,
  reminders: {},
};

describe('the store', () => {
  it('starts empty without a file and writes a valid file at once', async () => {
    const dir = await tempDir();
    const store = await open(dir);
    // Empty, but for the first agreement (2022–2025) in force with the built-in terms.
    // The counter of the built-in agreement follows from its id (see counters.ts).
    expect({ ...store.db, agreements: [], counters: {} }).toEqual(emptyDb());
    expect(store.db.counters).toEqual({ 'AFS-2022': 1 });
    expect(store.db.agreements.map((agreement) => agreement.id)).toEqual(['AFS-2022-001']);
    await store.transact(
      (db) => db.adviceRequests.push({ ...request }),
      () => [],
    );
    expect(JSON.parse(await readFile(join(dir, 'db.json'), 'utf8')).schemaVersion).toBe(SCHEMA_VERSION);
    const disk = JSON.parse(await diskState(dir));
    expect(disk.adviceRequests[0].title).toBe('Bodycams voor handhavers');
  });

  it('round-trips through a restart', async () => {
    const dir = await tempDir();
    const first = await Store.open(dir);
    await first.transact(
      (db) => db.adviceRequests.push({ ...request }),
      () => [],
    );
    await first.close();
    const second = await open(dir);
    expect(second.db.adviceRequests).toEqual([request]);
  });

  it('writes the audit trail as JSON lines beside db.json', async () => {
    const dir = await tempDir();
    const store = await open(dir);
    await store.transact(
      (db) => db.adviceRequests.push({ ...request }),
      () => [
        { at: '2026-11-28T09:00:00.000Z', actor: 'gemeente', action: 'advies.nieuw', target: 'ADV-2026-001' },
      ],
    );
    await store.idle();
    const lines = (await readFile(join(dir, 'audit.jsonl'), 'utf8')).trim().split('\n');
    expect(lines.map((line) => JSON.parse(line))).toEqual([
      {
        at: '2026-11-28T09:00:00.000Z',
        actor: 'gemeente',
        action: 'advies.nieuw',
        target: 'ADV-2026-001',
        seq: 1,
      },
    ]);
  });

  it('rolls back a change that throws, in memory and on disk', async () => {
    const dir = await tempDir();
    const store = await open(dir);
    await store.transact(
      (db) => db.adviceRequests.push({ ...request }),
      () => [],
    );
    const before = await readFile(join(dir, 'db.json'), 'utf8');
    await expect(
      store.transact(
        (db) => {
          db.adviceRequests[0]!.title = 'changed';
          db.counters.ADV = 99;
          throw new Error('halfway');
        },
        () => [],
      ),
    ).rejects.toThrow('halfway');
    expect(store.db.adviceRequests[0]!.title).toBe('Bodycams voor handhavers');
    expect(store.db.counters).toEqual({ 'AFS-2022': 1 });
    expect(await readFile(join(dir, 'db.json'), 'utf8')).toBe(before);
  });

  it('keeps memory equal to disk when a write fails, and recovers when writing works again', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'db.json'), JSON.stringify({ ...emptyDb(), adviceRequests: [request] }));
    const store = await open(dir);
    // A journal that cannot take a byte, as on a full disk.
    await symlink('/dev/full', join(dir, 'db.journal.jsonl'));
    await expect(
      store.transact(
        (db) => db.adviceRequests.pop(),
        () => [],
      ),
    ).rejects.toBeInstanceOf(StoreWriteError);
    expect(store.db.adviceRequests).toHaveLength(1);
    await rm(join(dir, 'db.journal.jsonl'));
    await store.transact(
      (db) => db.adviceRequests.pop(),
      () => [],
    );
    expect(JSON.parse(await diskState(dir)).adviceRequests).toEqual([]);
  });

  it('undoes every change written in a failed batch, and the ones applied after it', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'db.json'), JSON.stringify(emptyDb()));
    const store = await open(dir);
    await symlink('/dev/full', join(dir, 'db.journal.jsonl'));
    const results = await Promise.allSettled(
      Array.from({ length: 5 }, (_, index) =>
        store.transact(
          (db) => {
            db.counters.X = index + 1;
          },
          () => [],
        ),
      ),
    );
    expect(results.every((result) => result.status === 'rejected')).toBe(true);
    expect(store.db.counters).toEqual({});
  });

  it('runs changes one at a time, in order', async () => {
    const dir = await tempDir();
    const store = await open(dir);
    await Promise.all(
      Array.from({ length: 50 }, (_, index) =>
        store.transact(
          (db) => {
            db.counters.X = (db.counters.X ?? 0) + 1;
            db.handledEvents.push({ key: String(index), at: '2026-11-28T09:00:00.000Z' });
          },
          () => [],
        ),
      ),
    );
    expect(store.db.counters.X).toBe(50);
    const disk = JSON.parse(await diskState(dir));
    expect(disk.handledEvents.map((event: { key: string }) => event.key)).toEqual(
      Array.from({ length: 50 }, (_, index) => String(index)),
    );
  });

  it('keeps the last three good copies, rotated on start', async () => {
    const dir = await tempDir();
    for (let round = 1; round <= 4; round++) {
      const store = await Store.open(dir);
      await store.transact(
        (db) => {
          db.counters.ROUND = round;
        },
        () => [],
      );
      await store.close();
    }
    await (await Store.open(dir)).close();
    const copy = async (suffix: string) =>
      JSON.parse(await readFile(join(dir, `db.json${suffix}`), 'utf8')).counters.ROUND;
    expect([await copy(''), await copy('.1'), await copy('.2'), await copy('.3')]).toEqual([4, 4, 3, 2]);
  });
});

describe('a damaged or invalid db.json', () => {
  it('stops the start with the file name and leaves the file untouched', async () => {
    const dir = await tempDir();
    const path = join(dir, 'db.json');
    await writeFile(path, '{"schemaVersion": 1, "adviceRequests": [');
    const before = await stat(path);
    const error = await Store.open(dir).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(StartupError);
    expect((error as Error).message).toContain(path);
    expect((error as Error).message).toMatch(/beschadigd/);
    expect(await readFile(path, 'utf8')).toBe('{"schemaVersion": 1, "adviceRequests": [');
    expect((await stat(path)).mtimeMs).toBe(before.mtimeMs);
  });

  it('names the first bad path when the schema does not match', async () => {
    const dir = await tempDir();
    const path = join(dir, 'db.json');
    const bad = { ...emptyDb(), adviceRequests: [{ ...request, step: 'zomaar' }] };
    await writeFile(path, JSON.stringify(bad));
    const error = await Store.open(dir).catch((caught: unknown) => caught);
    expect((error as Error).message).toContain("'adviceRequests.0.step'");
    expect(JSON.parse(await readFile(path, 'utf8'))).toEqual(bad);
  });

  it('releases the folder so a fixed file can be opened', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'db.json'), 'not json');
    await expect(Store.open(dir)).rejects.toBeInstanceOf(StartupError);
    await writeFile(join(dir, 'db.json'), JSON.stringify(emptyDb()));
    await open(dir);
  });
});

describe('a store written by an older schema version', () => {
  it('is migrated on load: version 1 kept handled events as bare keys', async () => {
    const dir = await tempDir();
    const fixture = await readFile('test/fixtures/db-v1.json', 'utf8');
    await writeFile(join(dir, 'db.json'), fixture);
    const store = await open(dir);
    const old = JSON.parse(fixture);
    expect(store.db.schemaVersion).toBe(SCHEMA_VERSION);
    expect(store.db.handledEvents.map((event) => event.key)).toEqual(old.processedEvents);
    expect(store.db.adviceRequests).toEqual(old.adviceRequests);
    expect(store.db.expenses).toEqual(old.expenses);
    expect(await readFile(join(dir, 'db.json.1'), 'utf8')).toBe(fixture);
    await store.transact(
      () => undefined,
      () => [],
    );
    const written = JSON.parse(await readFile(join(dir, 'db.json'), 'utf8'));
    expect(written.schemaVersion).toBe(SCHEMA_VERSION);
    expect(written.processedEvents).toBeUndefined();
  });

  it('refuses a store from a newer version, untouched', async () => {
    const dir = await tempDir();
    const newer = JSON.stringify({ ...emptyDb(), schemaVersion: SCHEMA_VERSION + 1 });
    await writeFile(join(dir, 'db.json'), newer);
    await expect(Store.open(dir)).rejects.toThrow(/schemaVersion/);
    expect(await readFile(join(dir, 'db.json'), 'utf8')).toBe(newer);
  });
});

describe('the journal', () => {
  const request2 = { ...request, id: 'ADV-2026-002', title: 'Tweede' };

  it('keeps a declared change in the journal, not in db.json, and replays it after a restart', async () => {
    const dir = await tempDir();
    const { store: first, crash } = await openUntilCrash(dir);
    await first.transact(
      (db) => db.adviceRequests.push({ ...request }),
      () => [],
    );
    const snapshot = await readFile(join(dir, 'db.json'), 'utf8');
    await first.transact(
      (db) => db.adviceRequests.push({ ...request2 }),
      () => [],
    );
    expect(await readFile(join(dir, 'db.json'), 'utf8')).toBe(snapshot);
    expect(await readFile(join(dir, 'db.journal.jsonl'), 'utf8')).toContain('Tweede');
    // A crash: the store is not closed; the kernel lets go of the dead process's lock.
    crash();
    const again = await Store.open(dir);
    expect(again.db.adviceRequests.map((entry) => entry.title)).toEqual([
      'Bodycams voor handhavers',
      'Tweede',
    ]);
    // Start-up does not rewrite db.json for a small journal; closing folds it in.
    expect(await readFile(join(dir, 'db.json'), 'utf8')).toBe(snapshot);
    await again.close();
    expect(JSON.parse(await readFile(join(dir, 'db.json'), 'utf8')).adviceRequests).toHaveLength(2);
    await first.close();
  });

  it('ignores a torn last line (a crash in the middle of an append)', async () => {
    const dir = await tempDir();
    const { store, crash } = await openUntilCrash(dir);
    await store.transact(
      (db) => db.adviceRequests.push({ ...request }),
      () => [],
    );
    await writeFile(
      join(dir, 'db.journal.jsonl'),
      `${await readFile(join(dir, 'db.journal.jsonl'), 'utf8')}{"counters":{`,
    );
    crash();
    const again = await Store.open(dir);
    expect(again.db.adviceRequests).toHaveLength(1);
    await again.close();
    await store.close();
  });

  it('replays idempotently when a snapshot was written but the journal not yet emptied', async () => {
    const dir = await tempDir();
    const store = await Store.open(dir);
    await store.transact(
      (db) => db.adviceRequests.push({ ...request }),
      () => [],
    );
    await store.transact(
      (db) => {
        db.adviceRequests[0]!.title = 'Nieuwe titel';
      },
      () => [],
    );
    const journal = await readFile(join(dir, 'db.journal.jsonl'), 'utf8');
    await store.close();
    await writeFile(join(dir, 'db.journal.jsonl'), journal);
    const again = await open(dir);
    expect(again.db.adviceRequests).toHaveLength(1);
    expect(again.db.adviceRequests[0]!.title).toBe('Nieuwe titel');
  });

  it('folds the journal into db.json after so many lines, after the reply', async () => {
    const dir = await tempDir();
    const store = await Store.open(dir, { compactAfter: 3 });
    for (let index = 1; index <= 5; index++) {
      await store.transact(
        (db) =>
          db.decisions.push({
            id: `BES-2026-00${index}`,
            text: `B${index}`,
            confidentiality: 'openbaar',
            by: 'voorzitter',
            at: '2026-11-28T09:00:00.000Z',
          }),
        () => [],
      );
    }
    await store.idle();
    const snapshot = JSON.parse(await readFile(join(dir, 'db.json'), 'utf8'));
    const journal = (await readFile(join(dir, 'db.journal.jsonl'), 'utf8').catch(() => ''))
      .split('\n')
      .filter(Boolean);
    expect(snapshot.decisions.length).toBeGreaterThanOrEqual(3);
    expect(journal.length).toBeLessThan(3);
    expect(snapshot.decisions.length + journal.length).toBe(5);
    expect(JSON.parse(await diskState(dir)).decisions).toHaveLength(5);
    await store.close();
  });

  it('folds the journal in by size too, and replay skips the lines db.json holds', async () => {
    const dir = await tempDir();
    const { store, crash } = await openUntilCrash(dir, { compactBytes: 2_000 });
    const text = 'x'.repeat(500);
    for (let index = 1; index <= 12; index++) {
      await store.transact(
        (db) => {
          db.counters.X = index;
          db.decisions.push({
            id: `BES-2026-${String(index).padStart(3, '0')}`,
            text,
            confidentiality: 'openbaar',
            by: 'voorzitter',
            at: '2026-11-28T09:00:00.000Z',
          });
        },
        () => [],
      );
    }
    await store.idle();
    const size = await stat(join(dir, 'db.journal.jsonl')).then(
      (info) => info.size,
      () => 0,
    );
    expect(size).toBeLessThan(2_000);
    const snapshot = JSON.parse(await readFile(join(dir, 'db.json'), 'utf8'));
    expect(snapshot.journalSeq).toBeGreaterThan(0);
    crash();
    const again = await Store.open(dir);
    expect(again.db.decisions).toHaveLength(12);
    expect(again.db.counters.X).toBe(12);
    await again.close();
    await store.close();
  });

  it('journals every item a change wrote, also through an item read before the change', async () => {
    const dir = await tempDir();
    const { store, crash } = await openUntilCrash(dir);
    await store.transact(
      (db) => db.adviceRequests.push({ ...request }, { ...request2 }),
      () => [],
    );
    const second = store.db.adviceRequests[1]!;
    await store.transact(
      (db) => {
        db.adviceRequests[0]!.history.push({ at: request.openedAt, by: 'gemeente', step: 'in-overweging' });
        second.title = 'Stiekem';
        db.counters.ADV = 2;
      },
      () => [],
    );
    crash();
    const again = await Store.open(dir);
    expect(again.db.adviceRequests.map((entry) => entry.title)).toEqual([
      'Bodycams voor handhavers',
      'Stiekem',
    ]);
    expect(again.db.adviceRequests[0]!.history).toHaveLength(1);
    // ADV-2026 follows from the items (see counters.ts).
    expect(again.db.counters).toEqual({ ADV: 2, 'ADV-2026': 2, 'AFS-2022': 1 });
    await again.close();
    await store.close();
  });

  it('journals only what changed: a line without counters when they stayed the same', async () => {
    const dir = await tempDir();
    const store = await open(dir);
    await store.transact(
      (db) => {
        db.counters.ADV = 1;
        db.adviceRequests.push({ ...request });
      },
      () => [],
    );
    await store.transact(
      (db) => {
        db.adviceRequests[0]!.title = 'Nieuw';
      },
      () => [],
    );
    const lines = (await readFile(join(dir, 'db.journal.jsonl'), 'utf8')).trim().split('\n');
    expect(lines[0]).toContain('"counters"');
    expect(lines[1]).not.toContain('"counters"');
  });

  it('journals only the counter that changed, and replays it over the others', async () => {
    const dir = await tempDir();
    const counters = Object.fromEntries(
      Array.from({ length: 100 }, (_, index) => [`ADV-${1900 + index}`, 7]),
    );
    await writeFile(join(dir, 'db.json'), JSON.stringify({ ...emptyDb(), counters }));
    const { store, crash } = await openUntilCrash(dir);
    await store.transact(
      (db) => {
        db.counters['ADV-2026'] = 8;
      },
      () => [],
    );
    const line = await readFile(join(dir, 'db.journal.jsonl'), 'utf8');
    expect(line).toContain('"patch":{"counters":{"ADV-2026":8}}');
    expect(line).not.toContain('ADV-1900');
    crash();
    const again = await Store.open(dir);
    expect(again.db.counters).toEqual({ ...counters, 'ADV-2026': 8 });
    await again.close();
    await store.close();
  });

  it('refuses a write outside a transaction, and undoes a half-done change', async () => {
    const store = await open(await tempDir());
    await store.transact(
      (db) => db.adviceRequests.push({ ...request }),
      () => [],
    );
    const item = store.db.adviceRequests[0]!;
    expect(() => {
      item.title = 'buiten';
    }).toThrow(/only inside a transaction/);
    await expect(
      store.transact(
        (db) => {
          item.history.push({ at: request.openedAt, by: 'gemeente', step: 'afgerond' });
          db.adviceRequests.pop();
          throw new Error('halfway');
        },
        () => [],
      ),
    ).rejects.toThrow('halfway');
    expect(store.db.adviceRequests).toHaveLength(1);
    expect(store.db.adviceRequests[0]!.history).toEqual([]);
    expect(store.db.adviceRequests[0]!.title).toBe('Bodycams voor handhavers');
  });

  it('forgets a handled event again when its change fails, and keeps at most the limit', async () => {
    const store = await open(await tempDir());
    await expect(
      store.transact(
        (db) => {
          rememberEvent(db, 'shell:e1', '2026-11-28T09:00:00.000Z');
          throw new Error('halfway');
        },
        () => [],
      ),
    ).rejects.toThrow('halfway');
    expect(wasHandled(store.db, 'shell:e1')).toBe(false);
    await store.transact(
      (db) => {
        for (let index = 0; index <= MAX_HANDLED_EVENTS; index++)
          rememberEvent(db, `shell:e${index}`, '2026-11-28T09:00:00.000Z');
      },
      () => [],
    );
    expect(store.db.handledEvents).toHaveLength(MAX_HANDLED_EVENTS);
    expect(wasHandled(store.db, 'shell:e0')).toBe(false);
    expect(wasHandled(store.db, `shell:e${MAX_HANDLED_EVENTS}`)).toBe(true);
  });

  it('reads a list outside a change as a frozen list that follows every change', async () => {
    const store = await open(await tempDir());
    const before = store.db.adviceRequests;
    expect(Object.isFrozen(before)).toBe(true);
    await store.transact(
      (db) => db.adviceRequests.push({ ...request }),
      () => [],
    );
    expect(store.db.adviceRequests).toHaveLength(1);
    await expect(
      store.transact(
        () => before.push({ ...request, id: 'ADV-2026-009' }),
        () => [],
      ),
    ).rejects.toThrow(TypeError);
    expect(store.db.adviceRequests.map((entry) => entry.id)).toEqual(['ADV-2026-001']);
  });

  it('hands back its own copy of an object a change put in, so a later change to it counts', async () => {
    const dir = await tempDir();
    const { store, crash } = await openUntilCrash(dir);
    const created = await store.transact(
      (db) => {
        const fresh: AdviceRequest = { ...request };
        db.adviceRequests.push(fresh);
        return fresh;
      },
      () => [],
    );
    await store.transact(
      () => {
        created.message = 'shell:panel:1';
      },
      () => [],
    );
    crash();
    const again = await Store.open(dir);
    expect(again.db.adviceRequests[0]!.message).toBe('shell:panel:1');
    await again.close();
    await store.close();
  });
});
