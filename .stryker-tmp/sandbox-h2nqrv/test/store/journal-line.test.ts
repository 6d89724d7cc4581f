// @ts-nocheck
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { nextId } from '../../src/kit/items.ts';
import { silentLogger } from '../../src/ops/log.ts';
import { JournalFile } from '../../src/store/journal.ts';
import { checkedLine, decodeLine, encodeLine, isHexDigit } from '../../src/store/journal-line.ts';
import { emptyDb } from '../../src/store/schema.ts';
import { Seal } from '../../src/store/seal.ts';
import { Store } from '../../src/store/store.ts';
import { tempDir } from '../support/harness.ts';

const seal = new Seal(Buffer.alloc(32, 1));
const otherSeal = new Seal(Buffer.alloc(32, 2));

const decision = (number: number, fields: Record<string, unknown> = {}) => ({
  id: `BES-2026-${String(number).padStart(3, '0')}`,
  text: `Besluit ${number}`,
  confidentiality: 'openbaar' as const,
  by: 'voorzitter',
  at: '2026-11-28T09:00:00.000Z',
  ...fields,
});

/** A line framed with its checksum, as the store writes it, but holding any JSON text. */
function framed(json: string): string {
  return `${crc32(json).toString(16).padStart(8, '0')} ${json}`;
}

const decode = (value: unknown, withSeal?: Seal) => decodeLine(framed(JSON.stringify(value)), withSeal);
const problemOf = (value: unknown) => {
  const decoded = decode(value);
  return 'problem' in decoded ? decoded.problem : undefined;
};
const entryOf = (line: string, withSeal?: Seal) => {
  const decoded = decodeLine(line, withSeal);
  if ('problem' in decoded) throw new Error(decoded.problem);
  return decoded.entry;
};

describe('a journal line as written', () => {
  it('is `<crc32 as 8 hex digits> <JSON>` and a newline, and reads back as the same change', () => {
    const entry = { seq: 3, items: [decision(1)], patch: { counters: { 'BES-2026': 1 } } };
    const line = encodeLine(entry);
    const json = JSON.stringify(entry);
    expect(line).toBe(`${crc32(json).toString(16).padStart(8, '0')} ${json}\n`);
    expect(entryOf(line.slice(0, -1))).toEqual(entry);
  });

  it('carries the seal as its last field, over its JSON without it', () => {
    const entry = { seq: 1, items: [decision(1)] };
    const line = encodeLine(entry, seal).slice(0, -1);
    const json = JSON.stringify(entry);
    expect(line.slice(9)).toBe(`${json.slice(0, -1)},"seal":"${seal.of(json)}"}`);
    expect(entryOf(line, seal)).toEqual(entry);
  });

  it('is only written when it reads back under the schema in full, with the seal', () => {
    const good = checkedLine({ seq: 1, items: [decision(1)] }, seal);
    expect(good).toEqual({ text: encodeLine({ seq: 1, items: [decision(1)] }, seal) });
    expect(checkedLine({ seq: 1, items: [decision(1, { at: 'gisteren' })] }, seal)).toEqual({
      problem: expect.stringMatching(
        /^onderdeel 1 \(decisions BES-2026-001\) is geen geldig item bij 'at' \(.+\)$/,
      ),
    });
    expect(checkedLine({ seq: 1, items: [], shared: { counters: { X: -1 } } }, seal)).toEqual({
      problem: expect.stringMatching(/^het deel 'counters' klopt niet bij 'X' \(.+\)$/),
    });
  });
});

describe('the checksum frame', () => {
  it('finds a flipped byte, also in a line that still parses', () => {
    const line = encodeLine({ items: [decision(1)] }).slice(0, -1);
    expect(decodeLine(line.replace('Besluit 1', 'Besluit 2'))).toEqual({
      problem: 'de controlesom klopt niet',
    });
    expect(decodeLine(`${line.slice(0, 9)}x${line.slice(10)}`)).toEqual({
      problem: 'de controlesom klopt niet',
    });
  });

  it('is only a frame with eight lowercase hex digits and a space', () => {
    const json = JSON.stringify({ items: [] });
    const sum = crc32(json).toString(16).padStart(8, '0');
    expect(decodeLine(`${sum} ${json}`)).toEqual({ entry: { items: [] } });
    // Upper case, seven digits, or no space: not a frame, so the whole line must be JSON.
    expect(decodeLine(`${sum.toUpperCase()} ${json}`)).toEqual({ problem: 'het is geen geldige JSON' });
    expect(decodeLine(`${sum.slice(1)} ${json}`)).toEqual({ problem: 'het is geen geldige JSON' });
    expect(decodeLine(`${sum}${json}`)).toEqual({ problem: 'het is geen geldige JSON' });
  });

  it('needs a body after the space: a bare checksum is no line', () => {
    expect(decodeLine('00000000 ')).toEqual({ problem: 'het is geen geldige JSON' });
  });

  it('knows its hex digits', () => {
    expect([...'0123456789abcdef'].every((digit) => isHexDigit(digit.charCodeAt(0)))).toBe(true);
    expect([...'/:`gAF '].some((digit) => isHexDigit(digit.charCodeAt(0)))).toBe(false);
    expect(isHexDigit(undefined)).toBe(false);
  });

  it('reads the bytes as written, also from a view into a larger buffer', () => {
    const line = Buffer.from(`xx${encodeLine({ items: [decision(1, { text: 'Één besluit' })] })}`);
    const view = new Uint8Array(line.buffer, line.byteOffset + 2, line.length - 3);
    expect(entryOf(view as unknown as string).items[0]).toMatchObject({ text: 'Één besluit' });
  });
});

