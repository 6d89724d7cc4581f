// @ts-nocheck
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir, writeConfig } from '../support/harness.ts';
import { runShellProcess } from '../support/run-shell-process.ts';

describe('the shell, piped (as `npm start` runs it)', () => {
  it('opens and lists a request, and exits 0 at end of input', async () => {
    const dir = await tempDir();
    const run = await runShellProcess(
      ['@gemeente: /advies nieuw "Bodycams voor handhavers" thema:privacy', '/advies lijst'],
      { STADSPANEL_DATA_DIR: dir, STADSPANEL_NOW: '2026-11-28T10:00' },
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^\[#1\] 📨 Adviesverzoek ADV-2026-001: Bodycams voor handhavers/);
    expect(run.stdout).toMatch(
      /\[#2\] Adviesverzoeken \(open\): 1\n\s+• ADV-2026-001 Bodycams voor handhavers — ontvangen/,
    );
    const db = JSON.parse(await readFile(join(dir, 'db.json'), 'utf8'));
    expect(db.adviceRequests[0].id).toBe('ADV-2026-001');
  });

  it('runs a whole lifecycle across a restart, with a refused incomplete answer', async () => {
    const dir = await tempDir();
    const env = { STADSPANEL_DATA_DIR: dir, STADSPANEL_NOW: '2026-11-28T10:00' };
    const first = await runShellProcess(
      [
        '@gemeente: /advies nieuw "Druktemeter" thema:privacy,ethiek',
        ':als voorzitter',
        '#1> /advies stap in-overweging',
        '#1> /advies stap in-gesprek Gesprek op 3 december',
        '#1> /advies uitbrengen "Meet alleen tellingen, geen beelden"',
      ],
      env,
    );
    expect(first.code).toBe(0);
    expect(first.stdout).toContain(
      '↳#1 Advies voor ADV-2026-001 is uitgebracht. De gemeente reageert uiterlijk 9-1-2027',
    );

    const second = await runShellProcess(
      [
        '@gemeente: #1> /advies reactie deels hoe:"alleen tellingen"',
        '@gemeente: #1> /advies reactie deels hoe:"alleen tellingen" termijn:1-3-2027',
        '#1> /besluit Reactie besproken, we ronden af',
        '/advies afronden ADV-2026-001',
        '/advies toon ADV-2026-1',
        '+✅ #1',
      ],
      { ...env, STADSPANEL_NOW: '2027-01-05T10:00' },
    );
    expect(second.code).toBe(0);
    expect(second.stdout).toContain('Er mist: op welke termijn (termijn:1-4-2027)');
    expect(second.stdout).toContain(
      'De reactie van de gemeente op ADV-2026-001 staat erin: deels opgevolgd, uiterlijk 1 maart 2027. Op tijd.',
    );
    expect(second.stdout).toContain('Besluit BES-2027-001 vastgelegd bij ADV-2026-001');
    expect(second.stdout).toContain('ADV-2026-001 is afgerond.');
    expect(second.stdout).toMatch(/Tijdlijn:[\s\S]*ontvangen — Dewi Jansen[\s\S]*afgerond — Anna de Vries/);
    // On start the scheduler reminds the thread that the answer is due within 7 days, and
    // posts this week's digest, which was missed while the bot was not running.
    // Numbering continues after the last session's messages, so #1 is still the request and no number is reused.
    expect(second.stdout).toMatch(
      /^\[#5\] ↳#1 ⏰ Herinnering: de gemeente reageert uiterlijk 9-1-2027 op het advies bij ADV-2026-001 \(nog 4 dagen\)/,
    );
    expect(second.stdout).toMatch(/\n\[#6\] 📊 Weekoverzicht 5-1-2027/);
    expect(second.stdout).toMatch(/\n\[#7\] ↳#1 ⚠️ De reactie op ADV-2026-001 is nog niet compleet/);
    const db = JSON.parse(await readFile(join(dir, 'db.json'), 'utf8'));
    expect(db.adviceRequests[0].step).toBe('afgerond');
  });

  it('says what is wrong with a shell line, and keeps going', async () => {
    const dir = await tempDir();
    const run = await runShellProcess(
      ['+✅', '#9> /besluit x', ':tijd gisteren', 'advies lijst', '/advies lijst'],
      {
        STADSPANEL_DATA_DIR: dir,
      },
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('· Schrijf een reactie als +✅ #3');
    expect(run.stdout).toContain('· Bericht #9 bestaat niet');
    expect(run.stdout).toContain("· 'gisteren' is geen tijd");
    expect(run.stdout).toContain('· Begin een commando met een schuine streep, bijvoorbeeld /advies lijst');
    expect(run.stdout).toContain('[#1] Adviesverzoeken (open): 0');
  });

  it('speaks English when the config says so', async () => {
    const dir = await tempDir();
    await writeConfig(dir, {
      language: 'en',
      members: [{ id: 'dewi', name: 'Dewi Jansen', roles: ['gemeente'] }],
    });
    const run = await runShellProcess(
      ['/advies nieuw Bodycams', '/advies stap ADV-1 in-gesprek', '/advies lijst'],
      {
        STADSPANEL_DATA_DIR: dir,
        STADSPANEL_NOW: '2026-11-28T10:00',
      },
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('📨 Advice request ADV-2026-001: Bodycams');
    expect(run.stdout).toContain('Only the chair or the secretary may do this. You are municipality.');
    expect(run.stdout).toContain('Advice requests (open): 1');
  });

  it('refuses to start on a damaged db.json and leaves it as it was', async () => {
    const dir = await tempDir();
    const { writeFile } = await import('node:fs/promises');
    await writeFile(join(dir, 'db.json'), '{"schemaVersion":1,');
    const run = await runShellProcess(['/advies lijst'], { STADSPANEL_DATA_DIR: dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`Het gegevensbestand ${join(dir, 'db.json')} is beschadigd`);
    expect(await readFile(join(dir, 'db.json'), 'utf8')).toBe('{"schemaVersion":1,');
  });

  it('refuses to start with a bad STADSPANEL_NOW', async () => {
    const run = await runShellProcess([], { STADSPANEL_DATA_DIR: await tempDir(), STADSPANEL_NOW: 'morgen' });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("STADSPANEL_NOW='morgen' is geen tijd");
  });
});
