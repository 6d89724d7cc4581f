/**
 * "Now" comes from a clock the tests and the shell can hold (docs/ARCHITECTURE.md, "The
 * scheduler and the clock").
 */
// @ts-nocheck

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock that stands still until it is moved. */
export class FixedClock implements Clock {
  #now: Date;

  constructor(start: Date) {
    this.#now = new Date(start.getTime());
  }

  now(): Date {
    return new Date(this.#now.getTime());
  }

  set(to: Date): void {
    this.#now = new Date(to.getTime());
  }

  advance(milliseconds: number): void {
    this.#now = new Date(this.#now.getTime() + milliseconds);
  }
}

/** Follows real time until it is set; then stands still where it was set (the shell's `:tijd`). */
export class SettableClock implements Clock {
  #fixed: Date | undefined;

  constructor(start?: Date) {
    this.#fixed = start ? new Date(start.getTime()) : undefined;
  }

  now(): Date {
    return this.#fixed ? new Date(this.#fixed.getTime()) : new Date();
  }

  set(to: Date): void {
    this.#fixed = new Date(to.getTime());
  }

  /** Follows real time again. */
  release(): void {
    this.#fixed = undefined;
  }
}
