// @ts-nocheck
import { createHash } from 'node:crypto';
import { access, mkdir, readdir, readFile, rm, rmdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/** The list of files the last build wrote, kept in the site folder: what a rebuild may remove. */
export const MANIFEST = '.stadspanel-site.json';

export interface SiteChanges {
  readonly dir: string;
  readonly files: number;
  readonly added: readonly string[];
  readonly changed: readonly string[];
  readonly removed: readonly string[];
  /** True when the folder had no earlier build of this bot. */
  readonly first: boolean;
}

/**
 * Writes the site into `dir`: new and changed files are written, files of the previous
 * build that are gone now (an item that became confidential, a withdrawn one) are removed.
 * Files this bot did not write are left alone.
 */
export async function writeSite(dir: string, files: ReadonlyMap<string, string>): Promise<SiteChanges> {
  const before = await readManifest(dir);
  const after: Record<string, string> = {};
  const added: string[] = [];
  const changed: string[] = [];
  await mkdir(dir, { recursive: true });
  for (const [path, content] of files) {
    const hash = createHash('sha256').update(content).digest('hex').slice(0, 16);
    after[path] = hash;
    const previous = before?.[path];
    if (previous === hash && (await exists(join(dir, path)))) continue;
    if (previous === undefined) added.push(path);
    else changed.push(path);
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), content);
  }
  const removed = Object.keys(before ?? {}).filter((path) => !(path in after));
  for (const path of removed) {
    await rm(join(dir, path), { force: true });
    await removeEmptyFolders(dir, dirname(path));
  }
  await writeFile(join(dir, MANIFEST), `${JSON.stringify(after, null, 1)}\n`);
  return { dir, files: files.size, added, changed, removed, first: before === undefined };
}

async function readManifest(dir: string): Promise<Record<string, string> | undefined> {
  try {
    const json: unknown = JSON.parse(await readFile(join(dir, MANIFEST), 'utf8'));
    if (!json || typeof json !== 'object' || Array.isArray(json)) return undefined;
    // Only plain relative paths: a damaged manifest must never make a rebuild remove other files.
    return Object.fromEntries(
      Object.entries(json).filter(
        ([path, hash]) => typeof hash === 'string' && /^[\w-]+(\/[\w-]+)*\.(html|xml|css|csv)$/.test(path),
      ),
    ) as Record<string, string>;
  } catch {
    return undefined;
  }
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

async function removeEmptyFolders(root: string, folder: string): Promise<void> {
  let current = folder;
  while (current !== '.' && current !== '') {
    const path = join(root, current);
    const entries = await readdir(path).catch(() => undefined);
    if (!entries || entries.length > 0) return;
    await rmdir(path).catch(() => undefined);
    current = dirname(current);
  }
}
