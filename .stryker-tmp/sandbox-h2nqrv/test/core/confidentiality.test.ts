// @ts-nocheck
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Harness } from '../support/harness.ts';

const SECRET_TITLE = 'Geheim ANPR-project Zuid';
const SECRET_DECISION = 'Geheime afspraak met de politie';

let harness: Harness;
beforeEach(async () => {
  harness = await Harness.create();
  await harness.command('gemeente', `/advies nieuw "${SECRET_TITLE}" vertrouwelijk`);
  await harness.command('gemeente', '/advies nieuw "Openbare druktemeter"');
  await harness.command('voorzitter', `/besluit ADV-1 ${SECRET_DECISION}`);
  await harness.command('voorzitter', '/besluit ADV-2 Openbaar besluit');
  harness.adapter.clear();
});
afterEach(async () => {
  await harness.close();
});

describe('confidential content in a public channel', () => {
  it('is counted in lists, never shown', async () => {
    const list = await harness.command('panellid', '/advies lijst alle', { channel: 'openbaar' });
    expect(list).toContain('Openbare druktemeter');
    expect(list).toContain('1 adviesverzoek niet getoond: vertrouwelijk');
    const decisions = await harness.command('panellid', '/besluit lijst', { channel: 'openbaar' });
    expect(decisions).toContain('Openbaar besluit');
    expect(decisions).toContain('1 besluit niet getoond');
  });

  it('is refused by toon, and hidden from a public item', async () => {
    expect(await harness.command('panellid', '/advies toon ADV-1', { channel: 'openbaar' })).toContain(
      'vertrouwelijk',
    );
    await harness.command('panellid', '/advies toon ADV-2', { channel: 'openbaar' });
  });

  it('never appears in anything said in a public channel', async () => {
    for (const line of [
      '/advies lijst',
      '/advies lijst alle',
      '/advies toon ADV-1',
      '/besluit lijst',
      '/besluit lijst ADV-1',
      '/help',
    ]) {
      await harness.command('panellid', line, { channel: 'openbaar' });
    }
    const said = harness.adapter.sent
      .filter((sent) => sent.ref.channel === 'openbaar')
      .map((sent) => sent.text);
    expect(said.length).toBeGreaterThan(5);
    for (const text of said) {
      expect(text).not.toContain(SECRET_TITLE);
      expect(text).not.toContain(SECRET_DECISION);
    }
  });

  it('is shown in the panel channel', async () => {
    expect(await harness.command('panellid', '/advies lijst')).toContain(SECRET_TITLE);
    expect(await harness.command('panellid', '/besluit lijst')).toContain(SECRET_DECISION);
    expect(harness.store.db.decisions[0]!.confidentiality).toBe('vertrouwelijk');
  });
});
