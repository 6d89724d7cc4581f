import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Logger } from '../../src/ops/log.ts';
import { type AuditEntry, AuditLog } from '../../src/store/audit.ts';
import type { JournalContents } from '../../src/store/journal.ts';
import { linesToReplay, lostRanges, reportLost } from '../../src/store/journal-check.ts';
import { tempDir } from '../support/harness.ts';

const line = (number: number, seq?: number) => ({
  number,
  entry: { ...(seq === undefined ? {} : { seq }), items: [] },
});
const contents = (lines: JournalContents['lines'], damaged: number[]): JournalContents => ({
  lines,
  damaged: damaged.map((number) => ({ number, problem: 'de controlesom klopt niet' })),
  size: 0,
});

describe('the changes a recovery gives up', () => {
  it('lie between the good lines around each damaged one (or the snapshot, or the end)', () => {
    const found = lostRanges(contents([line(2, 5), line(4, 8), line(5, 9)], [1, 3, 6]), 3);
    expect(found).toEqual([
      { line: 1, after: 3, before: 5 },
      { line: 3, after: 5, before: 8 },
      { line: 6, after: 9, before: Number.POSITIVE_INFINITY },
    ]);
  });

  it('are replayed only when newer than the snapshot; lines without a number always', () => {
    const replayed = linesToReplay(contents([line(1, 2), line(2, 3), line(3), line(4, 4)], []), 3);
    expect(replayed.map((entry) => entry.seq)).toEqual([undefined, 4]);
  });
});

function capture(): Logger & { lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    info: (text) => lines.push(text),
    warn: (text) => lines.push(text),
    error: (text) => lines.push(text),
  };
}

const audited = (seq: number, action: string, detail?: string): AuditEntry => ({
  at: '2026-11-28T09:00:00.000Z',
  actor: 'voorzitter',
  action,
  target: `BES-2026-00${seq}`,
  ...(detail ? { detail } : {}),
  seq,
});

async function auditWith(entries: AuditEntry[], extra = ''): Promise<AuditLog> {
  const path = join(await tempDir(), 'audit.jsonl');
  await writeFile(path, `${entries.map((entry) => JSON.stringify(entry)).join('\n')}\n${extra}`);
  return new AuditLog(path);
}

describe('the report of a recovery', () => {
  it('names each lost change by its audit entry, and only those', async () => {
    const audit = await auditWith([
      audited(5, 'a'),
      audited(6, 'b', 'tekst'),
      audited(7, 'c'),
      audited(9, 'd'),
    ]);
    const logger = capture();
    const lost = await reportLost([{ line: 2, after: 5, before: 7 }], audit, logger);
    expect(lost.map((entry) => entry.seq)).toEqual([6]);
    expect(logger.lines).toEqual([
      'Recovery: the bot carries on with db.json and the good lines of the journal; line 2 is not restored.',
      'Recovery: this change is lost:',
      '  - 2026-11-28T09:00:00.000Z · voorzitter · b · BES-2026-006 · tekst',
    ]);
  });

  it('counts lines and changes in the plural, and names an unreadable audit line by file and number', async () => {
    const audit = await auditWith([audited(6, 'b'), audited(8, 'c')], '{"at":"2026","seq":8,"act\n');
    const logger = capture();
    const lost = await reportLost(
      [
        { line: 2, after: 5, before: 7 },
        { line: 4, after: 7, before: Number.POSITIVE_INFINITY },
      ],
      audit,
      logger,
    );
    expect(lost.map((entry) => entry.seq)).toEqual([6, 8]);
    expect(logger.lines[0]).toMatch(/^Recovery: .*audit\.jsonl line 3 is damaged and cannot be read/);
    expect(logger.lines[1]).toBe(
      'Recovery: the bot carries on with db.json and the good lines of the journal; line 2, line 4 are not restored.',
    );
    expect(logger.lines[2]).toBe('Recovery: these changes are lost:');
  });

  it('says so when the audit trail names none of them', async () => {
    const logger = capture();
    expect(
      await reportLost([{ line: 1, after: 0, before: 1 }], await auditWith([audited(3, 'a')]), logger),
    ).toEqual([]);
    expect(logger.lines[1]).toBe(
      'Recovery: the audit trail names no change of those lines. Check the last changes from before the failure.',
    );
  });
});
