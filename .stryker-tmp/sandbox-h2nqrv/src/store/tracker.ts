/**
 * Watches every write to the data, so the store itself knows what a change touched:
 * nobody has to declare it, and nothing changed can be left out of the journal.
 *
 * The data is handed out only as a view (a proxy per object, made when first read).
 * Reading through it is free to do anywhere; writing through it is only allowed while a
 * change runs (`record`), and every write is noted: which item it belongs to (or which
 * shared part of the store), and how to undo it. A value put into the store is copied,
 * so an object the caller keeps can never alter the store behind its back.
 */
// @ts-nocheck


/** What one change did. */
export interface Changes {
  /** Items written (created or altered), with the collection each lives in. */
  readonly items: Map<object, string>;
  /** Top-level parts written that are journaled whole: counters, scheduler, a reordered collection. */
  readonly shared: Set<string>;
  /** Top-level parts of which only some keys were set (`counters['BES-2026']`): part → keys. */
  readonly patched: Map<string, Set<string>>;
  /** Puts everything back as it was before the change, newest write first. */
  undo(): void;
}

type Owner =
  | { readonly kind: 'root' }
  | { readonly kind: 'collection'; readonly key: string }
  | { readonly kind: 'item'; readonly item: object; readonly key: string }
  | { readonly kind: 'shared'; readonly key: string };

interface Recording {
  readonly items: Map<object, string>;
  readonly shared: Set<string>;
  readonly patched: Map<string, Set<string>>;
  readonly undo: Array<() => void>;
  /** Objects the caller put in, and the copy the store keeps of each. */
  readonly adopted: WeakMap<object, object>;
}

function isObject(value: unknown): value is object {
  return typeof value === 'object' && value !== null;
}

function isIndex(key: string | symbol): boolean {
  return typeof key === 'string' && key !== '' && String(Number(key)) === key;
}

export class Tracker<T extends object> {
  readonly #root: T;
  readonly #collections: ReadonlySet<string>;
  readonly #views = new WeakMap<object, object>();
  readonly #targets = new WeakMap<object, object>();
  /** Outside a change, a list of items is read as a frozen array of their views (fast to walk). */
  readonly #lists = new WeakMap<object, readonly object[]>();
  #recording: Recording | undefined;

  /**
   * Top-level parts handed out as they are, never as views: lists the store journals in
   * its own way and that are only ever replaced whole (the handled event ids), so
   * replacing them is noted and undone, and reading them costs nothing.
   */
  readonly #plain: ReadonlySet<string>;

  constructor(root: T, collections: Iterable<string>, plain: Iterable<string> = []) {
    this.#root = root;
    this.#collections = new Set(collections);
    this.#plain = new Set(plain);
  }

  /** The raw data, for the store's own serializing; never hand it out. */
  get raw(): T {
    return this.#root;
  }

  /** The data as everyone else sees it. */
  get view(): T {
    return this.#wrap(this.#root, { kind: 'root' }) as T;
  }

  /** Whether a change is being applied right now. */
  get recording(): boolean {
    return this.#recording !== undefined;
  }

  /** The view of an item or part of the raw data (the raw object must be in the data). */
  viewOf(raw: object, collection: string): object {
    return this.#views.get(raw) ?? this.#wrap(raw, { kind: 'item', item: raw, key: collection });
  }

  /** Runs a change with writes allowed, and tells what it touched. */
  record<R>(change: () => R): { result: R; changes: Changes } {
    if (this.#recording) throw new Error('Store: a change cannot run inside another change');
    const recording: Recording = {
      items: new Map(),
      shared: new Set(),
      patched: new Map(),
      undo: [],
      adopted: new WeakMap(),
    };
    this.#recording = recording;
    const changes: Changes = {
      items: recording.items,
      shared: recording.shared,
      patched: recording.patched,
      undo: () => {
        for (let index = recording.undo.length - 1; index >= 0; index--) recording.undo[index]!();
        recording.undo.length = 0;
      },
    };
    try {
      let result = change();
      // A new item the change built and returned: hand back the store's copy, so later changes to it count.
      if (isObject(result)) {
        const kept = recording.adopted.get(result);
        if (kept) result = this.#views.get(kept) as R;
      }
      return { result, changes };
    } catch (error) {
      changes.undo();
      throw error;
    } finally {
      this.#recording = undefined;
    }
  }

  #wrap(target: object, owner: Owner, handler?: ProxyHandler<object>): object {
    const known = this.#views.get(target);
    if (known) return known;
    const view = new Proxy(target, handler ?? this.#handler(owner));
    this.#views.set(target, view);
    this.#targets.set(view, target);
    return view;
  }

