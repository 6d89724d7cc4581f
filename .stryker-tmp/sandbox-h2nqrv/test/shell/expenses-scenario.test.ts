// @ts-nocheck
import { describe, expect, it } from 'vitest';
import { tempDir } from '../support/harness.ts';
import { runShellProcess } from '../support/run-shell-process.ts';

/** Everything the bot printed as message N (its first line and the indented lines after it). */
function messageText(stdout: string, number: number): string[] {
  const blocks = stdout.split(/\n(?=\[#\d+\]|· )/);
  return blocks.filter((block) => block.startsWith(`[#${number}] `));
}

describe('a year of expenses in the shell, to the cap', () => {
  it('matches a hand-computed budget table', async () => {
    const run = await runShellProcess(
      [
        ':tijd 2026-01-15T10:00',
        '@panellid: /uitgave 350,00 bestanden Nextcloud jaarabonnement',
        '@programmamanager: +✅ #1',
        '@panellid: #1> /uitgave bewijs factuur-nextcloud.pdf',
        '@programmamanager: #1> /uitgave betaald',
        ':tijd 2026-02-03T10:00',
        '@panellid: /uitgave 45,20 reis Trein naar Utrecht',
        '@panellid: +✅ #5',
        '@secretaris: +✅ #5',
        '@programmamanager: +✅ #5',
        '@panellid: #5> /uitgave bewijs ov-kaart.pdf',
        '@programmamanager: #5> /uitgave betaald',
        ':tijd 2026-03-10T10:00',
        '@secretaris: /uitgave 1.200,00 expertise Jurist voor DPIA-toets',
        '@programmamanager: +✅ #11',
        ':tijd 2026-04-02T10:00',
        '@panellid: /uitgave 2000 onderzoek Enquête onder inwoners',
        ':tijd 2026-05-20T10:00',
        '@panellid: /uitgave 400 reis Congres Amsterdam',
        '@programmamanager: +❌ #14',
        ':tijd 2026-06-11T10:00',
        '@panellid: /uitgave 454,80 reis Boeken over digitale ethiek',
        '@programmamanager: +:white_check_mark: #16',
        ':tijd 2026-07-01T10:00',
        '@panellid: /uitgave 0,01 reis Nog een kaartje',
        '@panellid: /uitgave 300 hosting Webhosting stadspaneldata.nl',
        '/budget',
        ':tijd 2027-01-02T10:00',
        '/budget 2026',
        '/budget',
      ],
      // Started after the year it replays, so no weekly digest falls in between.
      { STADSPANEL_DATA_DIR: await tempDir(), STADSPANEL_NOW: '2027-06-01T10:00' },
    );
    expect(run.code).toBe(0);
    const out = run.stdout;
    expect(messageText(out, 4)[0]).toContain('UIT-2026-001 is vergoed: € 350,00');
    expect(messageText(out, 6)[0]).toContain('Alleen de programmamanager');
    expect(messageText(out, 7)[0]).toContain('Alleen de programmamanager');
    expect(messageText(out, 8)[0]).toContain('UIT-2026-002 is goedgekeurd door Fleur Smit');
    expect(messageText(out, 15)[0]).toContain('UIT-2026-005 is afgewezen');
    expect(messageText(out, 17)[0]).toContain('UIT-2026-006 is goedgekeurd');
    expect(messageText(out, 18)[0]).toContain(
      'Dit past niet binnen het plafond voor reis- en onderzoekskosten in 2026: er is nog € 0,00 over (plafond € 2.500,00)',
    );

    const expected = [
      'Budget 2026',
      'bestanden (delen en archiveren)  ██░░░░░░░░ 21%',
      'vergoed € 350,00 · goedgekeurd € 0,00 · aangevraagd € 0,00',
      'over € 1.250,00 van € 1.600,00',
      'reis- en onderzoekskosten  ██████████ 100%',
      'vergoed € 45,20 · goedgekeurd € 454,80 · aangevraagd € 2.000,00',
      'over € 0,00 van € 2.500,00',
      'ingehuurde expertise  ████░░░░░░ 40%',
      'vergoed € 0,00 · goedgekeurd € 1.200,00 · aangevraagd € 0,00',
      'over € 1.800,00 van € 3.000,00',
      'website en hosting',
      'vergoed € 0,00 · goedgekeurd € 0,00 · aangevraagd € 300,00',
      'totaal panelbudget  █████░░░░░ 54%',
      'vergoed € 395,20 · goedgekeurd € 1.654,80 · aangevraagd € 2.300,00',
      'over € 3.650,00 van € 8.000,00',
      '⛔ reis- en onderzoekskosten: het plafond is bereikt.',
    ];
    for (const number of [20, 21]) {
      const [budget] = messageText(out, number);
      let position = 0;
      for (const line of expected) {
        const found = budget!.indexOf(line, position);
        expect(found, `message ${number}: ${line}`).toBeGreaterThanOrEqual(position);
        position = found + line.length;
      }
    }
    const [nextYear] = messageText(out, 22);
    expect(nextYear).toContain('Budget 2027');
    expect(nextYear).toContain('over € 8.000,00 van € 8.000,00');
  });
});
