// @ts-nocheck
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { forgetMember } from '../../src/domain/privacy.ts';
import { isMemberId, unwrapped } from '../../src/store/member-fields.ts';
import { type Db, dbSchema, emptyDb } from '../../src/store/schema.ts';
import { TEXT_FIELDS } from '../../src/store/text-fields.ts';

/** Every text field of a schema that is not a member id: `meetings[].minutes[].text`, `counters{key}`. */
function textPaths(schema: z.ZodType, path = ''): string[] {
  const inner = unwrapped(schema);
  if (isMemberId(inner)) return [];
  if (inner instanceof z.ZodObject)
    return Object.entries(inner.shape as Record<string, z.ZodType>).flatMap(([key, field]) =>
      textPaths(field, path ? `${path}.${key}` : key),
    );
  if (inner instanceof z.ZodArray) return textPaths(inner.element as z.ZodType, `${path}[]`);
  if (inner instanceof z.ZodRecord)
    return [`${path}{key}`, ...textPaths(inner.valueType as z.ZodType, `${path}{}`)];
  if (inner instanceof z.ZodString) return [path];
  return [];
}

describe('every text field of the store is either a member id or says whether a name can stand in it', () => {
  it('a new text field must be added to src/store/text-fields.ts (typed, written or none)', () => {
    const missing = textPaths(dbSchema).filter((path) => !TEXT_FIELDS.has(path));
    expect(missing, 'text fields without a word on names: add them to src/store/text-fields.ts').toEqual([]);
  });

  it('names no field the schema does not have', () => {
    const known = new Set(textPaths(dbSchema));
    // The roster kept in chat comes with its own part of the store (`roster`), when that is there.
    const hasRoster = 'roster' in dbSchema.shape;
    const stale = [...TEXT_FIELDS]
      .filter(([path, kind]) => !known.has(path) && (kind !== 'roster' || hasRoster))
      .map(([path]) => path);
    expect(stale).toEqual([]);
  });

  it('a field the bot writes from the roster keeps no name after forgetMember', () => {
    const written = [...TEXT_FIELDS].filter(([, kind]) => kind === 'written').map(([path]) => path);
    expect(written.length).toBeGreaterThan(0);
    for (const path of written) {
      const db = emptyDb() as Db;
      const keys = path.split('.');
      // Builds the one item the path goes through, with the name in the field.
      const nest = (rest: readonly string[]): unknown => {
        const [key, ...more] = rest;
        if (key === undefined) return 'Aanwezig: Lid Xyzzy (panel)';
        if (key.endsWith('[]')) {
          const name = key.slice(0, -2);
          return { [name]: [more.length ? nest(more) : 'Aanwezig: Lid Xyzzy (panel)'] };
        }
        return { [key]: nest(more) };
      };
      const top = keys[0]!.replace('[]', '');
      const item = { id: 'OVL-2026-001', ...(nest(keys.slice(1)) as object) };
      (db as unknown as Record<string, unknown>)[top] = [item];
      expect(JSON.stringify(db)).toContain('Xyzzy');
      forgetMember(db, 'lid-x', 'oud-lid-1');
      expect(JSON.stringify(db), path).not.toContain('Xyzzy');
    }
  });
});
