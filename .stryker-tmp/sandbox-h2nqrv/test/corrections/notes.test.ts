// @ts-nocheck
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MessageRef } from '../../src/port/events.ts';
import { Harness } from '../support/harness.ts';

let harness: Harness;
beforeEach(async () => {
  harness = await Harness.create({ now: '2026-11-28T10:00:00Z' });
});
afterEach(async () => {
  await harness.close();
});

function noteAnchor(): MessageRef {
  const [, channel, number] = harness.store.db.notes[0]!.message!.split(':');
  return { platform: 'shell', channel: channel!, id: number! };
}

async function agreedNote(): Promise<void> {
  await harness.command('voorzitter', '/notitie nieuw Bodycams');
  await harness.command('voorzitter', '/notitie tekst GN-1 "Alleen opnemen bij dreiging."');
  await harness.command('voorzitter', '/notitie teken GN-1');
  await harness.command('gemeente', '/notitie teken GN-1');
}

describe('an agreed note stays agreed (afspraak 5b)', () => {
  it('refuses /notitie tekst once both sides signed, and points to /notitie herzien', async () => {
    await agreedNote();
    const reply = await harness.command('panellid', '/notitie tekst GN-1 Iets anders');
    expect(reply).toContain('/notitie herzien GN-2026-001');
    const note = harness.store.db.notes[0]!;
    expect(note.text).toBe('Alleen opnemen bij dreiging.');
    expect(note.signatures).toHaveLength(2);
    expect(note.endorsedAt).toBeDefined();
  });

  it('makes a revision version 2 that needs both sides again, while version 1 stays the agreed text', async () => {
    await agreedNote();
    const reply = await harness.command(
      'gemeente',
      '/notitie herzien GN-1 "Opnemen bij dreiging; 28 dagen bewaren."',
    );
    expect(reply).toContain('Versie 2 van GN-2026-001');
    const shown = await harness.command('panellid', '/notitie toon GN-1');
    expect(shown).toContain('versie 1 onderschreven op 28-11-2026');
    expect(shown).toContain('versie 2 wacht op handtekeningen van: panel, gemeente');
    expect(shown).toContain('Alleen opnemen bij dreiging.');
    expect(shown).toContain('Opnemen bij dreiging; 28 dagen bewaren.');
    await harness.command('voorzitter', '/notitie teken GN-1');
    await harness.command('gemeente', '/notitie teken GN-1');
    const after = await harness.command('panellid', '/notitie toon GN-1');
    expect(after).toContain('versie 2 onderschreven');
    expect(after).not.toContain('Alleen opnemen bij dreiging.');
    const first = await harness.command('panellid', '/notitie toon GN-1 versie:1');
    expect(first).toContain('Versie 1');
    expect(first).toContain('Alleen opnemen bij dreiging.');
    expect(first).toContain('Anna de Vries (panel)');
    expect(await harness.command('panellid', '/notitie toon GN-1 versie:3')).toContain(
      'GN-2026-001 heeft versie 1 tot en met 2',
    );
  });

  it('labels who wrote each version: version 1 written, later versions revised', async () => {
    await agreedNote();
    harness.clock.set(new Date('2026-12-02T10:00:00Z'));
    await harness.command('gemeente', '/notitie herzien GN-1 "Opnemen bij dreiging; 28 dagen bewaren."');
    const first = await harness.command('panellid', '/notitie toon GN-1 versie:1');
    expect(first).toContain('Opgesteld door: Anna de Vries, 28-11-2026');
    expect(first).not.toContain('Herzien door');
    const second = await harness.command('panellid', '/notitie toon GN-1 versie:2');
    expect(second).toContain('Herzien door: Dewi Jansen, 2-12-2026');
    expect(second).not.toContain('Opgesteld door');
  });

  it('refuses /notitie herzien on a note that is not agreed yet, pointing to /notitie tekst', async () => {
    await harness.command('voorzitter', '/notitie nieuw Bodycams');
    await harness.command('voorzitter', '/notitie tekst GN-1 Eerste');
    expect(await harness.command('voorzitter', '/notitie herzien GN-1 Tweede')).toContain(
      '/notitie tekst GN-2026-001',
    );
    expect(harness.store.db.notes[0]!.versions ?? []).toEqual([]);
  });

  it('keeps a signature under an agreed version when its ✅ is removed, and says why', async () => {
    await harness.command('voorzitter', '/notitie nieuw Bodycams');
    await harness.command('voorzitter', '/notitie tekst GN-1 Tekst');
    await harness.react('panellid', '✅', noteAnchor());
    await harness.react('gemeente', '✅', noteAnchor());
    await harness.react('gemeente', '✅', noteAnchor(), false);
    expect(harness.store.db.notes[0]!.signatures).toHaveLength(2);
    expect(harness.store.db.notes[0]!.endorsedAt).toBeDefined();
    expect(harness.adapter.last().text).toContain('blijft staan');
  });

  it('records a revision in the audit trail with the old and the new text', async () => {
    await agreedNote();
    await harness.command('gemeente', '/notitie herzien GN-1 Nieuw');
    await harness.close();
    const { readFile } = await import('node:fs/promises');
    const lines = (await readFile(`${harness.dir}/audit.jsonl`, 'utf8')).trim().split('\n');
    const entry = JSON.parse(lines.at(-1)!);
    expect(entry).toMatchObject({
      action: 'notitie.herzien',
      target: 'GN-2026-001',
      before: 'Alleen opnemen bij dreiging.',
      after: 'Nieuw',
    });
    harness = await Harness.create({ dir: harness.dir });
  });
});
