// @ts-nocheck
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_MEMBERS } from '../../src/setup/config.ts';
import { renderSite } from '../../src/site/render.ts';
import { Harness, tempDir, testConfig } from '../support/harness.ts';

let harness: Harness;
let site: string;
const read = (path: string) => readFile(join(site, path), 'utf8');
const exists = (path: string) =>
  stat(join(site, path)).then(
    () => true,
    () => false,
  );

async function withRequest(title: string, flags = ''): Promise<string> {
  await harness.command('gemeente', `/advies nieuw "${title}" thema:privacy${flags}`);
  return harness.store.db.adviceRequests.at(-1)!.id;
}

/** A request with advice, answered by the municipality with how and by when. */
async function answered(how: string, deadline: string): Promise<string> {
  const id = await withRequest('Cameratoezicht');
  for (const step of ['in-overweging', 'in-gesprek'])
    await harness.command('voorzitter', `/advies stap ${id} ${step}`);
  await harness.command('voorzitter', `/advies uitbrengen ${id} "Bewaar beelden hooguit 14 dagen"`);
  await harness.command('gemeente', `/advies reactie ${id} opgevolgd hoe:"${how}" termijn:${deadline}`);
  return id;
}

beforeEach(async () => {
  site = await tempDir();
  harness = await Harness.create({ config: testConfig({ site: { dir: site } }) });
});
afterEach(async () => harness.close());

describe('/website builds the public site', () => {
  it('says where it was written and what changed since the last build', async () => {
    const first = await withRequest('Slimme lantaarnpalen');
    const reply = await harness.command('secretaris', '/website');
    expect(reply).toContain(site);
    expect(reply).toContain('voor het eerst');
    expect(await read(`adviezen/${first}.html`)).toContain('Slimme lantaarnpalen');
    expect(await harness.command('voorzitter', '/website')).toContain('niets veranderd');
    const second = await withRequest('Parkeersensoren');
    const again = await harness.command('secretaris', '/website');
    expect(again).toMatch(/Sinds de vorige keer: \d+ nieuw, \d+ gewijzigd, 0 weggehaald/);
    expect(again).toContain(`Nieuw: adviezen/${second}.html`);
  });

  it('is refused to a member who is not chair or secretary, and in a public channel, and writes nothing', async () => {
    await withRequest('Slimme lantaarnpalen');
    expect(await harness.command('panellid', '/website')).toMatch(/voorzitter|secretaris/);
    expect(await harness.command('voorzitter', '/website', { channel: 'openbaar' })).toContain(
      'openbaar kanaal',
    );
    expect(await exists('index.html')).toBe(false);
  });

  it('removes the page of an item that became confidential', async () => {
    const id = await withRequest('Wifi-tellingen');
    await harness.command('secretaris', '/website');
    expect(await exists(`adviezen/${id}.html`)).toBe(true);
    await harness.store.transact(
      (db) => {
        db.adviceRequests[0]!.confidentiality = 'vertrouwelijk';
      },
      () => [],
    );
    const reply = await harness.command('secretaris', '/website');
    expect(reply).toMatch(/\d weggehaald/);
    expect(reply).toMatch(new RegExp(`Weggehaald: .*adviezen/${id}.html`));
    expect(await exists(`adviezen/${id}.html`)).toBe(false);
    expect(await read('adviezen/index.html')).not.toContain('Wifi-tellingen');
    expect(await read('adviezen/index.html')).toContain(
      '1 vertrouwelijk verzoek staat niet op deze website.',
    );
  });
});

