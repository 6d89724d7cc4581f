// @ts-nocheck
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { withoutShowing } from '../../src/kit/take-back.ts';
import {
  divider,
  fields,
  heading,
  list,
  message,
  paragraph,
  renderText,
} from '../../src/port/rich-message.ts';
import { renderSite } from '../../src/site/render.ts';
import { Harness, testConfig } from '../support/harness.ts';

/** Confidential after the fact: the flag wherever text is entered, and marking what exists. */
let harness: Harness;
beforeEach(async () => {
  harness = await Harness.create({
    config: testConfig({
      channels: {
        panel: {},
        openbaar: { public: true },
        werkgroep: { members: ['voorzitter', 'gemeente', 'Sam (gast)'] },
      },
    }),
  });
  await harness.command('secretaris', '/overleg plan 20-11-2026 Panelavond');
  harness.adapter.clear();
});
afterEach(async () => {
  await harness.close();
});

const inChannel = (channel: string) =>
  harness.adapter.sent
    .filter((sent) => sent.ref.channel === channel)
    .map((sent) => sent.text)
    .join('\n');
const site = () => [...renderSite(harness.store.db, testConfig(), '2026-11-28')].join('\n');
const audit = async () => {
  await harness.store.idle();
  return readFile(join(harness.dir, 'audit.jsonl'), 'utf8');
};

describe('vertrouwelijk as a flag where text is entered', () => {
  it('before the text of a minute line, or after it quoted: the line is confidential, the word is not part of it', async () => {
    await harness.command('secretaris', '/overleg notulen OVL-1 vertrouwelijk Gesprek over de fraudescore');
    await harness.command('secretaris', '/overleg notulen OVL-1 "Gesprek over de wachtlijst" vertrouwelijk');
    await harness.command('secretaris', '/overleg notulen OVL-1 Het is vertrouwelijk verlopen');
    await harness.command('secretaris', '/overleg notulen OVL-1 confidential English flag line');
    const minutes = harness.store.db.meetings[0]!.minutes;
    expect(minutes.map((entry) => entry.text)).toEqual([
      'Gesprek over de fraudescore',
      'Gesprek over de wachtlijst',
      'Het is vertrouwelijk verlopen',
      'English flag line',
    ]);
    expect(minutes.map((entry) => entry.confidentiality ?? 'openbaar')).toEqual([
      'vertrouwelijk',
      'vertrouwelijk',
      'openbaar',
      'vertrouwelijk',
    ]);
    await harness.command('secretaris', '/overleg samenvatting OVL-1 publiceer');
    await harness.command('panellid', '/overleg toon OVL-1', { channel: 'openbaar' });
    const said = inChannel('openbaar');
    expect(said).toContain('Het is vertrouwelijk verlopen');
    expect(said).not.toMatch(/fraudescore|wachtlijst|English flag/);
    expect(said).toContain('3 notulenregels niet getoond');
    expect(site()).toContain('Het is vertrouwelijk verlopen');
    expect(site()).not.toMatch(/fraudescore|wachtlijst|English flag/);
    const inPanel = await harness.command('panellid', '/overleg toon OVL-1');
    expect(inPanel).toContain('Gesprek over de fraudescore 🔒');
  });

  it('on an action point: before its text (after the owner) or before the owner', async () => {
    await harness.command('secretaris', '/overleg actie OVL-1 anna vertrouwelijk Fraudescore navragen');
    await harness.command('secretaris', '/overleg actie OVL-1 vertrouwelijk anna Wachtlijst bellen');
    await harness.command('secretaris', '/overleg actie OVL-1 anna Agenda rondsturen');
    const points = harness.store.db.actionPoints;
    expect(points.map((point) => [point.text, point.confidentiality])).toEqual([
      ['Fraudescore navragen', 'vertrouwelijk'],
      ['Wachtlijst bellen', 'vertrouwelijk'],
      ['Agenda rondsturen', 'openbaar'],
    ]);
    await harness.command('secretaris', '/overleg samenvatting OVL-1 publiceer');
    for (const line of ['/overleg toon OVL-1', '/acties alle', '/digest']) {
      await harness.command('panellid', line, { channel: 'openbaar' });
    }
    const said = inChannel('openbaar');
    expect(said).toContain('Agenda rondsturen');
    expect(said).not.toMatch(/Fraudescore|Wachtlijst/);
    expect(site()).toContain('Agenda rondsturen');
    expect(site()).not.toMatch(/Fraudescore|Wachtlijst/);
  });

  it('on a changed decision, after its quoted text', async () => {
    await harness.command('voorzitter', '/besluit Het panel adviseert eerst een DPIA');
    await harness.command('panellid', '/besluit lijst', { channel: 'openbaar' });
    await harness.command('voorzitter', '/besluit wijzig BES-1 "Het panel adviseert" vertrouwelijk');
    const decision = harness.store.db.decisions[0]!;
    expect(decision.text).toBe('Het panel adviseert');
    expect(decision.confidentiality).toBe('vertrouwelijk');
    harness.adapter.clear();
    await harness.command('panellid', '/besluit lijst', { channel: 'openbaar' });
    expect(inChannel('openbaar')).not.toContain('Het panel adviseert');
  });
});

