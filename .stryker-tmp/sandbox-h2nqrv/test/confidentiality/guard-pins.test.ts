// @ts-nocheck
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  guardFor,
  isConfidential,
  MentionGuard,
  type Nameable,
  opennessLabel,
  protectionOf,
  shownLines,
  stricter,
  visibleIn,
  visibleLink,
  withheldNote,
} from '../../src/kit/confidentiality.ts';
import { type Decision, emptyDb } from '../../src/store/schema.ts';
import { Harness } from '../support/harness.ts';

/**
 * Tests that pin the guard: each one fails when a harmless-looking change to
 * src/kit/confidentiality.ts would let confidential content out.
 */
const TODAY = '2026-11-28';
const decision: Decision = {
  id: 'BES-2026-001',
  text: 'Een besluit',
  confidentiality: 'openbaar',
  by: 'voorzitter',
  at: '2026-11-01T10:00:00Z',
};
const secret = (id: string, title: string, until?: string): Nameable => ({
  id,
  title,
  confidentiality: 'vertrouwelijk',
  ...(until ? { confidentialUntil: until } : {}),
});

describe('two dated protections on one item', () => {
  const early = { confidentiality: 'vertrouwelijk', confidentialUntil: '2027-01-01' } as const;
  const late = { confidentiality: 'vertrouwelijk', confidentialUntil: '2027-06-01' } as const;
  const lateFirst = { confidentiality: 'vertrouwelijk', confidentialUntil: '2027-12-01' } as const;

  it('the later end date wins, whichever comes first', () => {
    expect(stricter(early, late, TODAY)).toStrictEqual(late);
    expect(stricter(late, early, TODAY)).toStrictEqual(late);
    expect(stricter(lateFirst, early, TODAY)).toStrictEqual(lateFirst);
    // Dates that sort differently as text and as numbers would not: ISO dates sort as text.
    expect(
      stricter(
        { ...early, confidentialUntil: '2027-10-01' },
        { ...early, confidentialUntil: '2027-09-30' },
        TODAY,
      ),
    ).toStrictEqual({ confidentiality: 'vertrouwelijk', confidentialUntil: '2027-10-01' });
  });

  it('without an end date on either, confidential for good; public only when both are', () => {
    expect(stricter(early, { confidentiality: 'vertrouwelijk' }, TODAY)).toStrictEqual({
      confidentiality: 'vertrouwelijk',
    });
    expect(stricter({ confidentiality: 'vertrouwelijk' }, early, TODAY)).toStrictEqual({
      confidentiality: 'vertrouwelijk',
    });
    expect(stricter({ confidentiality: 'openbaar' }, early, TODAY)).toStrictEqual(early);
    expect(stricter(early, { confidentiality: 'openbaar' }, TODAY)).toStrictEqual(early);
    expect(stricter({ confidentiality: 'openbaar' }, { confidentiality: 'openbaar' }, TODAY)).toStrictEqual({
      confidentiality: 'openbaar',
    });
    // An end date already passed protects nothing: the other one holds.
    const lapsed = { confidentiality: 'vertrouwelijk', confidentialUntil: '2026-11-01' } as const;
    expect(stricter(lapsed, early, TODAY)).toStrictEqual(early);
    expect(stricter(lapsed, { confidentiality: 'openbaar' }, TODAY)).toStrictEqual({
      confidentiality: 'openbaar',
    });
  });
});

describe('an end date of today', () => {
  it('is still confidential today, public tomorrow', () => {
    const item = secret('ADV-2026-001', 'Iets', TODAY);
    expect(isConfidential(item, TODAY)).toBe(true);
    expect(isConfidential(item, '2026-11-29')).toBe(false);
    expect(isConfidential({ confidentiality: 'openbaar', confidentialUntil: '2027-01-01' }, TODAY)).toBe(
      false,
    );
  });
});