describe('lines of the older formats', () => {
  it('plain JSON from before the checksum, with the counters, the scheduler and forgotten members at the top level', () => {
    const old = {
      items: [decision(1)],
      counters: { 'BES-2026': 7 },
      scheduler: { lastDigestWeek: '2026-W48' },
      forgottenMembers: [{ label: 'oud-lid-1', at: '2026-11-28T09:00:00.000Z' }],
    };
    expect(decodeLine(JSON.stringify(old))).toEqual({
      entry: {
        items: [decision(1)],
        shared: {
          counters: { 'BES-2026': 7 },
          scheduler: { lastDigestWeek: '2026-W48' },
          forgottenMembers: [{ label: 'oud-lid-1', at: '2026-11-28T09:00:00.000Z' }],
        },
      },
    });
  });

  it('keep no change number when they had none', () => {
    const decoded = decodeLine(JSON.stringify({ items: [], counters: { 'BES-2026': 7 } }));
    expect('entry' in decoded && Object.keys(decoded.entry)).toEqual(['items', 'shared']);
  });

  it('with a top-level part that breaks the schema, are refused naming the part', () => {
    expect(problemOf({ items: [], counters: { X: 'zeven' } })).toMatch(
      /^het deel 'counters' klopt niet bij 'X'/,
    );
    expect(problemOf({ items: [], scheduler: { since: 'gisteren' } })).toMatch(
      /^het deel 'scheduler' klopt niet/,
    );
    expect(problemOf({ items: [], forgottenMembers: {} })).toMatch(/^het deel 'forgottenMembers' klopt niet/);
  });

  it('are replayed at start: the counters they carry are kept, so no id is handed out twice', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'db.json'), JSON.stringify(emptyDb()));
    // Two lines as an earlier version wrote them (no checksum, no seq, counters whole), then one with a checksum.
    const lines = [
      JSON.stringify({
        items: [decision(1)],
        counters: { 'BES-2026': 1 },
        scheduler: { since: '2026-11-01T00:00:00.000Z' },
      }),
      JSON.stringify({ items: [], counters: { 'BES-2026': 5 } }),
      framed(JSON.stringify({ items: [decision(2)], patch: { counters: { 'ADV-2026': 2 } } })),
    ];
    await writeFile(join(dir, 'db.journal.jsonl'), `${lines.join('\n')}\n`);
    const store = await Store.open(dir, { logger: silentLogger });
    try {
      expect(store.db.decisions.map((item) => item.id)).toEqual(['BES-2026-001', 'BES-2026-002']);
      expect(store.db.counters).toEqual({ 'BES-2026': 5, 'ADV-2026': 2 });
      expect(store.db.scheduler).toEqual({ since: '2026-11-01T00:00:00.000Z' });
      const id = await store.transact(
        (db) => {
          const next = nextId(db, 'BES', 2026);
          db.decisions.push(decision(6));
          return next;
        },
        () => [],
      );
      expect(id).toBe('BES-2026-006');
    } finally {
      await store.close();
    }
  });
});