describe('marking something that exists confidential, and back', () => {
  it('a decision: the public messages that showed it are edited, the site drops it, the audit says who and why', async () => {
    await harness.command('voorzitter', '/besluit OVL-1 Camera bij het station plaatsen');
    await harness.command('secretaris', '/overleg samenvatting OVL-1 publiceer');
    expect(inChannel('openbaar')).toContain('Camera bij het station');
    expect(site()).toContain('Camera bij het station');
    const answer = await harness.command(
      'secretaris',
      '/besluit openbaarheid BES-1 vertrouwelijk reden:"Lopend politieonderzoek"',
    );
    expect(answer).toContain('vertrouwelijk');
    expect(harness.store.db.decisions[0]!.confidentiality).toBe('vertrouwelijk');
    const updates = harness.adapter.sent.filter(
      (sent) => sent.kind === 'update' && sent.ref.channel === 'openbaar',
    );
    expect(updates.length).toBeGreaterThan(0);
    expect(updates.at(-1)!.text).not.toContain('Camera bij het station');
    expect(site()).not.toContain('Camera bij het station');
    const entry = (await audit())
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line))
      .find((line) => line.action === 'besluit.openbaarheid');
    expect(entry).toMatchObject({
      actor: 'secretaris',
      target: 'BES-2026-001',
      detail: 'Lopend politieonderzoek',
    });
    await harness.command('secretaris', '/besluit openbaarheid BES-1 openbaar reden:"Onderzoek afgerond"');
    expect(harness.store.db.decisions[0]!.confidentiality).toBe('openbaar');
    expect(site()).toContain('Camera bij het station');
  });

  it('a minute line by its number: the published report is edited and no longer shows it', async () => {
    await harness.command('secretaris', '/overleg notulen OVL-1 Fraudescore: panel wil inzage in het model');
    await harness.command('secretaris', '/overleg notulen OVL-1 De druktemeter is besproken');
    await harness.command('secretaris', '/overleg samenvatting OVL-1 publiceer');
    expect(inChannel('openbaar')).toContain('Fraudescore');
    harness.adapter.clear();
    await harness.command(
      'voorzitter',
      '/overleg openbaarheid OVL-1 1 vertrouwelijk reden:"Nog niet besproken met de gemeente"',
    );
    expect(harness.store.db.meetings[0]!.minutes[0]!.confidentiality).toBe('vertrouwelijk');
    const said = inChannel('openbaar');
    expect(said).toContain('De druktemeter is besproken');
    expect(said).not.toContain('Fraudescore');
    expect(
      harness.adapter.sent.some((sent) => sent.kind === 'update' && sent.ref.channel === 'openbaar'),
    ).toBe(true);
    expect(site()).not.toContain('Fraudescore');
    // Publishing again says nothing about the line either.
    await harness.command('secretaris', '/overleg samenvatting OVL-1 publiceer');
    expect(inChannel('openbaar')).not.toContain('Fraudescore');
  });

  it('an advice request: its announcement where a guest sits is taken down, the site drops it', async () => {
    await harness.command('gemeente', '/advies nieuw "Slimme lantaarnpalen Noord"', { channel: 'werkgroep' });
    await harness.command('gemeente', '/advies nieuw "Parkeerapp"');
    expect(site()).toContain('lantaarnpalen');
    harness.adapter.clear();
    const answer = await harness.command(
      'voorzitter',
      '/advies openbaarheid ADV-1 vertrouwelijk tot:1-6-2027 reden:"Aanbesteding loopt"',
    );
    expect(answer).toContain('1 bericht aangepast');
    expect(harness.store.db.adviceRequests[0]).toMatchObject({
      confidentiality: 'vertrouwelijk',
      confidentialUntil: '2027-06-01',
    });
    const update = harness.adapter.sent.find((sent) => sent.kind === 'update');
    expect(update?.ref.channel).toBe('werkgroep');
    expect(update?.text).toContain('weggehaald');
    expect(update?.text).not.toContain('lantaarnpalen');
    expect(site()).not.toContain('lantaarnpalen');
    expect(site()).toContain('Parkeerapp');
    const entries = (await audit())
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(entries.find((entry) => entry.action === 'advies.openbaarheid')).toMatchObject({
      actor: 'voorzitter',
      target: 'ADV-2026-001',
      before: 'openbaar',
      detail: 'Aanbesteding loopt',
    });
    // In the panel channel the announcement is rendered anew: it says it is confidential now.
    await harness.command('gemeente', '/advies nieuw "Camera Noord"');
    harness.adapter.clear();
    await harness.command('voorzitter', '/advies openbaarheid ADV-3 vertrouwelijk reden:"Nog geheim"');
    const renewed = harness.adapter.sent.find((sent) => sent.kind === 'update');
    expect(renewed?.ref.channel).toBe('panel');
    expect(renewed?.text).toContain('Camera Noord');
    expect(renewed?.text).toContain('vertrouwelijk');
  });

  it('refuses without a reason, with both or neither word, or when it is already so; nothing changes', async () => {
    await harness.command('voorzitter', '/besluit Iets');
    for (const line of [
      '/besluit openbaarheid BES-1 vertrouwelijk',
      '/besluit openbaarheid BES-1 reden:x',
      '/besluit openbaarheid BES-1 openbaar reden:x',
    ]) {
      const answer = await harness.command('voorzitter', line);
      expect(answer, line).toContain('Er is niets veranderd');
    }
    expect(harness.store.db.decisions[0]!.confidentiality).toBe('openbaar');
    expect(
      await harness.command('panellid', '/besluit openbaarheid BES-1 vertrouwelijk reden:x'),
    ).not.toContain('is nu vertrouwelijk');
  });
});