describe('the public site', () => {
  it('is the same bytes for the same store, and has no JavaScript', async () => {
    const id = await withRequest('Slimme lantaarnpalen');
    await harness.command('voorzitter', `/advies stap ${id} in-overweging`);
    const config = testConfig({ site: { dir: site } });
    const once = renderSite(harness.store.db, config, '2026-11-28');
    const twice = renderSite(JSON.parse(JSON.stringify(harness.store.db)), config, '2026-11-28');
    expect([...twice]).toEqual([...once]);
    for (const [path, content] of once) if (path.endsWith('.html')) expect(content).not.toMatch(/<script/i);
  });

  it('escapes what members typed', async () => {
    const id = await withRequest('<script>alert(1)</script> & meer');
    const files = renderSite(harness.store.db, testConfig(), '2026-11-28');
    const page = files.get(`adviezen/${id}.html`)!;
    expect(page).not.toContain('<script>');
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; meer');
    expect(files.get('feed.xml')).not.toContain('<script>');
  });

  it('names only members with "openbaar": true, by name and role', () => {
    const members = DEMO_MEMBERS.map((member) =>
      member.id === 'voorzitter' ? { ...member, openbaar: true, slack: 'U012AB3CD' } : member,
    );
    const home = renderSite(harness.store.db, testConfig({ members }), '2026-11-28').get('index.html')!;
    expect(home).toContain('Anna de Vries');
    expect(home).toContain('voorzitter');
    expect(home).not.toContain('U012AB3CD');
    for (const other of DEMO_MEMBERS.filter((member) => member.id !== 'voorzitter'))
      expect(home).not.toContain(other.name);
  });

  it('shows the advice, the answer and the timeline of a public request', async () => {
    const id = await answered('in het nieuwe beleid', '1-3-2027');
    const page = renderSite(harness.store.db, testConfig(), '2026-11-28').get(`adviezen/${id}.html`)!;
    for (const text of [
      'Bewaar beelden hooguit 14 dagen',
      'in het nieuwe beleid',
      '1 maart 2027',
      'opgevolgd',
      'in gesprek',
    ])
      expect(page).toContain(text);
  });

  it('shows what became of the promise: postponed with its reason, then done late', async () => {
    const id = await answered('in het beleid', '1-12-2026');
    const open = renderSite(harness.store.db, testConfig(), '2026-11-28').get(`adviezen/${id}.html`)!;
    expect(open).toContain('Wat er van de belofte kwam');
    expect(open).toContain('1 december 2026');
    await harness.command(
      'gemeente',
      `/advies uitstel ${id} termijn:15-12-2026 reden:"De leverancier is later"`,
    );
    harness.clock.set(new Date('2026-12-20T10:00:00Z'));
    await harness.command('gemeente', `/advies uitgevoerd ${id} Het beleid is aangepast`);
    const page = renderSite(harness.store.db, testConfig(), '2026-12-20').get(`adviezen/${id}.html`)!;
    for (const text of [
      '15 december 2026',
      'De leverancier is later',
      '20 december 2026',
      '5 dagen te laat',
      'Het beleid is aangepast',
    ])
      expect(page).toContain(text);
  });

  it('withholds a minute line that names a confidential item, and counts it', async () => {
    const secret = await withRequest('Geheime proef', ' vertrouwelijk');
    await harness.command('secretaris', '/overleg plan 15-11-2026 gemeente Kwartaaloverleg');
    const meeting = harness.store.db.meetings.at(-1)!.id;
    await harness.command('secretaris', `/overleg notulen ${meeting} Over ${secret}: eerst de DPIA zien.`);
    await harness.command('secretaris', `/overleg notulen ${meeting} Begroting besproken.`);
    await harness.command('secretaris', `/overleg samenvatting ${meeting} publiceer`);
    const files = renderSite(harness.store.db, testConfig(), '2026-11-28');
    const page = files.get(`overleggen/${meeting}.html`)!;
    expect(page).toContain('Begroting besproken.');
    expect(page).not.toContain('DPIA');
    expect(page).not.toContain(secret);
    expect(page).toContain(
      '2 onderdelen staan niet op de website: die gaan over een vertrouwelijk onderwerp.',
    );
    expect([...files.keys()].join()).not.toContain(secret);
  });

  it('leaves out a struck minute line, and says which action points are done', async () => {
    await harness.command('secretaris', '/overleg plan 15-11-2026 gemeente Kwartaaloverleg');
    const meeting = harness.store.db.meetings.at(-1)!.id;
    await harness.command('secretaris', `/overleg notulen ${meeting} Verkeerd getypte regel`);
    await harness.command('secretaris', `/overleg notulen ${meeting} Begroting besproken.`);
    await harness.command('secretaris', `/overleg notulen ${meeting} schrap 1`);
    await harness.command('secretaris', `/overleg actie ${meeting} panellid Offerte opvragen`);
    const action = harness.store.db.actionPoints.at(-1)!.id;
    await harness.command('panellid', `/actie klaar ${action}`);
    await harness.command('secretaris', `/overleg samenvatting ${meeting} publiceer`);
    const page = renderSite(harness.store.db, testConfig(), '2026-11-28').get(`overleggen/${meeting}.html`)!;
    expect(page).toContain('Begroting besproken.');
    expect(page).not.toContain('Verkeerd getypte regel');
    expect(page).toContain('Offerte opvragen (klaar)');
    expect(page).not.toContain('Chris Bakker');
  });

  it('shows the budget per year as a chart with labels and a table, never an expense description', async () => {
    await harness.command('panellid', '/uitgave 120,50 reis Treinkaartje Anna naar Utrecht');
    const page = renderSite(harness.store.db, testConfig(), '2026-11-28').get('budget/2026.html')!;
    expect(page).toMatch(/<svg role="img" aria-labelledby="grafiek-titel grafiek-uitleg"/);
    expect(page).toContain('reis- en onderzoekskosten');
    expect(page).toContain('€ 120,50 van € 2.500,00');
    expect(page).toContain('<th scope="col"');
    expect(page).not.toContain('Treinkaartje');
  });

  it('marks a withdrawn decision as withdrawn, and keeps it off the request it was about', async () => {
    const id = await withRequest('Cameratoezicht');
    await harness.command('voorzitter', `/besluit ${id} We vragen eerst een DPIA`);
    const decision = harness.store.db.decisions.at(-1)!.id;
    await harness.command('voorzitter', `/besluit intrekken ${decision} reden:"De DPIA is er al"`);
    const files = renderSite(harness.store.db, testConfig(), '2026-11-28');
    expect(files.get(`adviezen/${id}.html`)).not.toContain('We vragen eerst een DPIA');
    const list = files.get('besluiten/index.html')!;
    expect(list).toMatch(/We vragen eerst een DPIA[\s\S]*ingetrokken op 28 november 2026: De DPIA is er al/);
  });

  it('counts in the yearly report only the quarters that had their meeting with the PIT', async () => {
    const report = renderSite(harness.store.db, testConfig(), '2026-11-28').get('jaarverslagen/2026.html')!;
    expect(report).toMatch(
      /Kwartalen met overleg met gemeente en privacyteam<\/th><td class="num">0 van 4 \(Q1 – niet bijgehouden \(van vóór de bot\), /,
    );
    expect(report).toMatch(/Toezeggingen op tijd nagekomen<\/th><td class="num">—</);
  });

  it('speaks English when the config says so', async () => {
    await withRequest('Smart lamp posts');
    const files = renderSite(harness.store.db, testConfig({ language: 'en' }), '2026-11-28');
    expect(files.get('index.html')).toContain('<html lang="en">');
    expect(files.get('adviezen/index.html')).toContain('All advice');
    expect(files.get('feed.xml')).toContain('xml:lang="en"');
  });
});
