import { cp, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../src/store/schema.ts';
import { tempDir } from '../support/harness.ts';
import { runShellProcess } from '../support/run-shell-process.ts';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'stores');
/** Every earlier schema version, each with a data folder its own code wrote (make.sh). */
const VERSIONS = Array.from({ length: SCHEMA_VERSION - 1 }, (_, index) => index + 1);

/**
 * A line as a reader compares it: without the message number, and without the percentages
 * and their bars, which are worked out from the amounts when shown (since 171a63d they are
 * rounded down, so 21,9% reads 21% where version 1 said 22%).
 */
function figures(line: string): string {
  return line
    .replace(/^\[#\d+\]\s*/, '')
    .replace(/[█░]+/g, '')
    .replace(/\d+%/g, '%')
    .replace(/\s+/g, ' ')
    .trim();
}

describe('upgrading a store written by an earlier version', () => {
  it.each(VERSIONS)(
    'version %i: today’s bot shows every figure that version showed',
    async (version) => {
      const fixture = join(FIXTURES, `v${version}`);
      const dir = await tempDir();
      await cp(fixture, dir, { recursive: true });
      const commands = (await readFile(join(FIXTURES, 'commands.txt'), 'utf8')).trim().split('\n');
      const run = await runShellProcess(commands, {
        STADSPANEL_DATA_DIR: dir,
        STADSPANEL_NOW: '2026-11-28T10:00',
      });
      expect(run.code, run.stderr).toBe(0);
      const today = new Set(run.stdout.split('\n').map(figures));
      const then = (await readFile(join(fixture, 'answers.txt'), 'utf8'))
        .split('\n')
        .map(figures)
        .filter(Boolean);
      expect(then.length).toBeGreaterThan(50);
      expect(then.filter((line) => !today.has(line))).toEqual([]);
      // The folder is upgraded on disk, once.
      const db = JSON.parse(await readFile(join(dir, 'db.json'), 'utf8'));
      expect(db.schemaVersion).toBe(SCHEMA_VERSION);
      // The meetings' action points of version 2 and earlier became items of their own, every one.
      const old = JSON.parse(await readFile(join(fixture, 'db.json'), 'utf8'));
      const actions = (old.meetings as Array<{ actions?: unknown[] }>).reduce(
        (sum, meeting) => sum + (meeting.actions?.length ?? 0),
        0,
      );
      expect(db.actionPoints).toHaveLength(actions);
    },
    60_000,
  );
});
