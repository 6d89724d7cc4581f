import { ConfidentialIndex } from './confidential-index.ts';
import { ItemIndex, idKeys, messageKeys } from './item-index.ts';
import { type Db, ITEM_COLLECTIONS, type ItemCollection } from './schema.ts';
import { type Contribution, Tally } from './tally.ts';
import type { Changes, Tracker } from './tracker.ts';

/**
 * What the store keeps in step with every change, so that no command walks the items: the
 * items by message and by id, the tallies, and which items are confidential. Each is told
 * of a change once it is applied (`changed`), and dropped when that change is undone.
 */
export class StoreIndexes {
  readonly #tracker: Tracker<Db>;
  readonly #messages: ItemIndex;
  readonly #ids: ItemIndex;
  readonly #tallies = new Map<string, Tally>();
  readonly #confidential: ConfidentialIndex;

  constructor(tracker: Tracker<Db>) {
    this.#tracker = tracker;
    const raw = () => this.#tracker.raw as unknown as Record<string, unknown>;
    this.#messages = new ItemIndex(raw, Object.values(ITEM_COLLECTIONS), messageKeys);
    this.#ids = new ItemIndex(raw, Object.values(ITEM_COLLECTIONS), idKeys);
    this.#confidential = new ConfidentialIndex({
      data: raw,
      collections: Object.values(ITEM_COLLECTIONS),
      view: (raw, collection) => this.#tracker.viewOf(raw, collection),
      changing: () => this.#tracker.recording,
      serves: this.#tracker.view,
    });
  }

  /**
   * The item whose announcement (its thread root) or pending preview is this message, if
   * any; from an index the store keeps in step with every change.
   */
  itemByMessage(message: string): Db[ItemCollection][number] | undefined {
    const found = this.#messages.find(message);
    return found && (this.#tracker.viewOf(found.item, found.collection) as Db[ItemCollection][number]);
  }

  /**
   * The item of a collection with this id, if any; from an index the store keeps in step
   * with every change (inside a change, found by a walk, as the change may have added it).
   */
  item<K extends ItemCollection>(collection: K, id: string): Db[K][number] | undefined {
    if (this.#tracker.recording)
      return (this.#tracker.view[collection] as ReadonlyArray<Db[K][number]>).find((item) => item.id === id);
    const found = this.#ids.find(id);
    return found?.collection === collection
      ? (this.#tracker.viewOf(found.item, collection) as Db[K][number])
      : undefined;
  }

  /**
   * Sums over the items of a collection by key (the budget: cents per year, category and
   * step), kept in step with every change, so no command walks the items to add them up.
   * `share` says what one item adds; it must only read, and be the same for the same
   * `name`. Inside a change, the items are walked afresh (the change may be halfway).
   */
  tally<K extends ItemCollection>(
    name: string,
    collection: K,
    share: (item: Db[K][number]) => readonly [key: string, amount: number] | undefined,
  ): (key: string) => number {
    const items = () => this.#tracker.raw[collection] as readonly object[];
    if (this.#tracker.recording) {
      const sums = new Tally(collection, items, share as Contribution);
      return (key) => sums.get(key);
    }
    let tally = this.#tallies.get(name);
    if (!tally) {
      tally = new Tally(collection, items, share as Contribution);
      this.#tallies.set(name, tally);
    }
    const kept = tally;
    return (key) => kept.get(key);
  }

  /**
   * Every message that announces an item or shows its preview, from the index by message (read
   * from the data itself, not through the watched view): an adapter continues its numbering after them.
   */
  knownMessages(): string[] {
    return this.#messages.keys();
  }

  /** A change was applied: every index follows it. */
  changed(changes: Changes): void {
    this.#messages.changed(changes);
    this.#ids.changed(changes);
    for (const tally of this.#tallies.values()) tally.changed(changes);
    this.#confidential.changed(changes);
  }

  /** A change was undone: every index is made again when next asked. */
  drop(): void {
    this.#messages.drop();
    this.#ids.drop();
    for (const tally of this.#tallies.values()) tally.drop();
    this.#confidential.drop();
  }
}
