// @ts-nocheck
import { describe, expect, it } from 'vitest';
import { tempDir } from '../support/harness.ts';
import { runShellProcess } from '../support/run-shell-process.ts';

describe('meetings, notes and developments in the shell', () => {
  it('runs a quarterly meeting, a co-signed note and a development with its links', async () => {
    const run = await runShellProcess(
      [
        '@gemeente: /ontwikkeling nieuw "Druktemeter" fase:implementatie thema:privacy',
        '@gemeente: /advies nieuw "Druktemeter in de binnenstad" ontwikkeling:ONT-1',
        ':als secretaris',
        '/overleg plan 10-12-2026 19:30 gemeente',
        '#3> /overleg aanwezig voorzitter secretaris gemeente',
        '#3> /overleg notulen Besproken: ADV-1.',
        '#3> /besluit Het panel adviseert voor 1 januari.',
        '#3> /overleg actie voorzitter Advies schrijven',
        '#3> /overleg toon',
        '#3> /overleg aanwezig Emre Yilmaz',
        '#3> /overleg samenvatting publiceer',
        '/notitie nieuw "Gesprek druktemeter" ontwikkeling:ONT-1',
        '#12> /notitie tekst Alleen tellingen, geen beelden.',
        '@voorzitter: +✅ #12',
        '@secretaris: #12> /notitie teken',
        '@gemeente: +✅ #12',
        '/ontwikkeling toon ONT-1',
      ],
      { STADSPANEL_DATA_DIR: await tempDir(), STADSPANEL_NOW: '2026-12-10T21:30' },
    );
    expect(run.code).toBe(0);
    const out = run.stdout;
    expect(out).toContain('[#3] 🗓️ Overleg OVL-2026-001: Kwartaaloverleg met de gemeente');
    expect(out).toContain('Kwartaaleis (6d): ⚠️ niet gehaald: PIT-lid niet aanwezig');
    expect(out).toMatch(
      /→#openbaar 📋 Verslag OVL-2026-001[\s\S]*Emre Yilmaz \(PIT\)[\s\S]*Kwartaaleis \(6d\): ✅ gemeente en PIT waren aanwezig/,
    );
    expect(out).toMatch(
      /Verslag OVL-2026-001[\s\S]*BES-2026-001: Het panel adviseert voor 1 januari\.[\s\S]*Anna de Vries: Advies schrijven[\s\S]*ADV-2026-001 Druktemeter in de binnenstad/,
    );
    expect(out).toContain('Bram Visser tekende GN-2026-001 namens het panel.');
    expect(out).not.toMatch(
      /Bram Visser tekende GN-2026-001 namens het panel\. ✅ GN-2026-001 is onderschreven/,
    );
    expect(out).toContain(
      'Dewi Jansen tekende GN-2026-001 namens de gemeente. ✅ GN-2026-001 is onderschreven door panel en gemeente.',
    );
    expect(out).toMatch(
      /Adviesverzoeken:\n\s+• ADV-2026-001 Druktemeter in de binnenstad\n\s+Gespreksnotities:\n\s+• GN-2026-001 Gesprek druktemeter/,
    );
  });
});

describe('npm run demo', () => {
  it('fills an empty folder with a year made of commands, without a single refusal', async () => {
    const dir = await tempDir();
    const run = await runShellProcess(
      ['/advies lijst alle', '/notitie lijst'],
      { STADSPANEL_DATA_DIR: dir, STADSPANEL_NOW: '2026-11-28T10:00' },
      ['--demo'],
    );
    expect(run.code).toBe(0);
    expect(run.stderr).not.toContain('Demodata: ');
    expect(run.stderr).toContain('Demodata klaargezet');
    expect(run.stdout).toContain('Adviesverzoeken (alle): 6');
    expect(run.stdout).toContain(
      'ADV-2026-005 Cameratoezicht: bewaartermijn en evaluatie — advies uitgebracht, reactie 28 dagen te laat',
    );
    expect(run.stdout).toContain('GN-2026-001 Gesprek over de druktemeter — onderschreven');
    const again = await runShellProcess([], { STADSPANEL_DATA_DIR: dir }, ['--demo']);
    expect(again.stderr).toContain('heeft al gegevens');
  });
});
