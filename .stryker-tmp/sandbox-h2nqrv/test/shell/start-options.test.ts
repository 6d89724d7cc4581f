// @ts-nocheck
import { readdir } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../support/harness.ts';
import { runShellProcess } from '../support/run-shell-process.ts';

describe('npm start -- <option>', () => {
  it('refuses an option it does not know, suggests the nearest and touches nothing', async () => {
    const dir = await tempDir();
    const run = await runShellProcess(['/besluit Iets'], { STADSPANEL_DATA_DIR: dir }, ['--herstl']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("De bot start niet. '--herstl' ken ik niet. Bedoel je --herstel?");
    expect(run.stderr).toContain('--demo');
    expect(run.stdout).not.toContain('Besluit');
    expect(await readdir(dir)).toEqual([]);
  });
});