describe('titles the guard looks for', () => {
  it('a title with regex characters is matched literally', () => {
    const guard = new MentionGuard([secret('ADV-2026-001', 'ANPR 2.0 (pilot)')], TODAY);
    expect(guard.names('De ANPR 2.0 (pilot) loopt nog.')).toBe(true);
    expect(guard.names('anpr 2.0 (PILOT)')).toBe(true);
    for (const text of [
      'De ANPR 2x0 (pilot) loopt',
      'ANPR 2.0 pilot',
      'ANPR 20 (pilot)',
      'ANPR 2.0 (pilots)',
    ]) {
      expect(guard.names(text), text).toBe(false);
    }
    const star = new MentionGuard([secret('ADV-2026-002', 'Proef a+b* [x]|y')], TODAY);
    expect(star.names('Over proef a+b* [x]|y.')).toBe(true);
    expect(star.names('Over proef aab [x]')).toBe(false);
  });

  it('a title with a double space or a line break meets the text however it is spaced', () => {
    const guard = new MentionGuard(
      [secret('ADV-2026-001', 'Camera  Zuidpark'), secret('ONT-2026-001', 'Slimme\nlantaarnpalen')],
      TODAY,
    );
    for (const text of [
      'de camera zuidpark',
      'de camera\n\nzuidpark',
      'slimme lantaarnpalen',
      'slimme\t lantaarnpalen',
    ]) {
      expect(guard.names(text), text).toBe(true);
    }
    expect(guard.names('de camerazuidpark')).toBe(false);
  });

  it('a title of three letters is looked for, one of two is not', () => {
    const guard = new MentionGuard([secret('ADV-2026-001', 'Abc'), secret('ADV-2026-002', 'Xy')], TODAY);
    expect(guard.names('over abc gesproken')).toBe(true);
    expect(guard.names('over abcd gesproken')).toBe(false);
    expect(guard.names('over ab gesproken')).toBe(false);
    expect(guard.names('over xy gesproken')).toBe(false);
    expect(guard.named('over xy en ADV-2')).toEqual(['ADV-2026-002']);
  });

  it('a title is found only as whole words, not inside another word', () => {
    const guard = new MentionGuard([secret('ADV-2026-001', 'Merel')], TODAY);
    expect(guard.names('Project merel.')).toBe(true);
    expect(guard.names('merel')).toBe(true);
    expect(guard.names('Merelstraat')).toBe(false);
    expect(guard.names('Zwartemerel')).toBe(false);
    expect(guard.names('merel2')).toBe(false);
  });

  it('a public item, or one whose protection lapsed, is not looked for', () => {
    const guard = new MentionGuard(
      [
        { id: 'ADV-2026-003', title: 'Openbaar', confidentiality: 'openbaar' },
        secret('ADV-2026-005', 'Verlopen', '2026-11-27'),
      ],
      TODAY,
    );
    expect(guard.names('openbaar en ADV-3')).toBe(false);
    expect(guard.names('verlopen en ADV-5 en ADV-2026-005')).toBe(false);
  });
});

describe('ids the guard looks for', () => {
  const guard = new MentionGuard(
    [secret('ADV-2026-004', 'Iets geheims'), secret('ADV-2025-004', 'Ouder')],
    TODAY,
  );

  it('a short id names every confidential item of that number; a full id only its own', () => {
    expect(guard.named('ADV-4').sort()).toEqual(['ADV-2025-004', 'ADV-2026-004']);
    expect(guard.named('ADV-2026-004')).toEqual(['ADV-2026-004']);
    expect(guard.named('ADV-2025-4')).toEqual(['ADV-2025-004']);
    expect(guard.named('ADV-2024-004')).toEqual([]);
    expect(guard.named('BES-4')).toEqual([]);
    expect(guard.named('ADV2026004')).toEqual(['ADV-2026-004']);
  });

  it('leaves out the item itself', () => {
    expect(guard.named('ADV-4 en ADV-2025-004', 'ADV-2026-004')).toEqual(['ADV-2025-004']);
    expect(guard.namedBy({ ...secret('ADV-2026-004', 'Over ADV-4'), confidentiality: 'openbaar' })).toBe(
      true,
    );
    expect(guard.namedBy({ id: 'ADV-2026-004', title: 'Iets geheims', confidentiality: 'openbaar' })).toBe(
      false,
    );
    expect(guard.names(undefined)).toBe(false);
  });
});

describe('/besluit … tot:<vandaag>', () => {
  let harness: Harness;
  beforeEach(async () => {
    harness = await Harness.create();
  });
  afterEach(async () => {
    await harness.close();
  });

  it('is accepted and confidential through today; yesterday is refused', async () => {
    await harness.command('voorzitter', '/besluit Vandaag nog geheim tot:28-11-2026');
    const decision = harness.store.db.decisions[0]!;
    expect(decision).toMatchObject({ confidentiality: 'vertrouwelijk', confidentialUntil: TODAY });
    expect(await harness.command('panellid', '/besluit lijst', { channel: 'openbaar' })).not.toContain(
      'geheim',
    );
    const refused = await harness.command('voorzitter', '/besluit Gisteren tot:27-11-2026');
    expect(refused).not.toContain('vastgelegd');
    expect(harness.store.db.decisions).toHaveLength(1);
    harness.clock.set(new Date('2026-11-29T09:00:00Z'));
    expect(await harness.command('panellid', '/besluit lijst', { channel: 'openbaar' })).toContain(
      'Vandaag nog geheim',
    );
  });
});

