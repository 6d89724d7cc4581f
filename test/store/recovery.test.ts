import { appendFile, readdir, readFile, rm, symlink, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { StartupError } from '../../src/core/errors.ts';
import { nextId } from '../../src/kit/items.ts';
import type { Logger } from '../../src/ops/log.ts';
import { type AuditEntry, AuditLog } from '../../src/store/audit.ts';
import { DbFile } from '../../src/store/db-file.ts';
import { encodeLine } from '../../src/store/journal-line.ts';
import { SnapshotRefused, writeSnapshot } from '../../src/store/recovery.ts';
import { emptyDb } from '../../src/store/schema.ts';
import { Seal } from '../../src/store/seal.ts';
import { provenValid } from '../../src/store/snapshot-check.ts';
import { Store } from '../../src/store/store.ts';
import { tempDir } from '../support/harness.ts';
import { openUntilCrash } from '../support/stores.ts';

function capture(): Logger & { lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    info: (text) => lines.push(text),
    warn: (text) => lines.push(text),
    error: (text, cause) => lines.push(`${text} ${cause instanceof Error ? cause.message : ''}`),
  };
}

const request = (id: string, title: string) => ({
  id,
  title,
  themes: [],
  confidentiality: 'openbaar' as const,
  step: 'ontvangen' as const,
  openedBy: 'gemeente',
  openedAt: '2026-11-28T09:00:00.000Z',
  history: [],
  answerRefusals: 0,
  reminders: {},
});

const entry = (action: string, target?: string): AuditEntry => ({
  at: '2026-11-28T09:00:00.000Z',
  actor: 'gemeente',
  action,
  ...(target ? { target } : {}),
});

/** Two new advice requests (ids from the counter) and a step on the second; the store is never closed (a crash). */
async function twoRequestsAndAStep(): Promise<{ dir: string; journal: string }> {
  const dir = await tempDir();
  const { store, crash } = await openUntilCrash(dir);
  for (const title of ['Eerste', 'Tweede']) {
    await store.transact(
      (db) => {
        const id = nextId(db, 'ADV', 2026);
        db.adviceRequests.push(request(id, title));
        return id;
      },
      (id) => [entry('advies.nieuw', id)],
    );
  }
  await store.transact(
    (db) => {
      db.adviceRequests[1]!.step = 'in-overweging';
    },
    () => [entry('advies.stap', 'ADV-2026-002')],
  );
  await store.idle();
  crash();
  return { dir, journal: join(dir, 'db.journal.jsonl') };
}

/** Flips one byte inside line `number` (1-based) of the journal, so its checksum fails. */
async function damageLine(journal: string, number: number): Promise<void> {
  const lines = (await readFile(journal, 'utf8')).split('\n');
  const line = lines[number - 1]!;
  const at = line.indexOf('"at":"') + 7;
  lines[number - 1] = `${line.slice(0, at)}${line[at] === '0' ? '1' : '0'}${line.slice(at + 1)}`;
  await writeFile(journal, lines.join('\n'));
}

describe('ids after a lost journal line', () => {
  it('are never handed out twice: the counter follows the items that are there', async () => {
    const { dir, journal } = await twoRequestsAndAStep();
    // The line that created ADV-2026-002 (and raised the counter to 2) is lost; the step line still carries the item.
    await damageLine(journal, 2);
    const store = await Store.open(dir, { recover: true, logger: capture() });
    try {
      expect(store.db.adviceRequests.map((item) => item.id)).toEqual(['ADV-2026-001', 'ADV-2026-002']);
      const id = await store.transact(
        (db) => {
          const next = nextId(db, 'ADV', 2026);
          db.adviceRequests.push(request(next, 'Derde'));
          return next;
        },
        () => [],
      );
      expect(id).toBe('ADV-2026-003');
    } finally {
      await store.close();
    }
  });

  it('are not handed out again when the change that was given one is lost: the audit trail names it', async () => {
    const { dir, journal } = await twoRequestsAndAStep();
    // Only the lines that created the two requests; the second (ADV-2026-002) is lost.
    const lines = (await readFile(journal, 'utf8')).split('\n');
    await writeFile(journal, `${lines[0]}\n${lines[1]}\n`);
    await damageLine(journal, 2);
    const logger = capture();
    const store = await Store.open(dir, { recover: true, logger });
    try {
      expect(logger.lines.join('\n')).toContain('advies.nieuw · ADV-2026-002');
      expect(store.db.adviceRequests.map((item) => item.id)).toEqual(['ADV-2026-001']);
      expect(store.db.counters['ADV-2026']).toBe(2);
    } finally {
      await store.close();
    }
  });
});

