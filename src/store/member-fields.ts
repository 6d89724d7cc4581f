import * as z from 'zod';

/**
 * Where the store holds member ids, read from the schema itself: a field holds one when its
 * schema is `memberId` (marked `.meta({ member: true })` in schema/fields.ts). `/privacy inzage`
 * and `/privacy vergeet` work from this list, so a new field or item kind that uses
 * `memberId` is covered without anyone adding it elsewhere.
 *
 * A path names the keys from the top of the store; `[]` stands for every element of a list:
 * `expenses[].approval.by`, `meetings[].attendees[]`.
 */
export type MemberPath = readonly string[];

const EVERY = '[]';

/** Whether this schema is the member id itself. */
export function isMemberId(schema: z.ZodType): boolean {
  return (schema.meta() as { member?: unknown } | undefined)?.member === true;
}

/** The schema without `.optional()`, `.default()` and `.nullable()` around it. */
export function unwrapped(schema: z.ZodType): z.ZodType {
  let inner = schema;
  while (inner instanceof z.ZodOptional || inner instanceof z.ZodDefault || inner instanceof z.ZodNullable) {
    inner = inner.unwrap() as z.ZodType;
  }
  return inner;
}

/** Every path below `schema` whose value is a member id. */
export function memberPaths(schema: z.ZodType, path: readonly string[] = []): MemberPath[] {
  const inner = unwrapped(schema);
  if (isMemberId(inner)) return [path];
  if (inner instanceof z.ZodObject) {
    return Object.entries(inner.shape as Record<string, z.ZodType>).flatMap(([key, field]) =>
      memberPaths(field, [...path, key]),
    );
  }
  if (inner instanceof z.ZodArray) return memberPaths(inner.element as z.ZodType, [...path, EVERY]);
  return [];
}

/** What a member did in a member field, in words, as the schema declares it (`memberField`). */
export interface MemberWord {
  readonly nl: string;
  readonly en: string;
}

/** The words of a member-id schema, when it has them. */
export function memberWordOf(schema: z.ZodType): MemberWord | undefined {
  return (schema.meta() as { did?: MemberWord } | undefined)?.did;
}

/**
 * The words of every member field below `schema`, by the top-level key and the field
 * inside its item, as `memberSlots` names them (`expenses approval.by` → goedgekeurd).
 */
export function memberWords(schema: z.ZodType): Map<string, MemberWord | undefined> {
  const words = new Map<string, MemberWord | undefined>();
  const visit = (at: z.ZodType, path: readonly string[]): void => {
    const inner = unwrapped(at);
    if (isMemberId(inner)) {
      const inItems = path[1] === EVERY;
      const key = `${path[0]} ${pathText(path.slice(inItems ? 2 : 1))}`;
      words.set(key, memberWordOf(inner));
    } else if (inner instanceof z.ZodObject) {
      for (const [key, field] of Object.entries(inner.shape as Record<string, z.ZodType>))
        visit(field, [...path, key]);
    } else if (inner instanceof z.ZodArray) visit(inner.element as z.ZodType, [...path, EVERY]);
  };
  visit(schema, []);
  return words;
}

/** `expenses[].approval.by` */
export function pathText(path: MemberPath): string {
  return path.join('.').replaceAll(`.${EVERY}`, EVERY);
}

/** One place in the data that holds a member id, and how to replace it. */
export interface MemberSlot {
  readonly value: string;
  /** The path inside its item, without the collection: `approval.by`, `attendees[]`. */
  readonly field: string;
  /** The top-level key of the store (`expenses`), and the id of the item when it is in one. */
  readonly collection: string;
  readonly item?: string | undefined;
  set(value: string): void;
}

/** Visits every member id the data holds at these paths. */
export function memberSlots(data: unknown, paths: readonly MemberPath[]): MemberSlot[] {
  const slots: MemberSlot[] = [];
  for (const path of paths) {
    const collection = path[0]!;
    const inItems = path[1] === EVERY;
    const field = pathText(path.slice(inItems ? 2 : 1));
    const walk = (holder: unknown, depth: number, item: string | undefined): void => {
      if (holder === null || typeof holder !== 'object') return;
      const key = path[depth]!;
      const record = holder as Record<string, unknown>;
      const keys = key === EVERY ? Object.keys(holder as unknown[]) : [key];
      for (const at of keys) {
        const value = record[at];
        const owner = depth === 1 && inItems ? ((value as { id?: string } | undefined)?.id ?? item) : item;
        if (depth === path.length - 1) {
          if (typeof value === 'string') {
            slots.push({
              value,
              field,
              collection,
              item: owner,
              set: (next) => {
                record[at] = next;
              },
            });
          }
        } else walk(value, depth + 1, owner);
      }
    };
    walk(data, 0, undefined);
  }
  return slots;
}
