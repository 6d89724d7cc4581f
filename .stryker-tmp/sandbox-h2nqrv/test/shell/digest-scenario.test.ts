// @ts-nocheck
import { describe, expect, it } from 'vitest';
import { tempDir } from '../support/harness.ts';
import { runShellProcess } from '../support/run-shell-process.ts';

describe('the weekly digest in the shell', () => {
  it('prints once when the clock reaches Monday 09:00, and not again that week', async () => {
    const run = await runShellProcess(
      [
        '@gemeente: /advies nieuw "Druktemeter"',
        '@panellid: /uitgave 45,20 reis Trein',
        ':tijd 2026-11-30T08:59',
        ':tijd 2026-11-30T09:00',
        ':tijd 2026-11-30T15:00',
        ':tijd 2026-12-04T09:00',
        '/advies lijst',
      ],
      { STADSPANEL_DATA_DIR: await tempDir(), STADSPANEL_NOW: '2026-11-29T20:00' },
    );
    expect(run.code).toBe(0);
    const digests = run.stdout.match(/📊 Weekoverzicht/g) ?? [];
    expect(digests).toHaveLength(1);
    expect(run.stdout).toMatch(
      /· De klok staat nu op 30-11-2026 09:00\.\n\[#3\] 📊 Weekoverzicht 30-11-2026\n\s+1 uitgave wacht op goedkeuring/,
    );
  });
});
