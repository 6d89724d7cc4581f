// @ts-nocheck
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MentionGuard } from '../../src/kit/confidentiality.ts';
import { DEMO_MEMBERS } from '../../src/setup/config.ts';
import { renderSite } from '../../src/site/render.ts';
import { Harness, testConfig } from '../support/harness.ts';

/** Tried as an attacker would: ways to name a confidential item that people read as its name. */
const SECRET = 'Stille pilot Zuidpark';

let harness: Harness;
beforeEach(async () => {
  harness = await Harness.create({
    config: testConfig({
      members: [...DEMO_MEMBERS, { id: 'nieuw', name: 'Nina Nieuw', roles: ['panel'] }],
      channels: {
        panel: { members: ['voorzitter', 'secretaris', 'panellid', 'gemeente'] },
        openbaar: { public: true },
        werkgroep: { members: ['voorzitter', 'secretaris', 'Sam (gast)'] },
        kern: { members: ['voorzitter', 'gemeente'] },
      },
    }),
  });
  for (const title of ['Openbare druktemeter', 'Iets', 'Nog iets'])
    await harness.command('gemeente', `/advies nieuw "${title}"`);
  await harness.command('gemeente', `/advies nieuw "${SECRET}" vertrouwelijk`);
  harness.adapter.clear();
});
afterEach(async () => {
  await harness.close();
});

const said = (channel: string) =>
  harness.adapter.sent
    .filter((sent) => sent.ref.channel === channel)
    .map((sent) => sent.text)
    .join('\n');

describe('names people read as a confidential item', () => {
  const disguised = [
    ['lowercase short id', 'over adv-4 verder'],
    ['mixed case', 'over Adv-4 verder'],
    ['a non-breaking hyphen', 'over ADV\u20114 verder'],
    ['an en dash', 'over ADV\u20134 verder'],
    ['a minus sign', 'over ADV\u22124 verder'],
    ['full-width letters', 'over \uff21\uff24\uff36\uff0d\uff14 verder'],
    ['a soft hyphen in the id', 'over AD\u00adV-4 verder'],
    ['a soft hyphen in the title', 'over stille pilot Zuid\u00adpark verder'],
    ['a word joiner in the title', 'over stille pilot Zuid\u2060park verder'],
    ['a leading zero', 'over ADV-04 verder'],
    ['a year and a short number', 'over ADV-2026-4 verder'],
    ['in brackets', 'over (ADV-4) verder'],
    ['after a hash', 'over #ADV-4 verder'],
    ['the title in capitals', 'over STILLE PILOT ZUIDPARK verder'],
  ] as const;

  it.each(disguised)('%s: the guard names it', (_, text) => {
    const guard = new MentionGuard(harness.store.db.adviceRequests, '2026-11-28');
    expect(guard.names(text)).toBe(true);
  });

  it('withholds every disguised minute line from the public summary and the website', async () => {
    await harness.command('secretaris', '/overleg plan 20-11-2026 Panelavond');
    for (const [index, [, text]] of disguised.entries())
      await harness.command('secretaris', `/overleg notulen OVL-1 Regel${index} ${text}`);
    await harness.command('secretaris', '/overleg notulen OVL-1 De druktemeter is besproken.');
    await harness.command('secretaris', '/overleg samenvatting OVL-1 publiceer');
    const published = said('openbaar');
    expect(published).toContain('De druktemeter is besproken.');
    for (const index of disguised.keys()) expect(published).not.toContain(`Regel${index} `);
    const site = [...renderSite(harness.store.db, testConfig(), '2026-11-28')].join('\n');
    for (const index of disguised.keys()) expect(site).not.toContain(`Regel${index} `);
  });
});

describe('a guest in a channel that is not public', () => {
  it('sees no confidential content in the yearly report, the digest or a summary preview there', async () => {
    await harness.command('secretaris', '/overleg plan 20-11-2026 Panelavond');
    await harness.command('secretaris', '/overleg notulen OVL-1 Over ADV-4: eerst de DPIA.');
    for (const line of ['/jaarverslag', '/jaarverslag markdown', '/digest', '/overleg samenvatting OVL-1'])
      await harness.command('secretaris', line, { channel: 'werkgroep' });
    const there = said('werkgroep');
    expect(there).not.toContain(SECRET);
    expect(there).not.toContain('eerst de DPIA');
  });
});

describe('a guest who joins the channel where a confidential item was announced', () => {
  it('gets no new confidential content there when the item moves on from another channel', async () => {
    await harness.bot.members.change(harness.adapter, 'shell', 'panel', 'Sam (gast)', true);
    const kern = { channel: 'kern' };
    await harness.command('voorzitter', '/advies stap ADV-4 in-overweging', kern);
    await harness.command('voorzitter', '/advies stap ADV-4 in-gesprek', kern);
    await harness.command('voorzitter', '/advies uitbrengen ADV-4 GeheimAdviesTekst over camera', kern);
    await harness.command('gemeente', '/advies reactie ADV-4 niet reden:"GeheimeReden"', kern);
    await harness.command('voorzitter', '/besluit ADV-4 GeheimBesluit', kern);
    const panel = said('panel');

    expect(panel).not.toContain('GeheimAdviesTekst');
    expect(panel).not.toContain('GeheimeReden');
    expect(panel).not.toContain('GeheimBesluit');
    expect(panel).not.toContain(SECRET);
  });
});

describe('a public report republished after something it names turned confidential', () => {
  it('edits the line out and does not repeat it in the thread of changes', async () => {
    await harness.command('secretaris', '/overleg plan 20-11-2026 Panelavond');
    await harness.command('secretaris', '/overleg notulen OVL-1 Het Zuidpark-plan besproken.');
    await harness.command('secretaris', '/overleg notulen OVL-1 De druktemeter is besproken.');
    await harness.command('secretaris', '/overleg samenvatting OVL-1 publiceer');
    expect(said('openbaar')).toContain('Het Zuidpark-plan besproken.');
    await harness.command('gemeente', '/advies nieuw "Zuidpark-plan" vertrouwelijk');
    harness.adapter.clear();
    await harness.command('secretaris', '/overleg notulen OVL-1 Nog een regel.');
    await harness.command('secretaris', '/overleg samenvatting OVL-1 publiceer');
    const now = said('openbaar');
    expect(now).toContain('Nog een regel.');
    expect(now).not.toContain('Zuidpark-plan');
    expect(
      harness.adapter.sent.filter((sent) => sent.ref.channel === 'openbaar' && sent.kind === 'post'),
    ).toEqual([]);
  });
});
