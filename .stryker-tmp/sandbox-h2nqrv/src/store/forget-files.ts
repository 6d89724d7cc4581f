// @ts-nocheck
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { forgetInJson, forgetInText } from '../domain/forget-copies.ts';
import type { Person } from '../port/posted-messages.ts';
import { writeFileDurably } from './durable-file.ts';

/**
 * The copies of the data that the store does not keep itself, where a forgotten member
 * must go too: journals moved aside by `--herstel` (`db.journal.jsonl.beschadigd-…`) and
 * everything in the `backups` folder, at any depth. The files the store keeps live
 * (db.json and its journal, the audit files, posted.jsonl, the numbered copies) are
 * rewritten by the store itself; the rest of the folder (config, the Matrix crypto store)
 * holds no data of the panel's items. A file that is not text (a `.tar.gz` snapshot) is
 * left to the code that made it.
 */
const LIVE = /^(db\.json(\.\d+)?|db\.journal\.jsonl|db\.check\.json|db\.lock|audit.*\.jsonl|posted\.jsonl)$/;
const ASIDE = /^db\..*\.(beschadigd|damaged)/;
const BACKUPS = 'backups';

/** The files to rewrite, relative to the data folder. */
async function copies(dataDir: string): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(dataDir, { withFileTypes: true })) {
    if (entry.isFile() && ASIDE.test(entry.name) && !LIVE.test(entry.name)) found.push(entry.name);
  }
  const backups = await readdir(join(dataDir, BACKUPS), { withFileTypes: true, recursive: true }).catch(
    () => [],
  );
  for (const entry of backups) {
    if (entry.isFile()) found.push(relative(dataDir, join(entry.parentPath, entry.name)));
  }
  return found;
}

/** The text of a copy with the member replaced: JSON as values, JSON Lines line by line, other text as words. */
function forgotten(name: string, text: string, person: Person, label: string): string {
  const json = (line: string) => {
    try {
      return JSON.stringify(forgetInJson(JSON.parse(line), person, label));
    } catch {
      return forgetInText(line, person, label);
    }
  };
  if (/\.json$/.test(name)) return `${json(text)}${text.endsWith('\n') ? '\n' : ''}`;
  if (/\.jsonl/.test(name))
    return text
      .split('\n')
      .map((line) => (line.trim() ? json(line) : line))
      .join('\n');
  return forgetInText(text, person, label);
}

/** Rewrites every copy with the member replaced; returns the files it changed. */
export async function forgetInCopies(dataDir: string, person: Person, label: string): Promise<string[]> {
  const changed: string[] = [];
  for (const name of await copies(dataDir)) {
    const path = join(dataDir, name);
    const bytes = await readFile(path);
    const zipped = name.endsWith('.gz');
    const inner = zipped ? name.slice(0, -'.gz'.length) : name;
    const content = zipped ? gunzipSync(bytes) : bytes;
    // A file of another kind (a tar archive, an image) is not text to rewrite: its owner does that.
    if (content.includes(0) || /\.tar$/.test(inner)) continue;
    const text = content.toString('utf8');
    const next = forgotten(inner, text, person, label);
    if (next === text) continue;
    await writeFileDurably(path, zipped ? gzipSync(next) : next, 0o600);
    changed.push(name);
  }
  return changed;
}
