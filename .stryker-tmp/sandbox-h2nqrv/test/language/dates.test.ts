// @ts-nocheck
import { afterEach, describe, expect, it } from 'vitest';
import { Harness, tempDir, testConfig } from '../support/harness.ts';
import { runShellProcess } from '../support/run-shell-process.ts';

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

async function adviceWithIssuedAdvice(h: Harness): Promise<void> {
  await h.command('gemeente', '/advies nieuw Druktemeter');
  await h.command('voorzitter', '/advies stap ADV-1 in-overweging');
  await h.command('voorzitter', '/advies stap ADV-1 in-gesprek');
  await h.command('voorzitter', '/advies uitbrengen ADV-1 Alleen tellingen');
}

describe('ordinary Dutch dates everywhere a date is asked', () => {
  it('takes tot:3 maart without quotes at the end of the line, and echoes it written out', async () => {
    harness = await Harness.create();
    const reply = await harness.command('voorzitter', '/besluit Geheime afspraak vertrouwelijk tot:3 maart');
    expect(harness.store.db.decisions[0]).toMatchObject({
      text: 'Geheime afspraak',
      confidentialUntil: '2027-03-03',
    });
    expect(reply).toContain('vertrouwelijk tot en met 3 maart 2027');
  });

  it('takes a quoted date anywhere, and refuses a past one written out', async () => {
    harness = await Harness.create();
    const reply = await harness.command('gemeente', '/advies nieuw Geheim vertrouwelijk tot:"1 juni 2026"');
    expect(reply).toContain('1 juni 2026');
    expect(reply).toContain('al voorbij');
    expect(harness.store.db.adviceRequests).toHaveLength(0);
    await harness.command('gemeente', '/advies nieuw vertrouwelijk tot:"1 juni" Geheim verzoek');
    expect(harness.store.db.adviceRequests[0]).toMatchObject({
      title: 'Geheim verzoek',
      confidentialUntil: '2027-06-01',
    });
  });

  it('takes termijn:1 maart as the next 1 March, and says it back', async () => {
    harness = await Harness.create();
    await adviceWithIssuedAdvice(harness);
    const reply = await harness.command(
      'gemeente',
      '/advies reactie ADV-1 opgevolgd hoe:"via de website" termijn:1 maart',
    );
    expect(reply).toContain('opgevolgd, uiterlijk 1 maart 2027');
    expect(harness.store.db.adviceRequests[0]!.answer).toMatchObject({ deadline: '2027-03-01' });
    const postponed = await harness.command(
      'gemeente',
      '/advies uitstel ADV-1 termijn:1 juni reden:"meer tijd"',
    );
    expect(postponed).toContain('uitgesteld van 1 maart 2027 naar 1 juni 2027');
  });

  it('plans a meeting next week on Tuesday, or on 10 December at 19:30', async () => {
    harness = await Harness.create();
    const first = await harness.command(
      'secretaris',
      '/overleg plan volgende week dinsdag om 19.30 gemeente',
    );
    expect(harness.store.db.meetings[0]).toMatchObject({
      date: '2026-12-01',
      time: '19:30',
      municipal: true,
    });
    expect(first).toContain('1 december 2026 19:30');
    await harness.command('secretaris', '/overleg plan 10 december 19:30 Voorbereiding');
    expect(harness.store.db.meetings[1]).toMatchObject({
      date: '2026-12-10',
      time: '19:30',
      title: 'Voorbereiding',
    });
    await harness.command('secretaris', '/overleg plan over twee weken');
    expect(harness.store.db.meetings[2]).toMatchObject({ date: '2026-12-12' });
    await harness.command('secretaris', '/overleg plan eind maart');
    expect(harness.store.db.meetings[3]).toMatchObject({ date: '2027-03-31' });
  });

  it('refuses what is no date with an example relative to today', async () => {
    harness = await Harness.create({ now: '2026-01-10T09:00:00Z' });
    const reply = await harness.command('secretaris', '/overleg plan 31 februari');
    expect(reply).toContain("De datum '31 februari' bestaat niet");
    expect(reply).toContain('1 april 2026');
    expect(reply).not.toContain('2027');
    expect(await harness.command('secretaris', '/overleg plan maart')).toContain("'maart' is geen datum");
    expect(harness.store.db.meetings).toHaveLength(0);
  });
});

