/**
 * Whose turn it is to work on the data: one event (or scheduled job) at a time, in order
 * of arrival. A command gives up its turn while its change is being written to disk, so
 * the commands behind it can apply theirs and the store writes them all with one
 * fdatasync (group commit); it takes a turn again before it goes on.
 */
// @ts-nocheck

export class Turns {
  #busy = false;
  readonly #waiting: Array<() => void> = [];
  readonly #running = new Set<Promise<unknown>>();

  /** Runs work in its turn. */
  run<T>(work: () => Promise<T>): Promise<T> {
    const run = this.#take().then(async () => {
      try {
        return await work();
      } finally {
        this.#give();
      }
    });
    const tracked = run.catch(() => undefined);
    this.#running.add(tracked);
    void tracked.then(() => this.#running.delete(tracked));
    return run;
  }

  /** Inside a turn: lets others work while `waiting` settles, then waits for a turn again. */
  async outside<T>(waiting: Promise<T>): Promise<T> {
    this.#give();
    try {
      return await waiting;
    } finally {
      await this.#take();
    }
  }

  /** Resolves when all work started so far (and all it started) has finished. */
  async idle(): Promise<void> {
    while (this.#running.size > 0) await Promise.all(this.#running);
  }

  #take(): Promise<void> {
    if (!this.#busy) {
      this.#busy = true;
      return Promise.resolve();
    }
    return new Promise((resolve) => this.#waiting.push(resolve));
  }

  #give(): void {
    const next = this.#waiting.shift();
    if (next) next();
    else this.#busy = false;
  }
}
