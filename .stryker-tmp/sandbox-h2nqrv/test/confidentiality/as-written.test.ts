// @ts-nocheck
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MentionGuard } from '../../src/kit/confidentiality.ts';
import { Harness } from '../support/harness.ts';

/** The free-text guard reads text as people write it: phones, look-alike letters, old titles, ids with a space. */
const SECRET = "Slimme camera's Stationsplein";

let harness: Harness;
beforeEach(async () => {
  harness = await Harness.create();
  await harness.command('gemeente', '/advies nieuw "Openbare druktemeter"');
  await harness.command('gemeente', `/advies nieuw "${SECRET}" vertrouwelijk`);
  harness.adapter.clear();
});
afterEach(async () => {
  await harness.close();
});

const publicText = () =>
  harness.adapter.sent
    .filter((sent) => sent.ref.channel === 'openbaar')
    .map((sent) => sent.text)
    .join('\n');

const guard = () => new MentionGuard(harness.store.db.adviceRequests, '2026-11-28');

describe('the free-text guard reads text as people write it', () => {
  it('sees a title typed with a typographic apostrophe (U+2019), as phones type it', async () => {
    expect(guard().names('We bespraken de slimme camera\u2019s stationsplein')).toBe(true);
    expect(guard().names('We bespraken de slimme camera`s stationsplein')).toBe(true);
    await harness.command('voorzitter', '/besluit We bespraken de slimme camera\u2019s stationsplein');
    for (const line of ['/besluit lijst', '/digest']) {
      await harness.command('panellid', line, { channel: 'openbaar' });
    }
    expect(publicText()).not.toContain('bespraken');
    expect(await harness.command('panellid', '/besluit lijst')).toContain('bespraken');
  });

  it('sees a title with a look-alike letter from another script (Cyrillic С)', () => {
    expect(guard().names('Over de slimme \u0421amera\u2019s stationsplein')).toBe(true);
    expect(guard().names('Over de slimme c\u0430mera\u2019s st\u0430tionsplein')).toBe(true);
    expect(guard().names('Over de slimme camera van het stationsplein')).toBe(false);
  });

  it('sees an id written with a space or without its hyphen', () => {
    for (const text of [
      'Over ADV 2 gesproken',
      'Over ADV2 gesproken',
      'adv 2026 002',
      'adv2026-002',
      'ADV\u00a02',
    ]) {
      expect(guard().names(text), text).toBe(true);
    }
    for (const text of ['Over ADV 1 gesproken', 'ADV12', 'NADV2', 'ADV 20', 'ADV2x']) {
      expect(guard().names(text), text).toBe(false);
    }
  });

  it("sees the item's former title after /advies titel", async () => {
    await harness.command('gemeente', '/advies titel ADV-2 Camerabeleid');
    expect(harness.store.db.adviceRequests[1]!.title).toBe('Camerabeleid');
    await harness.command('panellid', `/uitgave 12 kosten Reis voor de ${SECRET.toLowerCase()}`);
    await harness.command('voorzitter', '/besluit Het camerabeleid is besproken');
    for (const line of ['/uitgave lijst', '/besluit lijst', '/digest']) {
      await harness.command('panellid', line, { channel: 'openbaar' });
    }
    const said = publicText();
    expect(said).not.toContain('Reis voor');
    expect(said).not.toContain('besproken');
    expect(guard().names('Nog eens de slimme camera\u2019s stationsplein')).toBe(true);
  });

  it("sees a decision's former text after /besluit wijzig", async () => {
    await harness.command(
      'voorzitter',
      '/besluit "Proef met gezichtsherkenning bij de bibliotheek" vertrouwelijk',
    );
    await harness.command('voorzitter', '/besluit wijzig BES-1 "Proef uitgesteld"');
    const decisions = new MentionGuard(harness.store.db.decisions, '2026-11-28');
    expect(decisions.names('De proef met gezichtsherkenning bij de bibliotheek')).toBe(true);
  });
});
