// @ts-nocheck
import type { Changes } from './tracker.ts';

/** What one item adds to a tally: an amount under a key, or nothing. */
export type Contribution = (item: object) => readonly [key: string, amount: number] | undefined;

/**
 * Sums over the items of one collection, by key (a year's budget: cents per year,
 * category and step), kept in step with each change from what the change touched (the
 * tracker's `Changes`): an item written takes back what it added and adds anew. A
 * collection replaced, reordered or shortened, or an undo, drops the sums, and the next
 * read walks the raw items again.
 */
export class Tally {
  readonly #collection: string;
  readonly #items: () => readonly object[];
  readonly #contribution: Contribution;
  #sums: Map<string, number> | undefined;
  readonly #added = new WeakMap<object, readonly [string, number]>();

  constructor(collection: string, items: () => readonly object[], contribution: Contribution) {
    this.#collection = collection;
    this.#items = items;
    this.#contribution = contribution;
  }

  /** The sum under a key (0 when no item adds to it). */
  get(key: string): number {
    return this.#built().get(key) ?? 0;
  }

  /** Brings the sums up to date with one applied change. */
  changed(changes: Changes): void {
    if (!this.#sums) return;
    if (changes.shared.has(this.#collection)) {
      this.drop();
      return;
    }
    for (const [item, collection] of changes.items) {
      if (collection !== this.#collection) continue;
      const before = this.#added.get(item);
      if (before) this.#add(before[0], -before[1]);
      this.#note(item);
    }
  }

  /** Forgets the sums (after an undo, or when the data was replaced). */
  drop(): void {
    this.#sums = undefined;
  }

  #built(): Map<string, number> {
    if (this.#sums) return this.#sums;
    this.#sums = new Map();
    for (const item of this.#items()) this.#note(item);
    return this.#sums;
  }

  #note(item: object): void {
    const adds = this.#contribution(item);
    if (adds) {
      this.#added.set(item, adds);
      this.#add(adds[0], adds[1]);
    } else this.#added.delete(item);
  }

  #add(key: string, amount: number): void {
    this.#sums!.set(key, (this.#sums!.get(key) ?? 0) + amount);
  }
}
