// @ts-nocheck
import { readFileSync, readlinkSync } from 'node:fs';
import { access, mkdir, readdir, utimes, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { StoreWriteError } from '../../src/core/errors.ts';
import { FolderLock, LOCK_FILE } from '../../src/store/lock.ts';
import { SCHEMA_VERSION } from '../../src/store/schema.ts';
import { Store } from '../../src/store/store.ts';
import { tempDir } from '../support/harness.ts';
import { storesClosedAfterEach } from '../support/stores.ts';

const open = storesClosedAfterEach();

describe('one writer per data folder', () => {
  it('refuses a second store on the same folder, naming the folder', async () => {
    const dir = await tempDir();
    await open(dir);
    await expect(Store.open(dir)).rejects.toThrow(`Er draait al een bot op de gegevensmap ${dir}`);
  });

  it('is free again once the store is closed, and keeps its lock file', async () => {
    const dir = await tempDir();
    const first = await Store.open(dir);
    await first.close();
    const second = await open(dir);
    expect(second.db.schemaVersion).toBe(SCHEMA_VERSION);
    // Deleting the file could let two bots lock two different files of the same name.
    await access(join(dir, LOCK_FILE));
  });

  it('writes nothing once closed', async () => {
    const dir = await tempDir();
    const store = await Store.open(dir);
    await store.close();
    await expect(
      store.transact(
        (db) => db.decisions.push(),
        () => [],
      ),
    ).rejects.toThrow(StoreWriteError);
  });

  it('opens only with a lock that is held, on its own folder', async () => {
    const dir = await tempDir();
    const lock = await FolderLock.take(dir);
    lock.release();
    await expect(Store.open(dir, { lock })).rejects.toThrow(/not held/);
    const other = await FolderLock.take(await tempDir());
    await expect(Store.open(dir, { lock: other })).rejects.toThrow(/not held/);
    other.release();
  });
});

describe('a lock folder of the previous release', () => {
  /** Leaves `db.lock/` as the previous release did, with its PID and where that PID means something. */
  async function oldLock(dir: string, pid: number, where: string): Promise<void> {
    await mkdir(join(dir, 'db.lock'));
    await writeFile(
      join(dir, 'db.lock', 'owner.json'),
      JSON.stringify({ pid, where, token: 'old', since: '' }),
    );
  }

  it('is removed at once when its process on this machine is gone', async () => {
    const dir = await tempDir();
    await oldLock(dir, 999_999_999, HERE);
    const started = performance.now();
    await open(dir);
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(await readdir(dir)).not.toContain('db.lock');
  });

  it('refuses while its process on this machine runs', async () => {
    const dir = await tempDir();
    await oldLock(dir, process.ppid, HERE);
    await expect(Store.open(dir)).rejects.toThrow(/oudere versie van de bot/);
    // The refusal let go of the new lock: once the old folder is gone, the folder opens.
    await writeFile(join(dir, 'db.lock', 'owner.json'), '{}');
    await open(dir);
  });

  it('is removed after a short look when it comes from another host and nobody touches it', async () => {
    const dir = await tempDir();
    await oldLock(dir, 1, 'elsewhere|boot|pid:[1]');
    const ahead = new Date(Date.now() + 86_400_000);
    await utimes(join(dir, 'db.lock'), ahead, ahead);
    await open(dir);
    expect(await readdir(dir)).not.toContain('db.lock');
  });

  it('refuses a lock file of an older version with what to do', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'db.lock'), '999999999');
    await expect(Store.open(dir)).rejects.toThrow(/oudere versie van de bot.*verwijder/);
  });
});

const HERE = [
  hostname(),
  readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim(),
  readlinkSync('/proc/self/ns/pid'),
].join('|');
