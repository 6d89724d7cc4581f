// @ts-nocheck
import { describe, expect, it } from 'vitest';
import { tempDir } from '../support/harness.ts';
import { runShellProcess } from '../support/run-shell-process.ts';

describe('/peiling in the terminal', () => {
  it('votes by reaction and by a number in the thread, in secret from a direct conversation, and closes on its date', async () => {
    const dir = await tempDir();
    const first = await runShellProcess(
      [
        '@panellid: /peiling "Wanneer het volgende overleg?" di 14 jan | do 16 jan | ma 20 jan tot:2 december 2026',
        '@voorzitter: +2️⃣ #1',
        '@gemeente: #1> 3',
        '@gemeente: #1> Dinsdag kan ik niet',
        '@secretaris: #1> 2',
        '/peiling toon PEI-1',
      ],
      { STADSPANEL_DATA_DIR: dir, STADSPANEL_NOW: '2026-12-01T10:00' },
    );
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('[#1] 📊 Peiling PEI-2026-001: Wanneer het volgende overleg?');
    expect(first.stdout).toContain('[#1] +1️⃣');
    expect(first.stdout).toContain('[#1] +3️⃣');
    expect(first.stdout).toContain('Je stem is geteld: 3. ma 20 jan');
    expect(first.stdout).toContain('2️⃣ do 16 jan — 2 stemmen');
    expect(first.stdout).not.toContain('Dinsdag kan ik niet');

    const second = await runShellProcess(
      [
        '/peiling "Wie wordt de nieuwe secretaris?" Bram | Chris geheim',
        '@voorzitter: #6> 1',
        ':dm',
        ':als voorzitter',
        '/peiling stem PEI-2 1',
        ':als gemeente',
        '/peiling stem PEI-2 1',
        ':kanaal panel',
        ':als voorzitter',
        '/peiling sluiten PEI-2',
      ],
      { STADSPANEL_DATA_DIR: dir, STADSPANEL_NOW: '2026-12-03T10:00' },
    );
    expect(second.code).toBe(0);
    // The first poll closed at the start of 3 December, with its result in its thread.
    expect(second.stdout).toMatch(
      /↳#1 📊 Uitslag van PEI-2026-001[^\n]*\n(.*\n)*.*De meeste stemmen: do 16 jan \(2 stemmen\)/,
    );
    expect(second.stdout).toContain('geheime peiling: een reactie of antwoord in de draad ziet iedereen');
    expect(second.stdout).toContain('Je praat nu rechtstreeks met de bot');
    expect(second.stdout).toContain('Je geheime stem bij PEI-2026-002 is geteld.');
    expect(second.stdout).toContain('De meeste stemmen: Bram (2 stemmen).');
  });
});
