// @ts-nocheck
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { privacyMessages } from '../../commands/privacy/messages.ts';
import { ATTENDANCE_FIELD, mentions, personalRecords, replaceMember } from '../../src/domain/privacy.ts';
import { DEMO_MEMBERS } from '../../src/setup/config.ts';
import { isMemberId, memberPaths, memberWords, pathText, unwrapped } from '../../src/store/member-fields.ts';
import { type Db, dbSchema, emptyDb, memberField, memberId } from '../../src/store/schema.ts';
import { Harness, testConfig } from '../support/harness.ts';

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

/** Every string field of a schema, member id or not, with its path (`expenses[].paid.by`). */
function stringFields(schema: z.ZodType, path: string[] = []): Array<{ path: string; member: boolean }> {
  const inner = unwrapped(schema);
  if (isMemberId(inner)) return [{ path: pathText(path), member: true }];
  if (inner instanceof z.ZodString) return [{ path: pathText(path), member: false }];
  if (inner instanceof z.ZodObject) {
    return Object.entries(inner.shape as Record<string, z.ZodType>).flatMap(([key, field]) =>
      stringFields(field, [...path, key]),
    );
  }
  if (inner instanceof z.ZodArray) return stringFields(inner.element as z.ZodType, [...path, '[]']);
  return [];
}

/** Every plain string the data holds, with the path of its schema field. */
function stringValues(
  schema: z.ZodType,
  data: unknown,
  path: string[] = [],
): Array<{ path: string; value: string }> {
  const inner = unwrapped(schema);
  if (data === undefined || data === null) return [];
  if (inner instanceof z.ZodString)
    return typeof data === 'string' ? [{ path: pathText(path), value: data }] : [];
  if (inner instanceof z.ZodObject) {
    return Object.entries(inner.shape as Record<string, z.ZodType>).flatMap(([key, field]) =>
      stringValues(field, (data as Record<string, unknown>)[key], [...path, key]),
    );
  }
  if (inner instanceof z.ZodArray) {
    return (data as unknown[]).flatMap((element) =>
      stringValues(inner.element as z.ZodType, element, [...path, '[]']),
    );
  }
  return [];
}

/** Fields that hold a member id on purpose without being one: the id being forgotten, until it is. */
const NOT_A_MEMBER_FIELD = new Set(['forgottenMembers[].erasing']);
const PERSON = /^(by|owner|attendees|members?|signer|approver|assignee|actor)$|By$/;

/** A panel year in which every member does something, including a municipal promise. */
async function activity(h: Harness): Promise<void> {
  await h.command('gemeente', '/advies nieuw Druktemeter');
  await h.command('voorzitter', '/advies stap ADV-1 in-overweging');
  await h.command('voorzitter', '/advies stap ADV-1 in-gesprek');
  await h.command('secretaris', '/advies uitbrengen ADV-1 Alleen bij drukte');
  await h.command('gemeente', '/advies reactie ADV-1 opgevolgd hoe:"via de website" termijn:1-3-2027');
  await h.command('panellid', '/uitgave 45,20 reis Trein');
  await h.command('secretaris', '/overleg plan 28-11-2026');
  await h.command('secretaris', '/overleg aanwezig OVL-1 panellid gemeente voorzitter');
  await h.command('secretaris', '/overleg actie OVL-1 gemeente Verslag sturen');
  await h.command('gemeente', '/ontwikkeling nieuw Slimme lantaarnpalen fase:verkenning');
  await h.command('panellid', '/notitie nieuw Gesprek');
  await h.command('panellid', '/notitie tekst GN-1 Tekst');
  await h.command('gemeente', '/notitie teken GN-1');
  await h.command('voorzitter', '/besluit ADV-1 Akkoord');
}