describe('more of how ids and titles are read', () => {
  it('an id with spaces around its hyphen, or several spaces, still names it', () => {
    const guard = new MentionGuard([secret('ADV-2026-002', 'Iets')], TODAY);
    for (const text of ['ADV - 2', 'ADV- 2', 'ADV -2', 'ADV  2', 'adv 2026 - 2', 'ADV-2026  002']) {
      expect(guard.names(text), text).toBe(true);
    }
    for (const text of ['AD 2', 'ADVV 2', 'ADV 2026 12', 'ADV 2027 2']) {
      expect(guard.names(text), text).toBe(false);
    }
  });

  it('a title with braces, anchors, a dollar or a backslash is matched literally', () => {
    const guard = new MentionGuard([secret('ADV-2026-001', 'Kosten {A} ^$ \\d x')], TODAY);
    expect(guard.names('over kosten {a} ^$ \\d x')).toBe(true);
    expect(guard.names('over kosten a ^$ 1 x')).toBe(false);
    expect(guard.names('over kosten {aa} ^$ \\d x')).toBe(false);
  });

  it("the former names are a corrected title, an expense's description, an action's text and a decision's text", () => {
    const item = (id: string, extra: object): Nameable => ({ ...secret(id, 'Nu'), ...extra }) as Nameable;
    const correction = (field: string, before: string) => ({ corrections: [{ field, before }] });
    const guard = new MentionGuard(
      [
        item('ADV-2026-001', correction('titel', 'Oude titel')),
        item('UIT-2026-001', correction('omschrijving', 'Oude omschrijving')),
        item('ACT-2026-001', correction('text', 'Oude actie')),
        item('BES-2026-001', { changes: [{ before: 'Oud besluit' }] }),
        item('OVL-2026-001', correction('notulen 1', 'Een notulenregel')),
      ],
      TODAY,
    );
    expect(guard.named('de oude titel')).toEqual(['ADV-2026-001']);
    expect(guard.named('de oude omschrijving')).toEqual(['UIT-2026-001']);
    expect(guard.named('de oude actie')).toEqual(['ACT-2026-001']);
    expect(guard.named('het oud besluit')).toEqual(['BES-2026-001']);
    expect(guard.named('een notulenregel')).toEqual([]);
  });

  it('an item is named by its title, else its description, else its text', () => {
    const guard = new MentionGuard(
      [
        { id: 'UIT-2026-001', description: 'Reis naar Utrecht', confidentiality: 'vertrouwelijk' },
        { id: 'BES-2026-001', text: 'Geen camera', confidentiality: 'vertrouwelijk' },
        {
          id: 'GN-2026-001',
          title: 'Notitietitel',
          text: 'Lange notitietekst',
          confidentiality: 'vertrouwelijk',
        },
      ],
      TODAY,
    );
    expect(guard.named('reis naar utrecht')).toEqual(['UIT-2026-001']);
    expect(guard.named('geen camera')).toEqual(['BES-2026-001']);
    expect(guard.named('de notitietitel')).toEqual(['GN-2026-001']);
    expect(guard.named('lange notitietekst')).toEqual([]);
  });
});

