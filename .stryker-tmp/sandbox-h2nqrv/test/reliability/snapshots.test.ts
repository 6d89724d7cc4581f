// @ts-nocheck
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkArchive } from '../../app/backup/check.ts';
import { type Running, start } from '../../app/start.ts';
import { snapshotsToKeep } from '../../src/ops/backups/rotation.ts';
import { silentLogger } from '../../src/ops/log.ts';
import { tempDir, writeConfig } from '../support/harness.ts';
import { RecordingAdapter } from '../support/recording-adapter.ts';

let running: Running | undefined;
afterEach(async () => {
  await running?.stop();
  running = undefined;
});

async function snapshots(dir: string): Promise<string[]> {
  return (await readdir(join(dir, 'backups'))).sort();
}

async function decide(text: string, id: string): Promise<void> {
  await running!.bot.receive({
    kind: 'command',
    eventId: id,
    actor: { platform: 'shell', userId: 'voorzitter' },
    channel: 'panel',
    text: `/besluit ${text}`,
  });
}

/** Moves the clock to a local time in Amsterdam and lets the scheduler look. */
async function at(local: string): Promise<void> {
  running!.clock.set(new Date(`${local}+01:00`));
  await running!.scheduler.tick();
  await running!.snapshots!.idle();
}

describe('daily snapshots in backups/', () => {
  it('takes one at start, and the next when the clock passes midnight', async () => {
    const dir = await tempDir();
    running = await start(
      { STADSPANEL_DATA_DIR: dir, STADSPANEL_NOW: '2026-11-28T22:00' },
      { snapshots: true, logger: silentLogger },
    );
    running.bot.attach(new RecordingAdapter('shell'));
    await running.scheduler.start({ timer: false });
    await running.snapshots!.idle();
    expect(await snapshots(dir)).toEqual(['2026-11-28.tar.gz']);
    await decide('Voor middernacht', 'e1');
    await at('2026-11-28T23:59');
    expect(await snapshots(dir)).toEqual(['2026-11-28.tar.gz']);
    await at('2026-11-29T00:01');
    expect(await snapshots(dir)).toEqual(['2026-11-28.tar.gz', '2026-11-29.tar.gz']);
    // The new one holds what was confirmed before it; the one at start did not.
    const before = (await checkArchive(join(dir, 'backups', '2026-11-28.tar.gz'))).items;
    expect((await checkArchive(join(dir, 'backups', '2026-11-29.tar.gz'))).items).toBe(before + 1);
  }, 60_000);

  it('after /privacy vergeet the old snapshots go, and a new one without the member comes', async () => {
    const dir = await tempDir();
    await writeConfig(dir, {
      members: [
        { id: 'anna', name: 'Anna', roles: ['voorzitter', 'panel'] },
        { id: 'bram', name: 'Bram', roles: ['panel'] },
      ],
    });
    running = await start(
      { STADSPANEL_DATA_DIR: dir, STADSPANEL_NOW: '2026-11-28T10:00' },
      { snapshots: true, logger: silentLogger },
    );
    running.bot.attach(new RecordingAdapter('shell'));
    await running.scheduler.start({ timer: false });
    const say = (userId: string, text: string, id: string) =>
      running!.bot.receive({
        kind: 'command',
        eventId: id,
        actor: { platform: 'shell', userId },
        channel: 'panel',
        text,
      });
    await say('anna', '/lid nieuw fatima "Fatima El Amrani" rol:panel', 'f1');
    await say('fatima', '/uitgave 5 reis Bus', 'f2');
    await at('2026-11-29T03:00');
    expect(await snapshots(dir)).toEqual(['2026-11-28.tar.gz', '2026-11-29.tar.gz']);
    await say('anna', '/lid weg fatima', 'f3');
    await say('anna', '/privacy vergeet fatima', 'f4');
    expect(await snapshots(dir)).toEqual([]);
    await at('2026-11-29T03:01');
    expect(await snapshots(dir)).toEqual(['2026-11-29.tar.gz']);
    const { folder } = await checkArchive(join(dir, 'backups', '2026-11-29.tar.gz'), true);
    const text = await readFile(join(folder!, 'db.json'), 'utf8');
    expect(text).not.toContain('fatima');
    expect(text).not.toContain('Fatima');
  }, 60_000);

  it('keeps the days and weeks config.json asks for, and lets the older ones go', async () => {
    const dir = await tempDir();
    await writeConfig(dir, {
      members: [{ id: 'anna', name: 'Anna', roles: ['voorzitter'] }],
      backups: { daily: 2, weekly: 2 },
    });
    running = await start(
      { STADSPANEL_DATA_DIR: dir, STADSPANEL_NOW: '2026-11-30T09:00' },
      { snapshots: true, logger: silentLogger },
    );
    await running.scheduler.start({ timer: false });
    for (let day = 1; day <= 16; day++) await at(`2026-12-${String(day).padStart(2, '0')}T03:00`);
    // Two days (15 and 16 December) and the newest of two weeks (week 51: the 16th; week 50: the 13th).
    expect(await snapshots(dir)).toEqual(['2026-12-13.tar.gz', '2026-12-15.tar.gz', '2026-12-16.tar.gz']);
  }, 60_000);
});

describe('which snapshots stay', () => {
  const days = (from: number, to: number) =>
    Array.from({ length: to - from + 1 }, (_, index) => `2026-12-${String(from + index).padStart(2, '0')}`);

  it('7 daily and 4 weekly by default: the newest of each of the last weeks', () => {
    const keep = snapshotsToKeep(days(1, 31), { daily: 7, weekly: 4 });
    expect([...keep].sort()).toEqual(['2026-12-13', '2026-12-20', ...days(25, 31)]);
  });

  it('keeps everything while there are fewer than asked', () => {
    expect([...snapshotsToKeep(['2026-12-01', '2026-12-02'], { daily: 7, weekly: 4 })].sort()).toEqual([
      '2026-12-01',
      '2026-12-02',
    ]);
  });
});