describe('a weekday that does not fit the date', () => {
  it('is refused with the weekday the date has', async () => {
    harness = await Harness.create();
    const reply = await harness.command('secretaris', '/overleg plan vrijdag 13 november');
    expect(reply).toContain("'vrijdag 13 november' klopt niet");
    expect(reply).toContain('zaterdag 13 november 2027');
    expect(harness.store.db.meetings).toHaveLength(0);
  });
});

describe('a time that does not exist', () => {
  it('refuses om 25.00 instead of making it the title', async () => {
    harness = await Harness.create();
    const reply = await harness.command('secretaris', '/overleg plan over twee weken om 25.00');
    expect(reply).toContain("'25.00' is geen tijd");
    expect(reply).toContain('19:30');
    expect(await harness.command('secretaris', '/overleg plan morgen 19:75 Avond')).toContain(
      "'19:75' is geen tijd",
    );
    expect(harness.store.db.meetings).toHaveLength(0);
    await harness.command('secretaris', '/overleg plan morgen om 19.30 Avond');
    expect(harness.store.db.meetings[0]).toMatchObject({ time: '19:30', title: 'Avond' });
    await harness.command('secretaris', '/overleg plan morgen Om de tafel');
    expect(harness.store.db.meetings[1]).toMatchObject({ title: 'Om de tafel' });
  });

  it('never loses a word after the date: a word that changes nothing in the date is the title', async () => {
    harness = await Harness.create();
    const reply = await harness.command('secretaris', '/overleg plan vandaag Avond');
    expect(reply).toContain('OVL-2026-001: Avond');
    expect(harness.store.db.meetings[0]).toMatchObject({ date: '2026-11-28', title: 'Avond' });
    await harness.command('secretaris', '/overleg plan maandag avond 19:30');
    expect(harness.store.db.meetings[1]).toMatchObject({ date: '2026-11-30', time: '19:30' });
    await harness.command('secretaris', '/overleg plan 3 maart 2027 Evaluatie');
    expect(harness.store.db.meetings[2]).toMatchObject({ date: '2027-03-03', title: 'Evaluatie' });
    await harness.command('secretaris', '/overleg plan morgen "3 maart"');
    expect(harness.store.db.meetings[3]).toMatchObject({ date: '2026-11-29', title: '3 maart' });
  });

  it('says so in English too', async () => {
    harness = await Harness.create({ config: testConfig({ language: 'en' }) });
    const reply = await harness.command('secretaris', '/meeting plan tomorrow at 25:00');
    expect(reply).toContain("'25:00' is not a time");
    expect(await harness.command('secretaris', '/meeting plan today Evening')).toContain(
      'OVL-2026-001: Evening',
    );
  });
});

describe('dates in the shell', () => {
  it('plans, protects and answers with ordinary Dutch dates', async () => {
    const run = await runShellProcess(
      [
        ':als secretaris',
        '/overleg plan volgende week dinsdag om 19.30',
        '/besluit Afspraak met de wethouder vertrouwelijk tot:3 maart',
        '/overleg plan 3',
      ],
      { STADSPANEL_DATA_DIR: await tempDir(), STADSPANEL_NOW: '2026-11-28T10:00' },
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('1 december 2026 19:30');
    expect(run.stdout).toContain('vertrouwelijk tot en met 3 maart 2027');
    expect(run.stdout).toContain("'3' is geen datum die ik kan lezen. Schrijf bijvoorbeeld 1 februari 2027");
  });
});
