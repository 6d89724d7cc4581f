import type { Changes } from './tracker.ts';

/** The fields by which a message leads to its item: its announcement, or a preview awaiting a ✅. */
interface Messaged {
  readonly message?: string | undefined;
  readonly preview?: string | undefined;
}

/** An item found by its message, and the collection it lives in. */
export interface Found {
  readonly item: object;
  readonly collection: string;
}

function keysOf(item: Messaged): string[] {
  const keys: string[] = [];
  if (item.message) keys.push(item.message);
  if (item.preview && item.preview !== item.message) keys.push(item.preview);
  return keys;
}

/**
 * Which item a message belongs to, without walking every item per reaction. Built from the
 * raw data when first asked, then kept in step with each change from what the change
 * touched (the tracker's `Changes`): an item written is looked at again; a collection
 * replaced, reordered or shortened, an undo, or two items naming one message (the first
 * in store order wins, as a walk would find it) drop the index, and the next lookup
 * builds it anew.
 */
export class MessageIndex {
  readonly #collections: readonly string[];
  readonly #data: () => Record<string, unknown>;
  #byMessage: Map<string, Found> | undefined;
  readonly #keys = new Map<Messaged, string[]>();

  constructor(data: () => Record<string, unknown>, collections: readonly string[]) {
    this.#data = data;
    this.#collections = collections;
  }

  /** The raw item whose message or preview this is, if any. */
  find(message: string): Found | undefined {
    return this.#built().get(message);
  }

  /** Brings the index up to date with one applied change. */
  changed(changes: Changes): void {
    if (!this.#byMessage) return;
    if (this.#collections.some((key) => changes.shared.has(key))) {
      this.drop();
      return;
    }
    for (const [item, collection] of changes.items) {
      const messaged = item as Messaged;
      for (const key of this.#keys.get(messaged) ?? []) this.#byMessage.delete(key);
      const keys = keysOf(messaged);
      this.#keys.set(messaged, keys);
      for (const key of keys) {
        const owner = this.#byMessage.get(key);
        if (owner && owner.item !== item) {
          this.drop();
          return;
        }
        this.#byMessage.set(key, { item, collection });
      }
    }
  }

  /** Forgets everything (after an undo, or when the data was replaced). */
  drop(): void {
    this.#byMessage = undefined;
    this.#keys.clear();
  }

  #built(): Map<string, Found> {
    if (this.#byMessage) return this.#byMessage;
    const byMessage = new Map<string, Found>();
    let ambiguous = false;
    const data = this.#data();
    for (const collection of this.#collections)
      for (const item of data[collection] as readonly Messaged[]) {
        const keys = keysOf(item);
        this.#keys.set(item, keys);
        for (const key of keys) {
          if (byMessage.has(key)) ambiguous = true;
          else byMessage.set(key, { item, collection });
        }
      }
    // With two items on one message, an update could not tell which one the index should
    // keep, so such an index serves this lookup only.
    if (!ambiguous) this.#byMessage = byMessage;
    else this.#keys.clear();
    return byMessage;
  }
}
