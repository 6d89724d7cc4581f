// @ts-nocheck
import { execFile, execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../support/harness.ts';

const run = promisify(execFile);

/** A Node older than the bot needs, as a distribution installs it (/usr/bin/node), if there is one. */
function olderNode(): string | undefined {
  for (const path of ['/usr/bin/node', '/usr/local/bin/node', '/bin/node']) {
    if (!existsSync(path)) continue;
    const version = execFileSync(path, ['-p', 'process.versions.node']).toString().trim();
    if (Number(version.split('.')[0]) < 22) return path;
  }
  return undefined;
}

const node = olderNode();

describe('started with a Node that is too old', () => {
  it.skipIf(node === undefined)(
    'says in one sentence which Node to run and how, and exits non-zero (skipped: no Node older than 22 on this machine)',
    async () => {
      const failed = await run(node!, ['app/launch.js'], {
        env: { PATH: '/usr/bin:/bin', STADSPANEL_DATA_DIR: await tempDir() },
      }).then(
        () => undefined,
        (error: { code: number; stdout: string; stderr: string }) => error,
      );
      expect(failed, 'the bot started').toBeDefined();
      expect(failed!.code).toBe(1);
      const said = failed!.stdout + failed!.stderr;
      expect(said).not.toMatch(/SyntaxError|\n\s+at /);
      expect(said).toContain('Node 22.18');
      expect(said).toContain('npm start');
      expect(said).toMatch(/node_modules\/\.bin\/node \S*app\/launch\.js/);
      expect(said).toMatch(/needs Node/);
      expect(said.trim().split('\n')).toHaveLength(2);
    },
  );
});
