// @ts-nocheck
import { afterEach, describe, expect, it } from 'vitest';
import { Harness, testConfig } from '../support/harness.ts';

let harness: Harness;
afterEach(async () => {
  await harness.close();
});

describe('an option the command does not take', () => {
  it('is refused with the options it does take, and nothing is recorded', async () => {
    harness = await Harness.create();
    const reply = await harness.command('voorzitter', '/besluit Iets thema:privacy');
    expect(reply).toContain("De optie 'thema:' hoort niet bij /besluit");
    expect(reply).toContain('tot:');
    expect(reply).toContain('tussen aanhalingstekens');
    expect(harness.store.db.decisions).toHaveLength(0);
    await harness.command('voorzitter', '/besluit "Iets thema:privacy"');
    expect(harness.store.db.decisions[0]!.text).toBe('Iets thema:privacy');
  });

  it('suggests the option a typo meant', async () => {
    harness = await Harness.create();
    const reply = await harness.command('gemeente', '/advies nieuw Bodycams thma:privacy');
    expect(reply).toContain("Bedoel je 'thema:'?");
    expect(harness.store.db.adviceRequests).toHaveLength(0);
  });

  it('leaves ordinary text with a colon alone', async () => {
    harness = await Harness.create();
    await harness.command('voorzitter', '/besluit Let op: zie https://example.org/besluit om 10:30');
    expect(harness.store.db.decisions[0]!.text).toBe('Let op: zie https://example.org/besluit om 10:30');
  });

  it('names the options in English in an English panel', async () => {
    harness = await Harness.create({ config: testConfig({ language: 'en' }) });
    const reply = await harness.command('voorzitter', '/decision Something theme:privacy');
    expect(reply).toContain("The option 'theme:' does not belong to /decision");
    expect(reply).toContain('until:');
    expect(harness.store.db.decisions).toHaveLength(0);
  });
});

describe('words a command does not take', () => {
  it('refuses /digest extra instead of ignoring it', async () => {
    harness = await Harness.create();
    const reply = await harness.command('panellid', '/digest extra');
    expect(reply).toContain("Ik weet niet wat ik met 'extra' moet");
    expect(reply).toContain('/digest');
    expect(reply).not.toContain('Weekoverzicht');
  });

  it('refuses extra words after an id', async () => {
    harness = await Harness.create();
    await harness.command('gemeente', '/advies nieuw Bodycams');
    expect(await harness.command('panellid', '/advies toon ADV-1 ADV-2')).toContain(
      "Ik weet niet wat ik met 'ADV-2' moet",
    );
    expect(await harness.command('panellid', '/budget 2026 extra')).toContain("met 'extra'");
    expect(await harness.command('panellid', '/advies toon ADV-1 geschiedenis')).toContain('Bodycams');
    expect(await harness.command('panellid', '/besluit lijst UIT-5')).toContain('UIT-2026-005 bestaat niet');
  });
});

describe('a text that is too long', () => {
  it('is refused with the limit, instead of being cut off without a word', async () => {
    harness = await Harness.create();
    const reply = await harness.command('gemeente', `/advies nieuw ${'Bodycams '.repeat(30)}`);
    expect(reply).toContain('hooguit 200 tekens');
    expect(reply).toContain('269');
    expect(harness.store.db.adviceRequests).toHaveLength(0);
    expect(await harness.command('voorzitter', `/besluit ${'🦄'.repeat(4_001)}`)).toContain(
      'hooguit 4000 tekens',
    );
    expect(harness.store.db.decisions).toHaveLength(0);
    await harness.command('gemeente', `/advies nieuw ${'a'.repeat(200)}`);
    expect(harness.store.db.adviceRequests[0]!.title).toHaveLength(200);
  });
});

describe('a command in the thread of another kind of item', () => {
  it('says which item the thread is about and what kind the command wants', async () => {
    harness = await Harness.create();
    await harness.command('gemeente', '/advies nieuw Bodycams');
    const thread = harness.anchorOf('ADV-2026-001');
    const reply = await harness.command('programmamanager', '/uitgave betaald', { thread });
    expect(reply).toContain('Deze draad gaat over ADV-2026-001, niet over een uitgave');
    expect(reply).toContain('UIT-2026-001');
  });
});