describe('a torn audit tail', () => {
  it('is cut back at start and its entries are written again from the journal', async () => {
    const { dir } = await twoRequestsAndAStep();
    const path = join(dir, 'audit.jsonl');
    const lines = (await readFile(path, 'utf8')).trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    // Half of the second entry (a full disk refused the rest), with the third appended onto it.
    await writeFile(path, `${lines[0]}\n${lines[1]!.slice(0, 30)}${lines[2]}\n`);
    const store = await Store.open(dir, { logger: capture() });
    await store.close();
    const after = (await readFile(path, 'utf8')).trimEnd().split('\n');
    expect(after.map((line) => JSON.parse(line) as AuditEntry).map((item) => item.action)).toEqual([
      'advies.nieuw',
      'advies.nieuw',
      'advies.stap',
    ]);
  });

  it('never stops --herstel with a bare SyntaxError: the garbled line is named by file and number', async () => {
    const { dir, journal } = await twoRequestsAndAStep();
    const path = join(dir, 'audit.jsonl');
    const lines = (await readFile(path, 'utf8')).trimEnd().split('\n');
    await writeFile(path, `${lines[0]}\n${lines[1]!.slice(0, 30)}${lines[2]}\n`);
    await damageLine(journal, 3);
    const logger = capture();
    const store = await Store.open(dir, { recover: true, logger });
    await store.close();
    const said = logger.lines.join('\n');
    expect(said).not.toMatch(/SyntaxError/);
    expect(said).toContain('advies.stap · ADV-2026-002');
  });
});

describe('a change that would not load', () => {
  it('is refused before it is confirmed: nothing is stored, the error names the field', async () => {
    const dir = await tempDir();
    const store = await Store.open(dir);
    const refused = await store
      .transact(
        (db) => db.adviceRequests.push(request('ADVX-2026-001', 'Geheime titel')),
        () => [],
      )
      .then(
        () => undefined,
        (error: unknown) => error as Error,
      );
    expect(refused).toBeInstanceOf(Error);
    expect(refused!.message).toContain("bij 'id' (onbekend soort id: ADVX)");
    expect(refused!.message).not.toContain('Geheime titel');
    expect(store.db.adviceRequests).toHaveLength(0);
    await store.close();
    const again = await Store.open(dir);
    expect(again.db.adviceRequests).toHaveLength(0);
    await again.close();
  });
});

/** What `--herstel` on `dir` stops with. */
async function refusedRecovery(dir: string): Promise<unknown> {
  return Store.open(dir, { recover: true, logger: capture() }).then(
    async (store) => {
      await store.close();
      throw new Error('--herstel did not stop');
    },
    (error: unknown) => error,
  );
}