describe('a line whose parts are malformed', () => {
  const cases: Array<[string, unknown, string | RegExp]> = [
    ['no object', null, 'er staat geen wijziging in'],
    ['a number', 42, 'er staat geen wijziging in'],
    ['no items', {}, 'er staat geen wijziging in'],
    ['items that are no list', { items: {} }, 'er staat geen wijziging in'],
    ['shared as a list', { items: [], shared: [] }, "het deel 'shared' klopt niet"],
    ['shared as text', { items: [], shared: 'counters' }, "het deel 'shared' klopt niet"],
    ['shared with an unknown part', { items: [], shared: { onbekend: 1 } }, "het deel 'onbekend' klopt niet"],
    [
      'shared part that breaks the schema',
      { items: [], shared: { counters: { X: -1 } } },
      /^het deel 'counters' klopt niet bij 'X'/,
    ],
    ['patch as a list', { items: [], patch: [] }, "het deel 'patch' klopt niet"],
    [
      'patch with a value that is no record',
      { items: [], patch: { counters: 3 } },
      "het deel 'counters' klopt niet",
    ],
    ['patch with a list', { items: [], patch: { counters: [] } }, "het deel 'counters' klopt niet"],
    [
      'patch of an unknown part',
      { items: [], patch: { onbekend: { a: 1 } } },
      "het deel 'onbekend' klopt niet",
    ],
    [
      'patch of a list part',
      { items: [], patch: { decisions: { a: 1 } } },
      /^het deel 'decisions' klopt niet \(.+\)$/,
    ],
    [
      'patch that breaks the schema',
      { items: [], patch: { counters: { X: 'een' } } },
      /^het deel 'counters' klopt niet bij 'X'/,
    ],
    ['handled as text', { items: [], handled: 'slack:1' }, "het deel 'handled' klopt niet"],
    [
      'handled without a key',
      { items: [], handled: { at: '2026-11-28T09:00:00.000Z' } },
      "het deel 'handled' klopt niet",
    ],
    [
      'handled with a time that is no text',
      { items: [], handled: { key: 'k', at: 5 } },
      "het deel 'handled' klopt niet",
    ],
    ['a seq that is text', { items: [], seq: '3' }, "het deel 'seq' klopt niet"],
    ['a seq that is a fraction', { items: [], seq: 1.5 }, "het deel 'seq' klopt niet"],
    ['a seq below zero', { items: [], seq: -1 }, "het deel 'seq' klopt niet"],
    ['audit that is no list', { items: [], audit: {} }, "het deel 'audit' klopt niet"],
    ['audit with an entry that is no object', { items: [], audit: ['x'] }, "het deel 'audit' klopt niet"],
    [
      'an item that is no object',
      { items: ['BES-2026-001'] },
      "onderdeel 1 is geen geldig item bij 'id' (het heeft geen id)",
    ],
    [
      'an item without an id',
      { items: [{ text: 'x' }] },
      "onderdeel 1 is geen geldig item bij 'id' (het heeft geen id)",
    ],
    [
      'an item whose id is no text',
      { items: [{ ...decision(1), id: 7 }] },
      "onderdeel 1 is geen geldig item bij 'id' (het heeft geen id)",
    ],
    [
      'an item with an unknown id prefix',
      { items: [decision(1), { ...decision(2), id: 'BESX-2026-002' }] },
      "onderdeel 2 is geen geldig item bij 'id' (onbekend soort id: BESX)",
    ],
    [
      'an inherited prefix',
      { items: [{ ...decision(1), id: 'toString-2026-001' }] },
      "onderdeel 1 is geen geldig item bij 'id' (onbekend soort id: toString)",
    ],
    [
      'an item that breaks the schema',
      { items: [decision(1, { by: '' })] },
      /^onderdeel 1 \(decisions BES-2026-001\) is geen geldig item bij 'by' \(.+\)$/,
    ],
  ];
  for (const [what, value, problem] of cases) {
    it(`(${what}) is refused, saying what is wrong`, () => {
      const found = problemOf(value);
      if (typeof problem === 'string') expect(found).toBe(problem);
      else expect(found).toMatch(problem);
    });
  }

  it('is not JSON', () => {
    expect(decodeLine(framed('{"items":['))).toEqual({ problem: 'het is geen geldige JSON' });
  });

  it('keeps what is well formed, and only that', () => {
    const handled = { key: 'slack:1', at: '2026-11-28T09:00:00.000Z' };
    const audit = [{ at: '2026-11-28T09:00:00.000Z', actor: 'voorzitter', action: 'besluit', seq: 0 }];
    expect(decode({ seq: 0, items: [], shared: {}, patch: {}, handled, audit, extra: 1 })).toEqual({
      entry: { seq: 0, items: [], handled, audit },
    });
    expect(decode({ items: [], patch: { counters: { X: 1 } } })).toEqual({
      entry: { items: [], patch: { counters: { X: 1 } } },
    });
  });
});

