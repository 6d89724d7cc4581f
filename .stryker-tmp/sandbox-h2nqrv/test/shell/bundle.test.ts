// @ts-nocheck
import { execFile } from 'node:child_process';
import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { bundled } from '../../app/bundle.js';
import { schemaFingerprint } from '../../src/store/snapshot-check.ts';
import { tempDir } from '../support/harness.ts';
import { runShellProcess } from '../support/run-shell-process.ts';

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** What `npm start` runs, from package.json. */
async function startCommand(): Promise<string[]> {
  const script: string = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')).scripts.start;
  const [program, ...args] = script.split(/\s+/);
  expect(program).toBe('node');
  return args;
}

describe('npm start runs the bot from one bundled file', () => {
  it('built from the sources when it is missing or stale, and answers as the sources do', async () => {
    const [entry, ...args] = await startCommand();
    const { stdout, stderr } = await runShellProcess(
      ['/besluit Gebundeld'],
      { STADSPANEL_DATA_DIR: await tempDir(), STADSPANEL_NOW: '2026-11-28T10:00' },
      args,
      entry,
    );
    expect(stderr).toBe('');
    expect(stdout).toContain('Besluit BES-2026-001 vastgelegd: Gebundeld');
    const manifest = JSON.parse(await readFile(join(ROOT, 'dist', 'manifest.json'), 'utf8'));
    expect(Object.keys(manifest.files)).toEqual(
      expect.arrayContaining(['app/main.ts', 'src/core/bot.ts', 'src/store/store.ts', 'package-lock.json']),
    );
  });

  it('hands the start the fingerprint of its store schema, computed when it was built, as the sources compute it', async () => {
    const dist = await tempDir();
    const fingerprints: string[] = [];
    const onSchema = (fingerprint: string) => fingerprints.push(fingerprint);
    expect(await bundled({ dist, onSchema })).toBeDefined();
    // The next start finds it in the manifest, without building again.
    expect(await bundled({ dist, onSchema })).toBeDefined();
    expect(fingerprints).toEqual([schemaFingerprint(), schemaFingerprint()]);
    expect(JSON.parse(await readFile(join(dist, 'manifest.json'), 'utf8')).schema).toBe(schemaFingerprint());
  });

  it('is built again when a file it was made from changed, so it never runs old code', async () => {
    const root = await tempDir();
    const dist = join(root, 'dist');
    const say = async (text: string) => {
      await writeFile(join(root, 'words.ts'), `export const word: string = '${text}';\n`);
      await writeFile(join(root, 'entry.ts'), "import { word } from './words.ts';\nconsole.log(word);\n");
    };
    const output = async (url: string | undefined) =>
      (await run(process.execPath, ['--input-type=module', '-e', `await import(${JSON.stringify(url)})`]))
        .stdout;
    const options = { root, dist, entry: 'entry.ts' };

    await say('een');
    const first = await bundled(options);
    expect(await output(first)).toBe('een\n');

    // Unchanged: the same bundle, not built again.
    const built = (await stat(join(dist, 'manifest.json'))).mtimeMs;
    expect(await bundled(options)).toBe(first);
    expect((await stat(join(dist, 'manifest.json'))).mtimeMs).toBe(built);

    // A source changed (even to the same length): built again before it is used.
    await writeFile(join(root, 'words.ts'), "export const word: string = 'twe';\n");
    const second = await bundled(options);
    expect(second).not.toBe(first);
    expect(await output(second)).toBe('twe\n');
  });

  it('is built again when an output is empty or changed, and then runs the bot', async () => {
    const dist = await tempDir();
    const builds: unknown[] = [];
    const onBuild = (error?: unknown) => builds.push(error);
    const first = await bundled({ dist, onBuild });
    expect(first).toBeDefined();
    const manifest = JSON.parse(await readFile(join(dist, 'manifest.json'), 'utf8'));
    // Each output with its size and hash.
    for (const [name, [size, hash]] of Object.entries(manifest.outputs as Record<string, [number, string]>)) {
      expect((await stat(join(dist, name))).size).toBe(size);
      expect(hash).toMatch(/^[0-9a-f]{64}$/);
    }
    const chunks = Object.keys(manifest.outputs).filter((name) => name.startsWith('chunk-'));
    const entry = fileURLToPath(first!);
    // A crash left the entry empty (written, never synced): found, and built again.
    await writeFile(entry, '');
    const second = await bundled({ dist, onBuild });
    expect(builds).toHaveLength(2);
    expect((await stat(fileURLToPath(second!))).size).toBeGreaterThan(0);
    // A chunk changed in place, same size: found by its hash.
    const chunk = join(dist, chunks[0]!);
    const text = await readFile(chunk, 'utf8');
    await writeFile(chunk, text.replace(/.$/s, text.endsWith(';') ? ' ' : ';'));
    await bundled({ dist, onBuild });
    expect(builds).toHaveLength(3);
    expect(await readFile(chunk, 'utf8')).toBe(text);
    const started = await runShellProcess(['/help'], { STADSPANEL_DATA_DIR: await tempDir() }, [], entry);
    expect(started.stdout).toContain('Wat ik kan');
  });

  it('falls back to nothing (the caller runs the sources) when it cannot be built', async () => {
    const root = await tempDir();
    await writeFile(join(root, 'entry.ts'), "import './missing.ts';\n");
    const errors: unknown[] = [];
    expect(
      await bundled({ root, entry: 'entry.ts', onBuild: (error) => errors.push(error) }),
    ).toBeUndefined();
    expect(errors).toHaveLength(1);
  });
});