  /**
   * A collection as read outside a change: a frozen array of the items' views, kept until
   * the collection changes. (Inside a change the collection is a view that notes writes.)
   */
  #list(items: object[], key: string): readonly object[] {
    let list = this.#lists.get(items);
    if (!list) {
      list = Object.freeze(
        items.map((item) => this.#views.get(item) ?? this.#wrap(item, { kind: 'item', item, key })),
      );
      this.#lists.set(items, list);
    }
    return list;
  }

  #childOwner(owner: Owner, key: string | symbol, value: object): Owner {
    if (owner.kind === 'root') {
      const name = String(key);
      return this.#collections.has(name) ? { kind: 'collection', key: name } : { kind: 'shared', key: name };
    }
    if (owner.kind === 'collection') return { kind: 'item', item: value, key: owner.key };
    return owner;
  }

  #handler(owner: Owner): ProxyHandler<object> {
    // Everything inside an item (or a shared part) belongs to the same owner: one handler for all of it.
    const inherits = owner.kind === 'item' || owner.kind === 'shared';
    const handler: ProxyHandler<object> = {
      get: (target, key) => {
        const value = (target as Record<string | symbol, unknown>)[key];
        if (typeof value !== 'object' || value === null) return value;
        if (owner.kind === 'root' && this.#plain.has(String(key))) return value;
        if (owner.kind === 'root' && !this.#recording && this.#collections.has(String(key)))
          return this.#list(value as object[], String(key));
        return (
          this.#views.get(value) ??
          (inherits
            ? this.#wrap(value, owner, handler)
            : this.#wrap(value, this.#childOwner(owner, key, value)))
        );
      },
      set: (target, key, value) => {
        this.#put(owner, target, key, value);
        return true;
      },
      deleteProperty: (target, key) => {
        this.#write(owner, target, key, undefined);
        return true;
      },
      defineProperty: (target, key, descriptor) => {
        this.#put(owner, target, key, descriptor.value);
        return true;
      },
    };
    return handler;
  }

  /** Stores a value: a view stays the object it shows, anything else is copied in. */
  #put(owner: Owner, target: object, key: string | symbol, value: unknown): void {
    const shown = isObject(value) ? this.#targets.get(value) : undefined;
    const plain = owner.kind === 'root' && this.#plain.has(String(key));
    if (!isObject(value) || shown || plain) {
      this.#write(owner, target, key, { value: shown ?? value });
      return;
    }
    const copy = this.#copy(value) as object;
    this.#write(owner, target, key, { value: copy });
    this.#recording!.adopted.set(value, copy);
    this.#wrap(copy, this.#childOwner(owner, key, copy));
  }

  #copy(value: unknown): unknown {
    if (!isObject(value)) return value;
    const source = this.#targets.get(value) ?? value;
    if (Array.isArray(source)) return source.map((entry) => this.#copy(entry));
    const copy: Record<string, unknown> = {};
    for (const [key, entry] of Object.entries(source)) copy[key] = this.#copy(entry);
    return copy;
  }

  #write(owner: Owner, target: object, key: string | symbol, next: { value: unknown } | undefined): void {
    const recording = this.#recording;
    if (!recording) throw new Error('Store: change the data only inside a transaction');
    const had = Object.hasOwn(target, key);
    const old: unknown = Reflect.get(target, key);
    const length = Array.isArray(target) ? target.length : undefined;
    recording.undo.push(() => {
      if (had) Reflect.set(target, key, old);
      else Reflect.deleteProperty(target, key);
      if (length !== undefined) (target as unknown[]).length = length;
      this.#lists.delete(target);
    });
    this.#lists.delete(target);
    if (next) Reflect.set(target, key, next.value);
    else Reflect.deleteProperty(target, key);
    this.#note(recording, owner, target, key, old, next);
  }

  #note(
    recording: Recording,
    owner: Owner,
    target: object,
    key: string | symbol,
    old: unknown,
    next: { value: unknown } | undefined,
  ): void {
    switch (owner.kind) {
      case 'root':
        // A whole part replaced (`db.counters = …`, `db.decisions = db.decisions.filter(…)`).
        recording.shared.add(String(key));
        return;
      case 'shared': {
        // A key set directly on a top-level record: only that key needs journaling.
        const part = (this.#root as Record<string, unknown>)[owner.key];
        if (part === target && next && !Array.isArray(target) && typeof key === 'string') {
          const keys = recording.patched.get(owner.key) ?? new Set<string>();
          recording.patched.set(owner.key, keys.add(key));
        } else recording.shared.add(owner.key);
        return;
      }
      case 'item':
        recording.items.set(owner.item, owner.key);
        return;
      case 'collection': {
        const value = next?.value;
        const appended = isIndex(key) && old === undefined && isObject(value);
        const grown = key === 'length' && Number(next?.value) >= Number(old);
        if (appended) recording.items.set(value, owner.key);
        else if (!grown) recording.shared.add(owner.key);
      }
    }
  }
}