describe('the start-up proof (the seal)', () => {
  const forged = { seq: 1, items: [decision(1, { at: 'gisteren' })], shared: { counters: { X: -1 } } };

  it('spares a sealed line the check of its items and its shared parts', () => {
    const line = encodeLine(forged, seal).slice(0, -1);
    expect(entryOf(line, seal)).toEqual({
      seq: 1,
      items: [decision(1, { at: 'gisteren' })],
      shared: { counters: { X: -1 } },
    });
  });

  it('still maps every item to its kind by its id, sealed or not', () => {
    const line = encodeLine({ items: [{ ...decision(1), id: 'XYZ-2026-001' }] }, seal).slice(0, -1);
    expect(decodeLine(line, seal)).toEqual({
      problem: "onderdeel 1 is geen geldig item bij 'id' (onbekend soort id: XYZ)",
    });
  });

  it('checks in full a line sealed by another key, without a seal, or read without the key', () => {
    for (const [line, key] of [
      [encodeLine(forged, otherSeal), seal],
      [encodeLine(forged), seal],
      [encodeLine(forged, seal), undefined],
    ] as const) {
      expect(decodeLine(line.slice(0, -1), key)).toEqual({
        problem: expect.stringMatching(
          /^onderdeel 1 \(decisions BES-2026-001\) is geen geldig item bij 'at'/,
        ),
      });
    }
  });

  it('checks in full a line with a seal inside one of its parts (only the last field counts)', () => {
    // A seal that is right for the text before it, but inside a part: not the line's seal.
    const before = `{"items":[${JSON.stringify(decision(1, { at: 'gisteren' }))}],"x":{"a":1`;
    const text = `${before},"seal":"${seal.of(`${before}}`)}"}}`;
    expect(decodeLine(framed(text), seal)).toEqual({ problem: expect.stringMatching(/^onderdeel 1 /) });
  });

  it('names the place of a problem deep inside an item by its whole path', () => {
    const request = {
      id: 'ADV-2026-001',
      title: 'Verzoek',
      themes: [],
      confidentiality: 'openbaar',
      step: 'ontvangen',
      openedBy: 'gemeente',
      openedAt: '2026-11-28T09:00:00.000Z',
      history: [{ at: 'gisteren', by: 'gemeente', step: 'ontvangen' }],
      answerRefusals: 0,
      reminders: {},
    };
    expect(problemOf({ items: [request] })).toMatch(
      /^onderdeel 1 \(adviceRequests ADV-2026-001\) is geen geldig item bij 'history\.0\.at' \(.+\)$/,
    );
  });

  it('checks in full a line whose seal is not its last field, or was changed', () => {
    const json = JSON.stringify(forged);
    const sealOf = seal.of(json);
    const moved = `{"seal":"${sealOf}",${json.slice(1)}`;
    const changed = `${json.slice(0, -1)},"seal":"${sealOf.slice(0, -1)}${sealOf.endsWith('0') ? '1' : '0'}"}`;
    const short = `${json.slice(0, -1)},"seal":"${sealOf.slice(2)}"}`;
    for (const text of [moved, changed, short])
      expect(decodeLine(framed(text), seal)).toEqual({ problem: expect.stringMatching(/^onderdeel 1/) });
  });

  it('covers the shared parts: a sealed line with a changed part is checked in full', () => {
    const json = JSON.stringify({ seq: 1, items: [], shared: { counters: { X: 1 } } });
    const sealed = `${json.slice(0, -1)},"seal":"${seal.of(json)}"}`;
    expect(decodeLine(framed(sealed.replace('"X":1', '"X":-1')), seal)).toEqual({
      problem: expect.stringMatching(/^het deel 'counters' klopt niet bij 'X'/),
    });
    expect(entryOf(framed(sealed), seal)).toEqual({ seq: 1, items: [], shared: { counters: { X: 1 } } });
  });
});

describe('the journal file', () => {
  it('numbers its lines from 1, skips blank ones, lists damaged ones and finds a torn last line', async () => {
    const dir = await tempDir();
    const path = join(dir, 'db.journal.jsonl');
    const good = encodeLine({ seq: 1, items: [decision(1)] }, seal);
    const damaged = encodeLine({ seq: 2, items: [decision(2)] }, seal).replace('Besluit 2', 'Besluit 3');
    const last = encodeLine({ seq: 3, items: [decision(3)] }, seal);
    await writeFile(path, `${good}\n  \n${damaged}${last}${last.slice(0, 20)}`);
    const contents = await new JournalFile(path, seal).read();
    expect(contents.lines.map((line) => [line.number, line.entry.seq])).toEqual([
      [1, 1],
      [5, 3],
    ]);
    expect(contents.damaged).toEqual([{ number: 4, problem: 'de controlesom klopt niet' }]);
    const size = Buffer.byteLength(`${good}\n  \n${damaged}${last}`);
    expect(contents.torn).toEqual({ number: 6, offset: size });
    expect(contents.size).toBe(size);
  });
});
