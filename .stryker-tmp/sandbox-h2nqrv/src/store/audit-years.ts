// @ts-nocheck
import { access, open, readdir, rename } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

const ROTATED = /^audit-(\d{4})(?:\.(\d+))?\.jsonl$/;

/**
 * The audit trail by year: `audit.jsonl` holds the current year; when the first entry of a
 * new year comes, the file is renamed to `audit-<year>.jsonl` (the year of its entries) and a
 * new `audit.jsonl` begins. Every year's file is kept; inzage, vergeet and backups read them all.
 */
export class AuditYears {
  readonly #path: string;
  readonly #yearOf: (at: string) => number;
  /** The year of the entries in the current file; undefined until known (or while it is empty). */
  #year: number | undefined;
  #known = false;

  constructor(path: string, yearOf: (at: string) => number) {
    this.#path = path;
    this.#yearOf = yearOf;
  }

  /** The files of earlier years, oldest first. */
  async rotated(): Promise<string[]> {
    const folder = dirname(this.#path);
    const names = await readdir(folder).catch(() => [] as string[]);
    return names
      .map((name) => ({ name, match: ROTATED.exec(name) }))
      .filter((entry) => entry.match !== null)
      .sort(
        (a, b) =>
          Number(a.match![1]) - Number(b.match![1]) || Number(a.match![2] ?? 0) - Number(b.match![2] ?? 0),
      )
      .map((entry) => join(folder, entry.name));
  }

  /**
   * Before appending an entry of `at`: when the current file holds an earlier year, it gets
   * that year's name. Returns whether it did (the caller then opens a new file).
   */
  async rotateBefore(at: string): Promise<boolean> {
    const year = this.#yearOf(at);
    if (!this.#known) {
      this.#year = await this.#firstYear();
      this.#known = true;
    }
    if (this.#year === undefined || this.#year >= year) {
      this.#year ??= year;
      return false;
    }
    await rename(this.#path, await this.#freeName(this.#year));
    this.#year = year;
    return true;
  }

  /** The `seq` of the last line of the newest earlier year, for a current file that is still empty. */
  async lastSeq(
    lastLine: (path: string) => Promise<{ last: string }>,
    seqOf: (line: string) => number | undefined,
  ): Promise<number | undefined> {
    const newest = (await this.rotated()).at(-1);
    return newest === undefined ? undefined : seqOf((await lastLine(newest)).last);
  }

  /** The year of the first entry in the current file. */
  async #firstYear(): Promise<number | undefined> {
    const handle = await open(this.#path, 'r').catch(() => undefined);
    if (!handle) return undefined;
    try {
      const buffer = Buffer.alloc(256);
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
      const at = /"at":"([^"]+)"/.exec(buffer.toString('utf8', 0, bytesRead))?.[1];
      return at === undefined ? undefined : this.#yearOf(at);
    } finally {
      await handle.close();
    }
  }

  /** `audit-2026.jsonl`, or `audit-2026.2.jsonl` when that exists (a clock that was set back). */
  async #freeName(year: number): Promise<string> {
    const folder = dirname(this.#path);
    for (let number = 1; ; number++) {
      const name = join(folder, number === 1 ? `audit-${year}.jsonl` : `audit-${year}.${number}.jsonl`);
      const taken = await access(name).then(
        () => true,
        () => false,
      );
      if (!taken) return name;
    }
  }
}

export function isAuditFile(name: string): boolean {
  return name === 'audit.jsonl' || ROTATED.test(basename(name));
}