describe('the counts and labels of what was held back', () => {
  it('counts one or more withheld lines, or says nothing', () => {
    expect(withheldNote('nl', 0, 'minute')).toBeUndefined();
    expect(withheldNote('nl', 1, 'minute')).toBe(
      '1 notulenregel niet getoond: gaat over een vertrouwelijk onderwerp.',
    );
    expect(withheldNote('nl', 2, 'action')).toBe(
      '2 actiepunten niet getoond: gaat over een vertrouwelijk onderwerp.',
    );
  });

  it('shows every line where it may be read, and only those naming nothing confidential elsewhere', () => {
    const guard = new MentionGuard([secret('ADV-2026-004', 'Iets')], TODAY);
    expect(shownLines(['a', 'over ADV-4'], undefined)).toEqual({ shown: ['a', 'over ADV-4'], withheld: 0 });
    expect(shownLines(['a', 'over ADV-4'], guard)).toEqual({ shown: ['a'], withheld: 1 });
  });

  it('labels public, confidential and confidential until a date', () => {
    expect(opennessLabel({ confidentiality: 'openbaar' }, TODAY, 'nl')).toBe('openbaar');
    expect(opennessLabel({ confidentiality: 'vertrouwelijk' }, TODAY, 'nl')).toBe('vertrouwelijk');
    expect(
      opennessLabel({ confidentiality: 'vertrouwelijk', confidentialUntil: '2026-11-27' }, TODAY, 'nl'),
    ).toBe('openbaar');
    expect(
      opennessLabel({ confidentiality: 'vertrouwelijk', confidentialUntil: '2027-03-01' }, TODAY, 'nl'),
    ).toContain('1 maart 2027');
  });

  it('a minute line is public unless marked', () => {
    expect(protectionOf({})).toEqual({ confidentiality: 'openbaar', confidentialUntil: undefined });
    expect(protectionOf({ confidentiality: 'vertrouwelijk', confidentialUntil: '2027-01-01' })).toEqual({
      confidentiality: 'vertrouwelijk',
      confidentialUntil: '2027-01-01',
    });
  });

  it('leaves out a link to a confidential development only for a public rendering', () => {
    const find = (id: string) => (id === 'ONT-2026-001' ? secret(id, 'Geheim') : undefined);
    const item = { id: 'ADV-2026-001', development: 'ONT-2026-001' };
    expect(visibleLink(item, true, TODAY, find).development).toBeUndefined();
    expect(visibleLink(item, false, TODAY, find).development).toBe('ONT-2026-001');
    expect(visibleLink({ ...item, development: 'ONT-2026-009' }, true, TODAY, find).development).toBe(
      'ONT-2026-009',
    );
  });

  it('visibleIn counts what it holds back in public, and holds nothing back elsewhere', () => {
    const items = [
      secret('ADV-2026-001', 'Geheim'),
      { id: 'ADV-2026-002', title: 'Over ADV-1', confidentiality: 'openbaar' as const },
      { id: 'ADV-2026-003', title: 'Open', confidentiality: 'openbaar' as const },
    ];
    const guard = new MentionGuard(items, TODAY);
    expect(visibleIn(items, true, TODAY, undefined, guard)).toEqual({ shown: [items[2]], hidden: 2 });
    expect(visibleIn(items, true, TODAY)).toEqual({ shown: [items[1], items[2]], hidden: 1 });
    expect(visibleIn(items, false, TODAY, undefined, guard)).toEqual({ shown: items, hidden: 0 });
  });
});

describe('edges that only a mutation finds', () => {
  it('an id followed by another number is still the short id; a short id names only that number', () => {
    const guard = new MentionGuard(
      [secret('ADV-2026-002', 'Twee'), secret('ADV-2026-005', 'Vijf'), secret('BES-2026-002', 'Besluit')],
      TODAY,
    );
    expect(guard.named('ADV 2 3 keer besproken')).toEqual(['ADV-2026-002']);
    expect(guard.named('ADV-2')).toEqual(['ADV-2026-002']);
    expect(guard.named('BES-2')).toEqual(['BES-2026-002']);
  });

  it('an item without any name has no title to look for, and odd words find nothing', () => {
    const guard = new MentionGuard([{ id: 'ADV-2026-001', confidentiality: 'vertrouwelijk' }], TODAY);
    expect(guard.names('stryker was here!')).toBe(false);
    expect(guard.names('undefined')).toBe(false);
    expect(guard.names('')).toBe(false);
  });

  it('an item without an id is judged by its own protection only', () => {
    const guard = new MentionGuard([secret('ADV-2026-001', 'Geheim')], TODAY);
    const rows = [{ confidentiality: 'openbaar' as const, title: 'Over ADV-1' }];
    expect(visibleIn(rows, true, TODAY, (row) => row, guard)).toEqual({ shown: rows, hidden: 0 });
  });

  it('the guard of a store that keeps no index of marked items is built from all items', async () => {
    const db = { ...emptyDb(), decisions: [{ ...decision, confidentiality: 'vertrouwelijk' as const }] };
    expect(guardFor(db, TODAY, true)!.names('BES-1')).toBe(true);
    expect(guardFor(db, TODAY, false)).toBeUndefined();
    const open = { ...emptyDb(), decisions: [decision] };
    expect(guardFor(open, TODAY, true)!.names('BES-1')).toBe(false);
  });

  it("a store's guard follows the day: a protection that ends today holds today, not tomorrow", async () => {
    const harness = await Harness.create();
    await harness.command('voorzitter', '/besluit Geheim plan tot:28-11-2026');
    expect(guardFor(harness.store.db, TODAY, true)!.names('BES-1')).toBe(true);
    expect(guardFor(harness.store.db, TODAY, true)).toBe(guardFor(harness.store.db, TODAY, true));
    expect(guardFor(harness.store.db, '2026-11-29', true)!.names('BES-1')).toBe(false);
    expect(guardFor(harness.store.db, TODAY, true)!.names('BES-1')).toBe(true);
    await harness.command('voorzitter', '/besluit Gewoon besluit');
    expect(harness.store.db.decisions[1]!.confidentiality).toBe('openbaar');
    await harness.close();
  });
});
