// @ts-nocheck
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { botVersion } from '../src/ops/version.ts';
import type { Running } from './start.ts';

async function sizeOf(path: string): Promise<number> {
  return stat(path).then(
    (found) => found.size,
    () => 0,
  );
}

/** `1,2 MB`: a size as people read it. */
function readable(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1).replace('.', ',')} kB`;
  return `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB`;
}

/**
 * The first line of the log: which version runs, on which data folder, on which platforms,
 * and how big the store is, so an administrator sees at once what started.
 */
export async function startLine(running: Running, platforms: readonly string[]): Promise<string> {
  const { items, journalBytes } = running.store.state;
  const db = await sizeOf(join(running.dataDir, 'db.json'));
  const where =
    platforms.length > 0
      ? platforms.map((name) => name[0]!.toUpperCase() + name.slice(1)).join(' en ')
      : 'de terminal';
  return (
    `Stadspanel ${botVersion()} start: gegevensmap ${running.dataDir}, ${where}, ` +
    `${items} items, ${running.bot.config.members.length} leden (db.json ${readable(db)}, journaal ${readable(journalBytes)}).`
  );
}
