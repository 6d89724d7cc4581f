// @ts-nocheck
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const SKIPPED = new Set(['node_modules', '.git', 'data', 'demo', 'site']);
const TEXT = /\.(ts|md|json|eta|css|html|ya?ml|sh|txt)$/;

/** Every text file of the repository, but dependencies and data. */
async function repositoryFiles(folder = '.'): Promise<string[]> {
  const files: string[] = [];
  for (const entry of await readdir(folder, { withFileTypes: true })) {
    if (SKIPPED.has(entry.name)) continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) files.push(...(await repositoryFiles(path)));
    else if (TEXT.test(entry.name)) files.push(path);
  }
  return files;
}

// Spelled in parts, so this file does not match itself.
const OUTSIDE = [
  new RegExp(`\\b(?:${'STY'}LE|${'DESI'}GN)(?:\\.md|\\s*§)`),
  new RegExp(`\\.\\./${'sha'}red\\b`),
  new RegExp(`\\b${'se'}ed/0`),
];

/** `§5a`, `§6e–g`, `afspraak 7c`, `agreement 8a`: a clause of the agreement. */
const CLAUSE = /(?:§\s?|\bafspraak |\bagreement )(\d+)([a-z])?(?:[–-]([a-z]))?/g;

describe('the repository stands on its own', () => {
  it('no file refers to a document outside the repository (notes kept elsewhere, a folder beside it)', async () => {
    const files = await repositoryFiles();
    expect(files).toContain('README.md');
    const found: string[] = [];
    for (const file of files) {
      const lines = (await readFile(file, 'utf8')).split('\n');
      lines.forEach((line, index) => {
        if (OUTSIDE.some((pattern) => pattern.test(line))) found.push(`${file}:${index + 1}: ${line.trim()}`);
      });
    }
    expect(found).toEqual([]);
  });

  it('every clause of the agreement the code cites (§5a, afspraak 7c) is explained in docs/ARCHITECTURE.md', async () => {
    const architecture = await readFile('docs/ARCHITECTURE.md', 'utf8');
    const listed = new Set([...architecture.matchAll(/^\| §(\d+[a-z]?) \|/gm)].map((match) => match[1]!));
    expect(listed.size).toBeGreaterThan(10);
    const cited = new Map<string, string>();
    for (const file of await repositoryFiles()) {
      if (!file.endsWith('.ts')) continue;
      for (const match of (await readFile(file, 'utf8')).matchAll(CLAUSE)) {
        const [, number, from, to] = match;
        const letters = from && to ? lettersBetween(from, to) : [from ?? ''];
        for (const letter of letters) cited.set(`${number}${letter}`, file);
      }
    }
    const missing = [...cited]
      .filter(([clause]) => !listed.has(clause))
      .map(([c, file]) => `§${c} in ${file}`);
    expect(missing).toEqual([]);
  });

  it('every file the agreement table of docs/ARCHITECTURE.md names exists', async () => {
    const architecture = await readFile('docs/ARCHITECTURE.md', 'utf8');
    const rows = architecture.split('\n').filter((line) => /^\| §/.test(line));
    const paths = rows.flatMap((row) => [...row.matchAll(/`([a-z]+\/[^`]+)`/g)].map((match) => match[1]!));
    expect(paths.length).toBeGreaterThan(10);
    expect(paths.filter((path) => !existsSync(path))).toEqual([]);
  });
});

function lettersBetween(from: string, to: string): string[] {
  const letters: string[] = [];
  for (let code = from.charCodeAt(0); code <= to.charCodeAt(0); code++)
    letters.push(String.fromCharCode(code));
  return letters;
}
