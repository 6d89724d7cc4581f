// @ts-nocheck
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MentionGuard } from '../../src/kit/confidentiality.ts';
import { Harness } from '../support/harness.ts';

const SECRET = 'Camera-experiment Zuidpark';

let harness: Harness;
beforeEach(async () => {
  harness = await Harness.create();
  await harness.command('gemeente', '/advies nieuw "Openbare druktemeter"');
  await harness.command('gemeente', '/advies nieuw Iets');
  await harness.command('gemeente', '/advies nieuw Nog iets');
  await harness.command('gemeente', `/advies nieuw "${SECRET}" vertrouwelijk`);
  harness.adapter.clear();
});
afterEach(async () => {
  await harness.close();
});

/** Everything the bot said in the public channel. */
const publicText = () =>
  harness.adapter.sent
    .filter((sent) => sent.ref.channel === 'openbaar')
    .map((sent) => sent.text)
    .join('\n');

describe('the free-text rule', () => {
  it('finds a confidential item by every form of its id and by its title', () => {
    const guard = new MentionGuard(harness.store.db.adviceRequests, '2026-11-28');
    for (const text of [
      'Over ADV-4: eerst de DPIA.',
      'zie adv-2026-004',
      'zie ADV-2026-004.',
      'zie adv-2026-4',
      `Het ${SECRET.toLowerCase()} loopt.`,
      `Het  Camera-experiment\nzuidpark loopt.`,
    ]) {
      expect(guard.names(text), text).toBe(true);
    }
    for (const text of ['Over ADV-1', 'ADV-40 en ADV-2026-014', 'Zuidpark is mooi', 'NADV-4']) {
      expect(guard.names(text), text).toBe(false);
    }
    expect(guard.names('Over ADV-4', 'ADV-2026-004')).toBe(false);
  });

  it('stops when the item is no longer confidential', () => {
    const request = { ...harness.store.db.adviceRequests[3]!, confidentialUntil: '2026-12-01' };
    expect(new MentionGuard([request], '2026-12-01').names('ADV-4')).toBe(true);
    expect(new MentionGuard([request], '2026-12-02').names('ADV-4')).toBe(false);
  });
});

