// @ts-nocheck
import type { Changes } from './tracker.ts';

/** The field that marks an item confidential (possibly only until a date). */
interface Markable {
  readonly confidentiality?: unknown;
}

function isMarked(item: object): boolean {
  return (item as Markable).confidentiality === 'vertrouwelijk';
}

/** The index that serves each store's data view (see `markedConfidential`). */
const served = new WeakMap<object, ConfidentialIndex>();

/**
 * The items marked `vertrouwelijk`, in store order, for whoever holds a store's data: the
 * free-text rule needs only these (no other item can be named as confidential), and a
 * walk over every item through the store's view costs about a millisecond on a ten-year
 * store, on every command in a channel where someone may not read confidential content.
 * Undefined for data that is no store's view, and while a change runs (it may be marking
 * an item now): then the caller walks the items itself.
 */
export function markedConfidential(db: object): readonly object[] | undefined {
  return served.get(db)?.items();
}

/**
 * Built from the raw data when first asked, then kept as long as no change touches it: a
 * change that writes an item in it or marks one, a collection replaced, reordered or
 * shortened, and an undo drop it, and the next ask builds a new list. A new list (not the
 * old one altered) so that whatever someone derived from the old one is known to be stale.
 */
export class ConfidentialIndex {
  readonly #collections: readonly string[];
  readonly #data: () => Record<string, unknown>;
  readonly #view: (raw: object, collection: string) => object;
  readonly #changing: () => boolean;
  #list: readonly object[] | undefined;
  #members = new WeakSet<object>();

  constructor(parts: {
    /** The raw data (read only). */
    readonly data: () => Record<string, unknown>;
    readonly collections: readonly string[];
    /** The view handed out for a raw item. */
    readonly view: (raw: object, collection: string) => object;
    /** Whether a change is being applied right now. */
    readonly changing: () => boolean;
    /** The data view this index answers for. */
    readonly serves: object;
  }) {
    this.#data = parts.data;
    this.#collections = parts.collections;
    this.#view = parts.view;
    this.#changing = parts.changing;
    served.set(parts.serves, this);
  }

  /** The views of the marked items in store order; the same list until a change touches one. */
  items(): readonly object[] | undefined {
    if (this.#changing()) return undefined;
    if (this.#list) return this.#list;
    const data = this.#data();
    const list: object[] = [];
    for (const collection of this.#collections)
      for (const item of data[collection] as readonly object[]) {
        if (!isMarked(item)) continue;
        this.#members.add(item);
        list.push(this.#view(item, collection));
      }
    this.#list = Object.freeze(list);
    return this.#list;
  }

  /** Brings the index up to date with one applied change. */
  changed(changes: Changes): void {
    if (!this.#list) return;
    if (this.#collections.some((key) => changes.shared.has(key))) {
      this.drop();
      return;
    }
    for (const item of changes.items.keys())
      if (this.#members.has(item) || isMarked(item)) {
        this.drop();
        return;
      }
  }

  /** Forgets the list (after an undo, or when the data was replaced). */
  drop(): void {
    this.#list = undefined;
    this.#members = new WeakSet();
  }
}
