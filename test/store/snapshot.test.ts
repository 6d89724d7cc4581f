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
    const text = (
      await serializeInSlices(data, async () => {
        data.after++;
      })
    ).join('');
    expect(JSON.parse(text).list).toHaveLength(1_000);
    // Serialized after the last pause: the value of then.
    expect(JSON.parse(text).after).toBe(data.after);
    expect(data.after).toBeGreaterThan(2);
  });
});