describe('a posted message without what became confidential', () => {
  const texts = { takenDown: 'weg', partTakenDown: 'deel weg' };
  const shows = (text: string) => text.includes('Geheim');

  it('loses the list lines, fields and sentences that show it, with a note', () => {
    const posted = message(
      heading('Besluiten: 2'),
      list(['BES-1: Geheim plan', 'BES-2: Open plan']),
      fields([
        { label: 'Titel', value: 'Geheim' },
        { label: 'Stap', value: 'ontvangen' },
      ]),
      paragraph('Over het Geheim project.'),
      divider,
    );
    const scrubbed = withoutShowing(posted, shows, texts)!;
    const text = renderText(scrubbed);
    expect(text).not.toContain('Geheim');
    expect(text).toContain('BES-2: Open plan');
    expect(text).toContain('Stap: ontvangen');
    expect(text).toContain('deel weg');
  });

  it('is taken down whole when its heading shows it, or nothing else is left', () => {
    expect(renderText(withoutShowing(message(heading('Geheim'), list(['open'])), shows, texts)!)).toBe('weg');
    expect(renderText(withoutShowing(message(list(['Geheim']), divider), shows, texts)!)).toBe('weg');
  });

  it('is left alone when nothing in it shows it', () => {
    expect(withoutShowing(message(heading('Open'), list(['open'])), shows, texts)).toBeUndefined();
  });
});