describe('--herstel', () => {
  it('writes the recovered snapshot before it moves the journal aside, keeping every good line', async () => {
    const { dir, journal } = await twoRequestsAndAStep();
    await damageLine(journal, 3);
    const before = await readFile(join(dir, 'db.json'));
    const logger = capture();
    const store = await Store.open(dir, { recover: true, logger });
    await store.close();
    const names = await readdir(dir);
    const aside = names.filter((name) => name.startsWith('db.journal.jsonl.beschadigd-'));
    // Stamped with the time of the recovery, in characters every file system takes.
    expect(aside).toEqual([
      expect.stringMatching(/^db\.journal\.jsonl\.beschadigd-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d-\d{3}Z$/),
    ]);
    expect(logger.lines).toContain(
      `Recovery: done. The damaged journal is now in ${join(dir, aside[0]!)} (it is not deleted).`,
    );
    // The db.json from before is kept; the new one holds the last good line, with its proof.
    expect(await readFile(join(dir, 'db.json.1'))).toEqual(before);
    const written = await readFile(join(dir, 'db.json'));
    expect((JSON.parse(written.toString('utf8')) as { journalSeq: number }).journalSeq).toBe(2);
    expect(await provenValid(join(dir, 'db.json'), written, await Seal.open(dir))).toBe(true);
    const again = await Store.open(dir);
    expect(again.db.adviceRequests.map((item) => [item.id, item.step])).toEqual([
      ['ADV-2026-001', 'ontvangen'],
      ['ADV-2026-002', 'ontvangen'],
    ]);
    await again.close();
  });

  it('keeps no copy when there was no db.json, and writes the recovered one from the journal alone', async () => {
    const { dir, journal } = await twoRequestsAndAStep();
    await damageLine(journal, 3);
    await rm(join(dir, 'db.json'));
    await rm(join(dir, 'db.check.json'), { force: true });
    const store = await Store.open(dir, { recover: true, logger: capture() });
    expect(store.db.adviceRequests.map((item) => item.id)).toEqual(['ADV-2026-001', 'ADV-2026-002']);
    await store.close();
    expect((await readdir(dir)).filter((name) => name.startsWith('db.json.'))).toEqual([]);
  });

  it('stops before it moves anything when the recovered data would not load (a sealed line that is wrong)', async () => {
    const { dir, journal } = await twoRequestsAndAStep();
    await damageLine(journal, 3);
    // A line with this store's seal is not checked again at start, so its wrong date gets as far as the snapshot.
    const wrong = {
      id: 'BES-2026-001',
      text: 'Besluit',
      confidentiality: 'openbaar',
      by: 'gemeente',
      at: 'gisteren',
    };
    await appendFile(journal, encodeLine({ seq: 4, items: [wrong] }, await Seal.open(dir)));
    const db = await readFile(join(dir, 'db.json'));
    const error = await refusedRecovery(dir);
    expect(error).toBeInstanceOf(StartupError);
    expect((error as Error).message).toMatch(
      /^Het bestand .*db\.json is niet bijgewerkt: de gegevens kloppen niet bij 'decisions\.0\.at'.* Er is niets verplaatst; het journaal staat nog op zijn plaats\.$/,
    );
    expect(await readFile(join(dir, 'db.json'))).toEqual(db);
    expect((await readdir(dir)).filter((name) => name.includes('beschadigd'))).toEqual([]);
  });

  it("stops with the disk's own error when db.json cannot be written (a full disk), the journal in its place", async () => {
    const { dir, journal } = await twoRequestsAndAStep();
    await damageLine(journal, 3);
    // db.json is written through this temporary file; `/dev/full` refuses every write with ENOSPC.
    await symlink('/dev/full', join(dir, `.db.json.${process.pid}.tmp`));
    const error = await refusedRecovery(dir);
    expect(error).not.toBeInstanceOf(StartupError);
    expect((error as Error).message).toMatch(/ENOSPC/);
    expect((await readdir(dir)).filter((name) => name.includes('beschadigd'))).toEqual([]);
  });
});

describe('a snapshot', () => {
  it('is never written when it would not load: db.json stays as it was, and the error names the place', async () => {
    const dir = await tempDir();
    const path = join(dir, 'db.json');
    const file = new DbFile(path, await Seal.open(dir));
    const data = emptyDb();
    await file.write(data);
    const before = await readFile(path, 'utf8');
    data.decisions.push({
      id: 'BES-2026-001',
      text: 'Geheime tekst',
      confidentiality: 'openbaar',
      by: 'voorzitter',
      at: 'gisteren',
    });
    const error = await writeSnapshot(file, data, async () => {}).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SnapshotRefused);
    expect((error as Error).name).toBe('SnapshotRefused');
    expect((error as Error).message).toContain("'decisions.0.at'");
    expect((error as Error).message).not.toContain('Geheime tekst');
    expect(await readFile(path, 'utf8')).toBe(before);
    expect((await readdir(dir)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });
});

describe('an audit append that fails (a full disk)', () => {
  it('keeps its entries and writes them before the next ones; a sync fails while they wait', async () => {
    const dir = await tempDir();
    const path = join(dir, 'audit.jsonl');
    // `/dev/full` refuses every write with ENOSPC, as a full disk does.
    await symlink('/dev/full', path);
    const log = new AuditLog(path);
    await expect(log.append([entry('eerste')])).rejects.toThrow(/ENOSPC/);
    await expect(log.sync()).rejects.toThrow(/ENOSPC/);
    // Room again: a new file in its place.
    await unlink(path);
    await writeFile(path, '');
    await log.append([entry('tweede')]);
    await log.sync();
    await log.close();
    const actions = (await readFile(path, 'utf8'))
      .trimEnd()
      .split('\n')
      .map((line) => (JSON.parse(line) as AuditEntry).action);
    expect(actions).toEqual(['eerste', 'tweede']);
  });
});
