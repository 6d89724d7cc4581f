// @ts-nocheck
import { type MemberSlot, memberPaths, memberSlots } from '../store/member-fields.ts';
import { type Correction, type Db, dbSchema, type Expense, ITEM_COLLECTIONS } from '../store/schema.ts';
import { withoutText } from './report-lines.ts';

/**
 * Privacy by design (AVG) as pure functions: what the store holds about a member, how a
 * former member is forgotten, and how old receipts are erased. Records and totals stay.
 *
 * Where member ids are held is not listed here: it is read from the schema (every field
 * that uses `memberId`), so a new field or item kind is covered by inzage and vergeet.
 */
let memberPathsOfDb: ReturnType<typeof memberPaths> | undefined;

/** The correction field whose before and after are lists of member ids (`anna, piet`). */
const ATTENDANCE = 'aanwezigen';
/** How `personalRecords` names a member in a corrected attendance list. */
export const ATTENDANCE_FIELD = 'corrections[].aanwezigen';

/** Every member id in the data, with where it is and how to replace it. */
function slots(db: Db): MemberSlot[] {
  // Read from the schema when first needed, not at every start.
  memberPathsOfDb ??= memberPaths(dbSchema);
  const found = memberSlots(db, memberPathsOfDb);
  // Attendance corrections hold member ids inside text: one list before and one after.
  for (const collection of Object.values(ITEM_COLLECTIONS)) {
    for (const item of db[collection] as ReadonlyArray<{ id: string; corrections?: Correction[] }>) {
      for (const correction of item.corrections ?? []) {
        if (correction.field !== ATTENDANCE) continue;
        for (const side of ['before', 'after'] as const) {
          const ids = correction[side].split(', ');
          ids.forEach((value, index) => {
            found.push({
              value,
              field: ATTENDANCE_FIELD,
              collection,
              item: item.id,
              set: (next) => {
                ids[index] = next;
                correction[side] = ids.join(', ');
              },
            });
          });
        }
      }
    }
  }
  return found;
}

/** One item that names the member, and in which of its fields (`announcedBy`, `approval.by`). */
export interface PersonalRecord {
  readonly collection: string;
  readonly item: string;
  readonly fields: readonly string[];
}

/** Everything in the store that names this member, item by item, in the store's order. */
export function personalRecords(db: Db, id: string): PersonalRecord[] {
  const records = new Map<string, { collection: string; item: string; fields: string[] }>();
  for (const slot of slots(db)) {
    if (slot.value !== id) continue;
    const item = slot.item ?? slot.collection;
    const record = records.get(item) ?? { collection: slot.collection, item, fields: [] };
    if (!record.fields.includes(slot.field)) record.fields.push(slot.field);
    records.set(item, record);
  }
  const order = Object.values(ITEM_COLLECTIONS) as string[];
  return [...records.values()].sort((a, b) => order.indexOf(a.collection) - order.indexOf(b.collection));
}

/** Whether the store mentions this member id anywhere. */
export function mentions(db: Db, id: string): boolean {
  return slots(db).some((slot) => slot.value === id);
}

/** Replaces a member id by a neutral label in every record; counts and links stay as they were. */
export function replaceMember(db: Db, from: string, to: string): void {
  for (const slot of slots(db)) if (slot.value === from) slot.set(to);
}

/**
 * Forgets a former member in the live data: their id becomes the label in every member
 * field, and a report kept line by line as text by an earlier version (with the names the
 * bot wrote in it) is kept as places and digests only.
 */
export function forgetMember(db: Db, from: string, to: string): void {
  replaceMember(db, from, to);
  for (const meeting of db.meetings) {
    const publication = meeting.publication;
    if (!publication) continue;
    const lines = withoutText(publication.lines);
    if (lines.some((line, index) => line !== publication.lines[index])) publication.lines = lines;
  }
}

/** The next neutral label for a forgotten member: `oud-lid-1`, `oud-lid-2`, … */
export function nextLabel(db: Db): string {
  return `oud-lid-${db.forgottenMembers.length + 1}`;
}

export const ERASED = '—';

/**
 * Removes the description and receipts of expenses paid more than `years` ago (the
 * Dutch fiscal retention term), keeping amount and category for the totals.
 */
export function expiredExpenses(db: Db, now: Date, years: number): Expense[] {
  const limit = new Date(now.getTime());
  limit.setUTCFullYear(limit.getUTCFullYear() - years);
  return db.expenses.filter(
    (expense) =>
      !expense.erasedAt &&
      expense.step === 'vergoed' &&
      expense.paid &&
      Date.parse(expense.paid.at) <= limit.getTime(),
  );
}

export function eraseExpired(db: Db, now: Date, years: number): string[] {
  const erased: string[] = [];
  for (const expense of expiredExpenses(db, now, years)) {
    expense.description = ERASED;
    for (const receipt of expense.receipts) receipt.text = ERASED;
    for (const change of expense.history) delete change.note;
    for (const correction of expense.corrections ?? []) {
      if (correction.field !== 'omschrijving') continue;
      correction.before = ERASED;
      correction.after = ERASED;
    }
    expense.erasedAt = now.toISOString();
    erased.push(expense.id);
  }
  return erased;
}
