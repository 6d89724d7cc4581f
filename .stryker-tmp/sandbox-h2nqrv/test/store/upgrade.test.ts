// @ts-nocheck
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

/** The answers, one block per command (each starts with the shell's `[#n]`). */
function blocks(output: string): string[][] {
  const found: string[][] = [];
  for (const line of output.split('\n')) {
    if (/^\[#\d+\]/.test(line)) found.push([]);
    if (line.trim()) found.at(-1)?.push(line);
  }
  return found;
}

/** The data in a text: item ids, amounts and dates. */
function data(lines: readonly string[]): string[] {
  return lines.flatMap(
    (line) => line.match(/[A-Z]{2,3}-\d{4}-\d{3}|€ [\d.]+,\d\d|\b\d{1,2}-\d{1,2}-\d{4}\b/g) ?? [],
  );
}

/**
 * The yearly report is a reading of the data whose wording and counting rules change on
 * purpose (issue 29): there every id, amount and date must still be shown. Every other
 * answer shows each line as the earlier version did.
 */
const REPORT = '/jaarverslag 2026';

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
      const now = blocks(run.stdout);
      const then = blocks(await readFile(join(fixture, 'answers.txt'), 'utf8'));
      expect(then).toHaveLength(commands.length);
      expect(now).toHaveLength(commands.length);
      commands.forEach((command, index) => {
        if (command === REPORT) {
          const shown = new Set(data(now[index]!));
          expect(data(then[index]!).length, command).toBeGreaterThan(5);
          expect(
            data(then[index]!).filter((figure) => !shown.has(figure)),
            command,
          ).toEqual([]);
          return;
        }
        const shown = new Set(now[index]!.map(figures));
        expect(
          then[index]!.map(figures).filter((line) => !shown.has(line)),
          command,
        ).toEqual([]);
      });
      // The folder is upgraded on disk, once.
      const db = JSON.parse(await readFile(join(dir, 'db.json'), 'utf8'));
      expect(db.schemaVersion).toBe(SCHEMA_VERSION);
      // The meetings' action points of version 2 and earlier became items of their own, every one.
      const old = JSON.parse(await readFile(join(fixture, 'db.json'), 'utf8'));
      const actions = (old.meetings as Array<{ actions?: unknown[] }>).reduce(
        (sum, meeting) => sum + (meeting.actions?.length ?? 0),
        (old.actionPoints as unknown[] | undefined)?.length ?? 0,
      );
      expect(db.actionPoints).toHaveLength(actions);
    },
    60_000,
  );
});
