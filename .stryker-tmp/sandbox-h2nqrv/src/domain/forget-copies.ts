// @ts-nocheck
import { type Person, withoutPerson } from '../port/posted-messages.ts';
import type { AuditEntry } from '../store/audit.ts';
import { withoutText } from './report-lines.ts';

/**
 * Forgetting a former member in the copies outside the live data: the audit trail (its
 * `before` and `after` values too), damaged journals kept aside, and backups. The member's
 * id is replaced where it stands as a value or in a list of ids (`chris, anna`); the names
 * the bot wrote for them from the roster are replaced wherever they stand.
 */

/** A value that is the id, or a list of ids (`anna, chris`), with the id replaced. */
export function withoutId(value: string, id: string, label: string): string {
  if (value === id) return label;
  const parts = value.split(', ');
  return parts.includes(id) ? parts.map((part) => (part === id ? label : part)).join(', ') : value;
}

/** A value the bot wrote: the id in a list replaced, and the member's names. */
function written(value: string, person: Person, label: string): string {
  const ids = withoutId(value, person.id, label);
  return withoutPerson(ids, { id: '', names: person.names }, label);
}

/** One audit entry with the member replaced: who did it, to whom, and the values before and after. */
export function forgetInAuditEntry(entry: AuditEntry, person: Person, label: string): AuditEntry {
  const value = (text: string | undefined) => (text === undefined ? undefined : written(text, person, label));
  const before = value(entry.before);
  const after = value(entry.after);
  const detail = value(entry.detail);
  return {
    ...entry,
    actor: entry.actor === person.id ? label : entry.actor,
    ...(entry.target === person.id ? { target: label } : {}),
    ...(before !== undefined ? { before } : {}),
    ...(after !== undefined ? { after } : {}),
    ...(detail !== undefined ? { detail } : {}),
  };
}

/** Text that could not be read as JSON (a torn line): the id as a word, and the names, replaced. */
export function forgetInText(text: string, person: Person, label: string): string {
  return withoutPerson(text, person, label);
}

/**
 * Any JSON value of a copy (a backup of db.json, a journal line): every string that is the
 * id or a list of ids, every name, and report lines kept as text by an older version
 * (`publication.lines`, stored without text from now on).
 */
export function forgetInJson(value: unknown, person: Person, label: string): unknown {
  if (typeof value === 'string') return written(value, person, label);
  if (Array.isArray(value)) return value.map((element) => forgetInJson(element, person, label));
  if (value === null || typeof value !== 'object') return value;
  const copy: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) {
    copy[key] =
      key === 'lines' && Array.isArray(field) && field.every((line) => typeof line === 'string')
        ? withoutText(field as string[])
        : forgetInJson(field, person, label);
  }
  return copy;
}