describe('free text naming a confidential item, in a public rendering', () => {
  it('withholds and counts a minute line and an action point of a public meeting', async () => {
    await harness.command('secretaris', '/overleg plan 20-11-2026 Panelavond');
    await harness.command('secretaris', '/overleg notulen OVL-1 Over ADV-4: panel wil eerst de DPIA zien.');
    await harness.command('secretaris', '/overleg notulen OVL-1 De druktemeter is besproken.');
    await harness.command('secretaris', `/overleg actie OVL-1 anna Navragen hoe het ${SECRET} loopt`);
    await harness.command('secretaris', '/overleg actie OVL-1 anna Agenda rondsturen');
    const shown = await harness.command('panellid', '/overleg toon OVL-1', { channel: 'openbaar' });
    expect(shown).toContain('De druktemeter is besproken.');
    expect(shown).toContain('Agenda rondsturen');
    expect(shown).not.toContain('DPIA');
    expect(shown).not.toContain('Navragen');
    expect(shown).toContain('1 notulenregel niet getoond: gaat over een vertrouwelijk onderwerp');
    expect(shown).toContain('1 actiepunt niet getoond: gaat over een vertrouwelijk onderwerp');
    const inPanel = await harness.command('panellid', '/overleg toon OVL-1');
    expect(inPanel).toContain('DPIA');
    expect(inPanel).toContain('Navragen');
  });

  it('withholds an action point naming a confidential item from /acties in a public channel', async () => {
    await harness.command('secretaris', '/overleg plan 20-11-2026 Panelavond');
    await harness.command('secretaris', '/overleg actie OVL-1 anna Over ADV-4 bellen');
    await harness.command('secretaris', '/overleg actie OVL-1 anna Agenda rondsturen');
    for (const typed of ['/acties', '/acties alle']) {
      const list = await harness.command('panellid', typed, { channel: 'openbaar' });
      expect(list).toContain('Agenda rondsturen');
      expect(list).not.toContain('bellen');
      expect(list).toContain('1 actiepunt niet getoond');
    }
    expect(await harness.command('panellid', '/acties alle')).toContain('Over ADV-4 bellen');
  });

  it('withholds a meeting or development whose title names a confidential item from the public lists', async () => {
    await harness.command('secretaris', '/overleg plan 20-11-2026 Over ADV-4 praten');
    await harness.command('secretaris', '/overleg plan 21-11-2026 Panelavond');
    await harness.command('secretaris', `/ontwikkeling nieuw "Opvolger van ${SECRET}" fase:verkenning`);
    await harness.command('secretaris', '/ontwikkeling nieuw "Parkeerapp" fase:verkenning');
    const meetings = await harness.command('panellid', '/overleg lijst', { channel: 'openbaar' });
    expect(meetings).toContain('Panelavond');
    expect(meetings).not.toContain('praten');
    const developments = await harness.command('panellid', '/ontwikkeling lijst', { channel: 'openbaar' });
    expect(developments).toContain('Parkeerapp');
    expect(developments).not.toContain('Opvolger');
    expect(await harness.command('panellid', '/overleg lijst')).toContain('Over ADV-4 praten');
  });

  it('refuses to show, in a public channel, an item whose title names a confidential item', async () => {
    await harness.command('secretaris', '/overleg plan 30-11-2026 Over ADV-4 praten');
    await harness.command('secretaris', `/ontwikkeling nieuw "Opvolger van ${SECRET}" fase:verkenning`);
    await harness.command('panellid', '/uitgave 10 reis Reis voor ADV-4');
    for (const typed of ['/overleg toon OVL-1', '/ontwikkeling toon ONT-1', '/uitgave toon UIT-1']) {
      const shown = await harness.command('panellid', typed, { channel: 'openbaar' });
      expect(shown, typed).not.toMatch(/praten|Opvolger|Reis voor/);
    }
    await harness.command('panellid', '/digest', { channel: 'openbaar' });
    expect(publicText()).not.toMatch(/praten|Opvolger|Reis voor|Zuidpark/);
    expect(await harness.command('panellid', '/overleg toon OVL-1')).toContain('Over ADV-4 praten');
  });

  it('leaves out, in a public channel, a linked item whose title names a confidential item', async () => {
    await harness.command('secretaris', '/ontwikkeling nieuw "Parkeerapp" fase:verkenning');
    await harness.command('gemeente', '/advies nieuw "Vervolg op ADV-4" ontwikkeling:ONT-1');
    await harness.command('gemeente', '/advies nieuw "Parkeerapp uitbreiden" ontwikkeling:ONT-1');
    await harness.command('secretaris', '/overleg plan 20-11-2026 Over ADV-4 praten ontwikkeling:ONT-1');
    const shown = await harness.command('panellid', '/ontwikkeling toon ONT-1', { channel: 'openbaar' });
    expect(shown).toContain('Parkeerapp uitbreiden');
    expect(shown).not.toMatch(/Vervolg op|praten/);
    expect(await harness.command('panellid', '/ontwikkeling toon ONT-1')).toContain('Vervolg op ADV-4');
  });

  it('withholds a public decision whose text names a confidential item', async () => {
    await harness.command('voorzitter', '/besluit ADV-1 We wachten op de uitkomst van ADV-2026-004.');
    await harness.command('voorzitter', '/besluit ADV-1 Openbaar besluit');
    const list = await harness.command('panellid', '/besluit lijst', { channel: 'openbaar' });
    expect(list).toContain('Openbaar besluit');
    expect(list).not.toContain('uitkomst');
    await harness.command('panellid', '/advies toon ADV-1', { channel: 'openbaar' });
    expect(publicText()).not.toContain('uitkomst');
  });

  it('withholds advice summaries, answers and note texts that name it', async () => {
    await harness.command('voorzitter', '/advies uitbrengen ADV-1 Zie ons advies bij adv-4');
    await harness.command(
      'gemeente',
      `/advies reactie ADV-1 deels hoe:"zoals bij het ${SECRET}" termijn:1-3-2027 net als ADV-4`,
    );
    await harness.command('voorzitter', '/notitie nieuw Gesprek druktemeter');
    await harness.command('voorzitter', '/notitie tekst GN-1 Afgesproken: ADV-4 wacht tot de DPIA er is.');
    await harness.command('panellid', '/advies toon ADV-1', { channel: 'openbaar' });
    await harness.command('panellid', '/notitie toon GN-1', { channel: 'openbaar' });
    const said = publicText();
    expect(said).toContain('Openbare druktemeter');
    expect(said).toContain('Gesprek druktemeter');
    expect(said).not.toMatch(/adv-4|ADV-4|DPIA|zoals bij/i);
    expect(said).toContain('niet getoond: gaat over een vertrouwelijk onderwerp');
  });

  it('withholds an expense description and a public title that name it', async () => {
    await harness.command('panellid', '/uitgave 40 kosten Reiskosten voor ADV-4');
    await harness.command('gemeente', `/advies nieuw "Vervolg op ${SECRET}"`);
    for (const line of ['/uitgave lijst', '/digest', '/advies lijst alle', '/budget']) {
      await harness.command('panellid', line, { channel: 'openbaar' });
    }
    const said = publicText();
    expect(said).toContain('Openbare druktemeter');
    expect(said).not.toContain('Reiskosten');
    expect(said).not.toContain('Vervolg op');
  });
});
