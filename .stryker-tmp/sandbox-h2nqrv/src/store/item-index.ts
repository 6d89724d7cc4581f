// @ts-nocheck
import type { Changes } from './tracker.ts';

/** An item found by one of its keys, and the collection it lives in. */
export interface Found {
  readonly item: object;
  readonly collection: string;
}

/** The keys by which an item is found: its id, or its messages. */
export type KeysOf = (item: object) => string[];

interface Messaged {
  readonly message?: string | undefined;
  readonly preview?: string | undefined;
}

/** An item's announcement (its thread root) and a pending preview awaiting a ✅. */
export const messageKeys: KeysOf = (item) => {
  const { message, preview } = item as Messaged;
  const keys: string[] = [];
  if (message) keys.push(message);
  if (preview && preview !== message) keys.push(preview);
  return keys;
};

/** An item's id (`UIT-2026-004`). */
export const idKeys: KeysOf = (item) => {
  const id = (item as { readonly id?: unknown }).id;
  return typeof id === 'string' ? [id] : [];
};

/**
 * Which item a key (an id, a message) belongs to, without walking every item per lookup.
 * Built from the raw data when first asked, then kept in step with each change from what
 * the change touched (the tracker's `Changes`): an item written is looked at again; a
 * collection replaced, reordered or shortened, an undo, or two items with one key (the
 * first in store order wins, as a walk would find it) drop the index, and the next lookup
 * builds it anew.
 */
export class ItemIndex {
  readonly #collections: readonly string[];
  readonly #data: () => Record<string, unknown>;
  readonly #keysOf: KeysOf;
  #byKey: Map<string, Found> | undefined;
  readonly #keys = new Map<object, string[]>();

  constructor(data: () => Record<string, unknown>, collections: readonly string[], keysOf: KeysOf) {
    this.#data = data;
    this.#collections = collections;
    this.#keysOf = keysOf;
  }

  /** The raw item with this key, if any. */
  find(key: string): Found | undefined {
    return this.#built().get(key);
  }

  /** Every key that leads to an item. */
  keys(): string[] {
    return [...this.#built().keys()];
  }

  /** Brings the index up to date with one applied change. */
  changed(changes: Changes): void {
    if (!this.#byKey) return;
    if (this.#collections.some((key) => changes.shared.has(key))) {
      this.drop();
      return;
    }
    for (const [item, collection] of changes.items) {
      for (const key of this.#keys.get(item) ?? []) this.#byKey.delete(key);
      const keys = this.#keysOf(item);
      this.#keys.set(item, keys);
      for (const key of keys) {
        const owner = this.#byKey.get(key);
        if (owner && owner.item !== item) {
          this.drop();
          return;
        }
        this.#byKey.set(key, { item, collection });
      }
    }
  }

  /** Forgets everything (after an undo, or when the data was replaced). */
  drop(): void {
    this.#byKey = undefined;
    this.#keys.clear();
  }

  #built(): Map<string, Found> {
    if (this.#byKey) return this.#byKey;
    const byKey = new Map<string, Found>();
    let ambiguous = false;
    const data = this.#data();
    for (const collection of this.#collections)
      for (const item of data[collection] as readonly object[]) {
        const keys = this.#keysOf(item);
        this.#keys.set(item, keys);
        for (const key of keys) {
          if (byKey.has(key)) ambiguous = true;
          else byKey.set(key, { item, collection });
        }
      }
    // With two items on one key, an update could not tell which one the index should
    // keep, so such an index serves this lookup only.
    if (!ambiguous) this.#byKey = byKey;
    else this.#keys.clear();
    return byKey;
  }
}
