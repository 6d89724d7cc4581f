import { readFileSync, readlinkSync } from 'node:fs';
import { mkdir, readFile, utimes, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { acquireLock, STALE_MS } from '../../src/store/lock.ts';
import { SCHEMA_VERSION } from '../../src/store/schema.ts';
import { Store } from '../../src/store/store.ts';
import { tempDir } from '../support/harness.ts';
import { storesClosedAfterEach } from '../support/stores.ts';

const open = storesClosedAfterEach();

describe('one writer per data folder', () => {
  it('refuses a second store on the same folder', async () => {
    const dir = await tempDir();
    await open(dir);
    await expect(Store.open(dir)).rejects.toThrow(/draait al een bot/);
  });

  it('refuses when another running process on this machine holds the lock', async () => {
    const dir = await tempDir();
    await lockAs(dir, process.ppid, HERE);
    await expect(Store.open(dir)).rejects.toThrow(/draait al een bot \(proces \d+\)/);
  });

  it('takes over a lock left by a process on this machine that is gone, at once', async () => {
    const dir = await tempDir();
    await lockAs(dir, 999_999_999, HERE);
    const store = await open(dir);
    expect(store.db.schemaVersion).toBe(SCHEMA_VERSION);
    expect(JSON.parse(await readFile(join(dir, 'db.lock', 'owner.json'), 'utf8')).pid).toBe(process.pid);
  });

  it('refuses a lock from another PID namespace that its holder keeps touching', async () => {
    const dir = await tempDir();
    await lockAs(dir, 1, 'elsewhere|boot|pid:[1]');
    const touching = setInterval(() => {
      const now = new Date();
      void utimes(join(dir, 'db.lock'), now, now);
    }, 200);
    try {
      await expect(Store.open(dir)).rejects.toThrow(/in een ander proces of een andere container/);
    } finally {
      clearInterval(touching);
    }
  });

  it(`takes over a lock from another PID namespace that was not touched for ${STALE_MS / 1000} s`, async () => {
    const dir = await tempDir();
    await lockAs(dir, 1, 'elsewhere|boot|pid:[1]');
    const old = new Date(Date.now() - STALE_MS - 1_000);
    await utimes(join(dir, 'db.lock'), old, old);
    await open(dir);
  });

  it('refuses a lock file of an older version with what to do', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'db.lock'), '999999999');
    await expect(Store.open(dir)).rejects.toThrow(/oudere versie van de bot.*verwijder/);
  });
});

/** Leaves a lock as another bot would have, with its PID and where that PID means something. */
async function lockAs(dir: string, pid: number, where: string): Promise<void> {
  await mkdir(join(dir, 'db.lock'));
  await writeFile(
    join(dir, 'db.lock', 'owner.json'),
    JSON.stringify({ pid, where, token: 'other', since: '' }),
  );
}

const HERE = [
  hostname(),
  readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim(),
  readlinkSync('/proc/self/ns/pid'),
].join('|');

describe('a lock taken over after all', () => {
  it('tells its holder, which must stop writing', async () => {
    const dir = await tempDir();
    const path = join(dir, 'db.lock');
    let lost = false;
    const release = await acquireLock(path, {
      onLost: () => {
        lost = true;
      },
    });
    // Another bot decided this one was gone (it stalled for longer than STALE_MS) and took over.
    await writeFile(
      join(path, 'owner.json'),
      JSON.stringify({ pid: 1, where: 'elsewhere', token: 'theirs', since: '' }),
    );
    const until = Date.now() + 5_000;
    while (!lost && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(lost).toBe(true);
    await release();
    // Releasing does not remove the other bot's lock.
    expect(JSON.parse(await readFile(join(path, 'owner.json'), 'utf8')).token).toBe('theirs');
  });
});
