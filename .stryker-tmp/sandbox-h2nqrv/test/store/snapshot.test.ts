// @ts-nocheck
import { describe, expect, it } from 'vitest';
import { serializeInSlices } from '../../src/store/snapshot.ts';

describe('a snapshot serialized in slices', () => {
  it('is the same JSON as in one go, for short and long lists', async () => {
    const data = {
      schemaVersion: 2,
      counters: { 'BES-2026': 1_201 },
      decisions: Array.from({ length: 1_201 }, (_, index) => ({ id: `BES-2026-${index}`, text: 'é"\n' })),
      empty: [],
      notes: [{ id: 'GN-2026-001' }],
    };
    let pauses = 0;
    const pieces = await serializeInSlices(data, async () => {
      pauses++;
    });
    expect(pieces.join('')).toBe(JSON.stringify(data));
    expect(pauses).toBeGreaterThan(5);
    // Handed back in pieces of at most a slice, never as one string of the whole store.
    const slice = JSON.stringify(data.decisions.slice(-500)).length;
    expect(pieces.length).toBeGreaterThan(5);
    for (const piece of pieces) expect(piece.length).toBeLessThanOrEqual(slice);
  });

  it('takes in what changed between slices (replay makes it exact)', async () => {
    const data = { list: Array.from({ length: 1_000 }, (_, index) => index), after: 0 };
    let pauses = 0;
    const text = (
      await serializeInSlices(data, async () => {
        pauses++;
        data.after++;
      })
    ).join('');
    expect(JSON.parse(text).list).toHaveLength(1_000);
    expect(JSON.parse(text).after).toBe(pauses);
  });

  it('cuts a list of items that are slow to check into smaller slices', async () => {
    const data = {
      slow: Array.from({ length: 400 }, (_, index) => ({ id: index })),
      quick: Array.from({ length: 5_000 }, (_, index) => index),
    };
    const slices: Record<string, number[]> = { slow: [], quick: [] };
    const pieces = await serializeInSlices(
      data,
      async () => {},
      (key, value) => {
        if (!Array.isArray(value)) return;
        slices[key]!.push(value.length);
        // Checking one of these items takes a tenth of a millisecond.
        if (key === 'slow')
          for (const began = performance.now(); performance.now() - began < 0.1 * value.length; );
      },
    );
    expect(pieces.join('')).toBe(JSON.stringify(data));
    expect(Math.max(...slices.slow!)).toBeLessThanOrEqual(25);
    expect(slices.slow!.length).toBeGreaterThan(16);
    expect(Math.max(...slices.quick!)).toBeGreaterThan(25);
  });
});
