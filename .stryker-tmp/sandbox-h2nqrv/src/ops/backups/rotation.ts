// @ts-nocheck
import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { getISOWeek } from 'date-fns/getISOWeek';
import { getISOWeekYear } from 'date-fns/getISOWeekYear';

/** How many daily and weekly snapshots `backups/` keeps (config.json `backups`). */
export interface KeepPolicy {
  readonly daily: number;
  readonly weekly: number;
}

export const DEFAULT_KEEP: KeepPolicy = { daily: 7, weekly: 4 };

const NAME = /^(\d{4}-\d{2}-\d{2})\.tar\.gz$/;

/** A day's snapshot in `backups/`: `2026-12-05.tar.gz`. */
export function snapshotName(date: string): string {
  return `${date}.tar.gz`;
}

/** The day a snapshot file is of, or undefined for any other file. */
export function snapshotDate(name: string): string | undefined {
  return NAME.exec(name)?.[1];
}

function weekOf(date: string): string {
  const day = new Date(`${date}T12:00:00Z`);
  return `${getISOWeekYear(day)}-W${getISOWeek(day)}`;
}

/**
 * Which snapshots stay: the newest of each of the last `daily` days that have one, and the
 * newest of each of the last `weekly` weeks that have one (as restic's keep-daily and
 * keep-weekly). The rest can go.
 */
export function snapshotsToKeep(dates: readonly string[], policy: KeepPolicy): Set<string> {
  const newestFirst = [...new Set(dates)].sort().reverse();
  const keep = new Set(newestFirst.slice(0, policy.daily));
  const weeks = new Set<string>();
  for (const date of newestFirst) {
    if (weeks.size >= policy.weekly) break;
    const week = weekOf(date);
    if (weeks.has(week)) continue;
    weeks.add(week);
    keep.add(date);
  }
  return keep;
}

/** Removes every snapshot in the folder (after `/privacy vergeet`: they still name the member). */
export async function dropSnapshots(folder: string): Promise<void> {
  const names = await readdir(folder).catch(() => [] as string[]);
  for (const name of names)
    if (snapshotDate(name) !== undefined) await rm(join(folder, name), { force: true });
}
