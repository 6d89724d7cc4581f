// @ts-nocheck
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseRef } from '../../src/port/events.ts';
import { Harness } from '../support/harness.ts';

let harness: Harness;
beforeEach(async () => {
  harness = await Harness.create();
  await harness.command('gemeente', '/advies nieuw "Geheime pilot Noord" vertrouwelijk');
  await harness.command('secretaris', '/overleg plan 20-11-2026 Panelavond');
  await harness.command('secretaris', '/overleg notulen OVL-1 Over ADV-1: eerst de DPIA.');
  await harness.command('secretaris', '/overleg notulen OVL-1 De website is besproken.');
  harness.adapter.clear();
});
afterEach(async () => {
  await harness.close();
});

const inPublic = () => harness.adapter.sent.filter((sent) => sent.ref.channel === 'openbaar');

describe('a meeting report goes public only after a look at it', () => {
  it('first shows a preview in the panel channel with the withheld lines marked', async () => {
    const preview = await harness.command('secretaris', '/overleg samenvatting OVL-1');
    expect(inPublic()).toHaveLength(0);
    expect(harness.adapter.last().ref.channel).toBe('panel');
    expect(preview).toContain('Voorbeeld');
    expect(preview).toContain('De website is besproken.');
    expect(preview).toMatch(/🔒 niet openbaar.*Over ADV-1: eerst de DPIA\./);
    expect(preview).toContain('/overleg samenvatting OVL-2026-001 publiceer');
    expect(harness.store.db.meetings[0]!.summaryPostedAt).toBeUndefined();
  });

  it('posts exactly the public version after publiceer', async () => {
    await harness.command('secretaris', '/overleg samenvatting OVL-1');
    const answer = await harness.command('secretaris', '/overleg samenvatting OVL-1 publiceer');
    expect(answer).toContain('staat in openbaar');
    const [posted] = inPublic();
    expect(posted!.kind).toBe('post');
    expect(posted!.text).toContain('De website is besproken.');
    expect(posted!.text).not.toContain('DPIA');
    expect(posted!.text).toContain('1 notulenregel niet getoond: gaat over een vertrouwelijk onderwerp');
    expect(harness.store.db.meetings[0]!.publication?.message).toBe(`shell:openbaar:${posted!.ref.id}`);
  });

  it('posts after a ✅ on the preview by the chair or secretary, not by someone else', async () => {
    await harness.command('secretaris', '/overleg samenvatting OVL-1');
    const preview = parseRef(harness.store.db.meetings[0]!.preview!)!;
    await harness.react('panellid', '✅', preview);
    expect(inPublic()).toHaveLength(0);
    expect(harness.adapter.last().text).toContain('Alleen de voorzitter of de secretaris');
    await harness.react('voorzitter', '👍', preview);
    expect(inPublic()).toHaveLength(0);
    await harness.react('voorzitter', '✅', preview);
    expect(inPublic()).toHaveLength(1);
    expect(harness.adapter.last().text).toContain('staat in openbaar');
  });

  it('edits the public report after a correction and says in its thread what changed', async () => {
    await harness.command('secretaris', '/overleg samenvatting OVL-1 publiceer');
    const first = inPublic()[0]!.ref;
    await harness.command('secretaris', '/overleg notulen OVL-1 Volgende keer over de begroting.');
    await harness.command('secretaris', '/overleg samenvatting OVL-1');
    const answer = await harness.command('secretaris', '/overleg samenvatting OVL-1 publiceer');
    expect(answer).toContain('bijgewerkt');
    const after = inPublic();
    expect(after.filter((sent) => sent.kind === 'post')).toHaveLength(1);
    const edit = after.find((sent) => sent.kind === 'update')!;
    expect(edit.ref).toEqual(first);
    expect(edit.text).toContain('Volgende keer over de begroting.');
    const note = after.find((sent) => sent.kind === 'reply')!;
    expect(note.ref).toEqual(first);
    expect(note.text).toContain('bijgewerkt');
    expect(note.text).toContain('Volgende keer over de begroting.');
    expect(note.text).not.toContain('DPIA');
    expect(await harness.command('secretaris', '/overleg samenvatting OVL-1 publiceer')).toContain(
      'was al zo',
    );
  });

  it('never publishes a confidential meeting', async () => {
    await harness.command('secretaris', '/overleg plan 21-11-2026 Besloten avond vertrouwelijk');
    await harness.command('secretaris', '/overleg samenvatting OVL-2 publiceer');
    expect(inPublic()).toHaveLength(0);
    expect(harness.adapter.last().ref.channel).toBe('panel');
  });
});
