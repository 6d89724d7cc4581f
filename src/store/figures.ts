import type { Changes } from './tracker.ts';

interface Kept {
  readonly versions: readonly number[];
  readonly inputs: readonly unknown[];
  readonly value: unknown;
}

function same(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((value, index) => Object.is(value, b[index]));
}

/** Freezes a figure (plain objects and arrays, all the way down), so no reader can alter the kept one. */
function frozen<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  for (const entry of Object.values(value)) frozen(entry);
  return Object.freeze(value);
}

/**
 * Figures computed from the data (a year's budget), each kept until a change writes a
 * part of the store it reads. Every change reports what it wrote (the tracker's
 * `Changes`), and so does its undo: a kept figure can never be older than the data.
 */
export class Figures {
  readonly #versions = new Map<string, number>();
  readonly #kept = new Map<string, Kept>();

  /** Notes that a change, or its undo, wrote these parts of the store. */
  changed(changes: Changes): void {
    for (const collection of changes.items.values()) this.#bump(collection);
    for (const key of changes.shared) this.#bump(key);
    for (const key of changes.patched.keys()) this.#bump(key);
  }

  /** The figure `name` for these inputs, computed again only when a part it `reads` was written. */
  get<T>(name: string, reads: readonly string[], inputs: readonly unknown[], compute: () => T): T {
    const versions = reads.map((key) => this.#versions.get(key) ?? 0);
    const kept = this.#kept.get(name);
    if (kept && same(kept.versions, versions) && same(kept.inputs, inputs)) return kept.value as T;
    const value = frozen(compute());
    this.#kept.set(name, { versions, inputs, value });
    return value;
  }

  #bump(key: string): void {
    this.#versions.set(key, (this.#versions.get(key) ?? 0) + 1);
  }
}