describe('member-id fields, declared once in the schema', () => {
  it('every field whose name says it holds a person is declared a member id (memberId in schema.ts)', () => {
    const fields = stringFields(dbSchema);
    expect(fields.filter((field) => field.member).length).toBeGreaterThan(30);
    const undeclared = fields.filter(
      (field) =>
        !field.member &&
        PERSON.test(
          field.path
            .split(/[.[\]]+/)
            .filter(Boolean)
            .at(-1)!,
        ),
    );
    expect(undeclared.map((field) => field.path).filter((path) => !NOT_A_MEMBER_FIELD.has(path))).toEqual([]);
  });

  it('in a real panel year, every member id in the data sits in a declared member field', async () => {
    harness = await Harness.create();
    await activity(harness);
    const ids = new Set(DEMO_MEMBERS.map((member) => member.id));
    const declared = new Set(memberPaths(dbSchema).map(pathText));
    const stray = stringValues(dbSchema, harness.store.db)
      .filter(({ path, value }) => ids.has(value) && !declared.has(path) && !NOT_A_MEMBER_FIELD.has(path))
      .map(({ path, value }) => `${path} = ${value}`);
    expect(stray).toEqual([]);
  });

  it.each(memberPaths(dbSchema).map((path) => [pathText(path), path] as const))(
    '/privacy inzage and vergeet cover %s',
    (_, path) => {
      // The smallest data that holds a member id at this path, inside an item.
      const leaf: unknown = 'lid-x';
      const nest = (keys: readonly string[]): unknown =>
        keys.length === 0
          ? leaf
          : keys[0] === '[]'
            ? [nest(keys.slice(1))]
            : { [keys[0]!]: nest(keys.slice(1)) };
      // In a list of items (`expenses[].approval.by`), or in a part of its own (`roster.removed[]`).
      const inItems = path[1] === '[]';
      const item = { id: 'XYZ-2026-001', ...(nest(path.slice(2)) as object) };
      const part = inItems
        ? [item]
        : { ...(emptyDb()[path[0] as keyof Db] as object), ...(nest(path.slice(1)) as object) };
      const db = { ...emptyDb(), [path[0]!]: part } as Db;
      const field = pathText(path.slice(inItems ? 2 : 1));
      expect(mentions(db, 'lid-x')).toBe(true);
      expect(personalRecords(db, 'lid-x')).toEqual([
        { collection: path[0], item: inItems ? 'XYZ-2026-001' : path[0], fields: [field] },
      ]);
      replaceMember(db, 'lid-x', 'oud-lid-1');
      expect(JSON.stringify(db)).not.toContain('lid-x');
      expect(mentions(db, 'lid-x')).toBe(false);
      const word = memberWords(dbSchema).get(`${path[0]} ${field}`);
      expect(word?.nl, 'memberField({ nl, en }) in schema.ts').toBeTruthy();
      expect(word?.en, 'memberField({ nl, en }) in schema.ts').toBeTruthy();
    },
  );

  it('a member field without its words is found: memberId alone does not say what the member did', () => {
    const schema = z.object({
      things: z.array(z.object({ by: memberField({ nl: 'gedaan', en: 'done' }), checkedBy: memberId })),
    });
    expect(memberWords(schema)).toEqual(
      new Map([
        ['things by', { nl: 'gedaan', en: 'done' }],
        ['things checkedBy', undefined],
      ]),
    );
  });

  it('the attendance in a correction (a list of ids in text) is covered too', () => {
    for (const lang of ['nl', 'en'] as const) expect(privacyMessages[lang].attendance).toBeTruthy();
    expect(ATTENDANCE_FIELD).toBe('corrections[].aanwezigen');
  });

  it('/privacy vergeet leaves no trace of a former member, also in a promise the municipality made', async () => {
    harness = await Harness.create();
    await activity(harness);
    const dir = harness.dir;
    await harness.close();
    harness = await Harness.create({
      dir,
      config: testConfig({ members: DEMO_MEMBERS.filter((member) => member.id !== 'gemeente') }),
    });
    const inzage = await harness.command('voorzitter', '/privacy inzage gemeente');
    expect(inzage).toContain(
      'Adviesverzoeken: ADV-2026-001 (geopend, gereageerd, stap gezet, toezegging gedaan)',
    );
    expect(inzage).toContain('Actiepunten: ACT-2026-001 (eigenaar)');
    expect(await harness.command('voorzitter', '/privacy vergeet gemeente')).toContain("'oud-lid-1'");
    const ids = stringValues(dbSchema, harness.store.db).filter(({ value }) => value === 'gemeente');
    expect(ids).toEqual([]);
    expect(harness.store.db.adviceRequests[0]!.promise!.by).toBe('oud-lid-1');
  });
});
