// @ts-nocheck
import { type FileHandle, open, truncate } from 'node:fs/promises';
import { AuditYears } from './audit-years.ts';
import { appendAll, countSync, readTextIfExists, writeFileDurably } from './durable-file.ts';

/**
 * The audit trail: who did what, when, from which chat message. It is an append-only
 * JSON Lines file beside `db.json`, so recording a change never rewrites history.
 */
export interface AuditEntry {
  readonly at: string;
  /** Roster id of the person, or `bot` for scheduled work. */
  readonly actor: string;
  readonly action: string;
  readonly target?: string;
  /** The platform message that caused it (`shell:panel:12`, `slack:C0PANEL:1700…`). */
  readonly source?: string;
  readonly detail?: string;
  /** For a correction: the value before and after. */
  readonly before?: string;
  readonly after?: string;
  /** The journal line that carried it (see `AuditLog`). */
  readonly seq?: number;
}

/**
 * The audit trail on disk. A change's entries travel inside its journal line (one
 * fdatasync for both); once that line is on disk they are appended here, each with the
 * line's `seq`, without a sync of their own. The journal keeps them durable until a
 * compaction, which syncs this file first; at start, entries of journal lines that did
 * not reach this file are added again (`catchUp`). Work on the file runs one at a time.
 */
export class AuditLog {
  readonly #path: string;
  #handle: FileHandle | undefined;
  /** Bytes of whole entries in the file, while it is open. */
  #size = 0;
  /** Entries whose append failed (a full disk): written first, before any later entry. */
  #unwritten: AuditEntry[] = [];
  #chain: Promise<unknown> = Promise.resolve();
  /** The earlier years, each in a file of its own (`audit-2026.jsonl`); see audit-years.ts. */
  readonly #years: AuditYears;

  /** `yearOf`: the year an entry's time falls in, in the panel's time zone. */
  constructor(path: string, yearOf: (at: string) => number = (at) => Number(at.slice(0, 4))) {
    this.#path = path;
    this.#years = new AuditYears(path, yearOf);
  }

  /** Every file of the trail, oldest year first, the current one (`audit.jsonl`) last. */
  files(): Promise<string[]> {
    return this.#run(() => this.#files());
  }

  async #files(): Promise<string[]> {
    return [...(await this.#years.rotated()), this.#path];
  }

  #run<T>(work: () => Promise<T>): Promise<T> {
    const run = this.#chain.then(work);
    this.#chain = run.catch(() => undefined);
    return run;
  }

  /**
   * Appends entries, after any that failed before. An append that fails is cut back to
   * the last whole entry, so no half line is left for the next entry to be glued onto,
   * and its entries wait for the next append (their journal line still holds them).
   */
  async #write(entries: readonly AuditEntry[]): Promise<void> {
    const all = [...this.#unwritten, ...entries];
    if (all.length === 0) return;
    this.#unwritten = all;
    // A new year begins a new audit.jsonl; the old one keeps its year in its name.
    if (await this.#years.rotateBefore(all[0]!.at)) await this.#close();
    if (!this.#handle) {
      const handle = await open(this.#path, 'a');
      try {
        this.#size = (await handle.stat()).size;
      } catch (error) {
        await handle.close();
        throw error;
      }
      this.#handle = handle;
    }
    const text = all.map((entry) => `${JSON.stringify(entry)}\n`).join('');
    try {
      await appendAll(this.#handle, text);
    } catch (error) {
      const cut = await this.#handle.truncate(this.#size).then(
        () => true,
        () => false,
      );
      // Not even cut back: open anew next time, and cut back to the whole entries then.
      if (!cut) await this.#close().catch(() => undefined);
      throw error;
    }
    this.#size += Buffer.byteLength(text);
    this.#unwritten = [];
  }

  /** Appends entries (their journal line is already on disk, so no sync of their own). */
  append(entries: readonly AuditEntry[]): Promise<void> {
    return this.#run(() => this.#write(entries));
  }

  /** Resolves when pending appends are written (not synced). */
  settled(): Promise<void> {
    return this.#run(async () => {});
  }

  /**
   * Waits for pending appends, writes entries that failed before, and puts the file on
   * disk; fails when an entry is still not written (its journal line must then stay).
   */
  sync(): Promise<void> {
    return this.#run(async () => {
      await this.#write([]);
      if (!this.#handle) return;
      await this.#handle.datasync();
      countSync();
    });
  }

  /**
   * At start: makes the end of the file match the journal. `lines` are the journal lines
   * the snapshot does not hold, in order. The entries at the end of the file that belong
   * to those lines are read back; when they are whole and in order, the missing ones are
   * appended; when they are not (a torn line, half an entry glued to the next one), that
   * end is cut back and all of the lines' entries are written again. A torn last line is
   * always cut. Returns the highest change number the file then holds.
   */
  catchUp(
    lines: ReadonlyArray<{ readonly seq?: number; readonly audit?: readonly AuditEntry[] }>,
  ): Promise<number> {
    return this.#run(async () => {
      // Entries up to the end of last year's file are there already (the journal may still hold their lines).
      const newest = (await this.#years.rotated()).at(-1);
      const rotatedLast =
        newest === undefined ? 0 : (await tailFrom(newest, Number.POSITIVE_INFINITY)).lastSeq;
      const expected = lines
        .flatMap((line) =>
          line.seq === undefined ? [] : (line.audit ?? []).map((entry) => ({ ...entry, seq: line.seq! })),
        )
        .filter((entry) => entry.seq > rotatedLast);
      const end = await tailFrom(this.#path, expected[0]?.seq ?? Number.POSITIVE_INFINITY);
      const last = expected.at(-1)?.seq ?? 0;
      // Whole, in order, and any entry past the journal's lines newer than all of them.
      const inOrder = end.entries.every((entry, index) =>
        index < expected.length ? entry?.seq === expected[index]!.seq : (entry?.seq ?? 0) > last,
      );
      let missing: AuditEntry[];
      if (inOrder || expected.length === 0) {
        // Entries no journal line holds any more are never cut, only a torn last line.
        if (end.complete < end.size) await truncate(this.#path, end.complete);
        missing = inOrder ? expected.slice(end.entries.length) : [];
      } else {
        // Cut back and written again from the journal, keeping every readable entry it does not hold.
        const held = new Set(expected.map((entry) => entry.seq));
        const others = end.lines
          .flatMap(piecesOf)
          .filter((piece): piece is AuditEntry => typeof piece !== 'string')
          .filter((entry) => typeof entry.seq === 'number' && !held.has(entry.seq));
        await truncate(this.#path, end.start);
        missing = [...expected, ...others].sort((one, other) => one.seq! - other.seq!);
      }
      if (missing.length === 0) return Math.max(end.lastSeq, last, rotatedLast);
      await this.#write(missing);
      await this.#handle!.datasync();
      countSync();
      return Math.max(end.lastSeq, last, rotatedLast);
    });
  }

  /**
   * The entries of the changes whose number passes `wanted`, to name changes that were
   * lost. A line that cannot be read is skipped, and `unreadable` says which (file and line).
   */
  entriesOf(wanted: (seq: number) => boolean, unreadable: (problem: string) => void): Promise<AuditEntry[]> {
    return this.#run(async () => {
      const found: AuditEntry[] = [];
      for (const path of await this.#files()) {
        const text = (await readTextIfExists(path)) ?? '';
        for (const [index, line] of text.split('\n').entries()) {
          if (seqOf(line) === undefined) continue;
          for (const piece of piecesOf(line)) {
            if (typeof piece === 'string') {
              if (seqOf(piece) !== undefined && wanted(seqOf(piece)!))
                unreadable(
                  `${path} regel ${index + 1} is beschadigd en kan niet worden gelezen; die regel is overgeslagen.`,
                );
            } else if (typeof piece.seq === 'number' && wanted(piece.seq)) found.push(piece);
          }
        }
      }
      return found;
    });
  }

  /** Rewrites every entry (to forget a member); the file is replaced atomically. */
  rewrite(change: (entry: AuditEntry) => AuditEntry, damaged: (text: string) => string): Promise<void> {
    return this.#run(async () => {
      await this.#close();
      // Entries still waiting to be written are changed too.
      this.#unwritten = this.#unwritten.map(change);
      for (const path of await this.#files()) {
        const text = await readTextIfExists(path);
        if (text === null) continue;
        const lines = text
          .split('\n')
          .flatMap(piecesOf)
          .map((piece) => (typeof piece === 'string' ? damaged(piece) : JSON.stringify(change(piece))));
        await writeFileDurably(path, lines.map((line) => `${line}\n`).join(''));
      }
    });
  }

  /** How many entries name this actor. */
  countFor(actor: string): Promise<number> {
    return this.#run(async () => {
      const needle = `"actor":${JSON.stringify(actor)}`;
      let count = 0;
      for (const path of await this.#files()) {
        const text = (await readTextIfExists(path)) ?? '';
        count += text.split('\n').filter((line) => line.includes(needle)).length;
      }
      return count;
    });
  }

  close(): Promise<void> {
    return this.#run(() => this.#close());
  }

  async #close(): Promise<void> {
    const handle = this.#handle;
    this.#handle = undefined;
    await handle?.close();
  }
}

/**
 * The entries on one line of the file. A crash during an append leaves a torn line, and
 * the next entry is then appended onto it: such a line is split where an entry starts,
 * and a piece that does not parse is returned as text (to be kept, with names replaced).
 */
function piecesOf(line: string): Array<AuditEntry | string> {
  if (line.trim() === '') return [];
  const whole = parse(line);
  if (whole) return [whole];
  return line
    .split(/(?=\{"at":)/)
    .filter((piece) => piece.trim() !== '')
    .map((piece) => parse(piece) ?? piece);
}

function parse(text: string): AuditEntry | undefined {
  try {
    const entry: unknown = JSON.parse(text);
    return entry && typeof entry === 'object' && !Array.isArray(entry) ? (entry as AuditEntry) : undefined;
  } catch {
    return undefined;
  }
}

/** Bytes read from the end of the file at a time, looking for its last lines. */
const TAIL = 64 * 1024;
const NEWLINE = 0x0a;

/** The end of the audit file from the first entry of change `from` on, as `catchUp` needs it. */
interface Tail {
  /** Where those entries begin (after the last whole entry of an earlier change). */
  readonly start: number;
  /** Where the whole lines end (a torn line after them is a crash during an append). */
  readonly complete: number;
  readonly size: number;
  /** Each whole line from `start` on, as text and parsed (undefined where it does not parse). */
  readonly lines: readonly string[];
  readonly entries: ReadonlyArray<AuditEntry | undefined>;
  /** The highest change number of a whole entry seen in this end of the file. */
  readonly lastSeq: number;
}

/**
 * Reads the file from its end back to the last whole entry of a change before `from`
 * (or to its start): the trail grows for ever, and start-up needs only the entries of
 * the journal's lines.
 */
async function tailFrom(path: string, from: number): Promise<Tail> {
  const handle = await open(path, 'r').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  });
  if (!handle) return { start: 0, complete: 0, size: 0, lines: [], entries: [], lastSeq: 0 };
  try {
    const { size } = await handle.stat();
    let tail = Buffer.alloc(0);
    let offset = size;
    for (;;) {
      if (offset > 0) {
        const length = Math.min(TAIL, offset);
        offset -= length;
        const chunk = Buffer.alloc(length);
        await handle.read(chunk, 0, length, offset);
        tail = Buffer.concat([chunk, tail]);
      }
      const last = tail.lastIndexOf(NEWLINE);
      const first = offset === 0 ? 0 : tail.indexOf(NEWLINE) + 1;
      if (last < 0 && offset > 0) continue;
      const complete = last < 0 ? 0 : offset + last + 1;
      const lines = last < 0 ? [] : tail.toString('utf8', first, last).split('\n');
      // From the last whole line back to the last whole entry of an earlier change (or an entry without a number).
      let end = last;
      for (let index = lines.length - 1; index >= 0; index--) {
        const line = lines[index]!;
        const entry = parse(line);
        if (entry && (typeof entry.seq !== 'number' || entry.seq < from)) {
          const after = lines.slice(index + 1).filter((text) => text.trim() !== '');
          return tailOf(
            offset + end + 1,
            complete,
            size,
            after,
            typeof entry.seq === 'number' ? entry.seq : 0,
          );
        }
        end -= Buffer.byteLength(line) + 1;
      }
      if (offset === 0) {
        const all = lines.filter((text) => text.trim() !== '');
        return tailOf(0, complete, size, all, 0);
      }
    }
  } finally {
    await handle.close();
  }
}

function tailOf(
  start: number,
  complete: number,
  size: number,
  lines: readonly string[],
  before: number,
): Tail {
  const entries = lines.map(parse);
  const seqs = entries.flatMap((entry) => (typeof entry?.seq === 'number' ? [entry.seq] : []));
  return { start, complete, size, lines, entries, lastSeq: Math.max(before, ...seqs) };
}

/** The `seq` of an audit line, read without parsing the whole line. */
function seqOf(line: string): number | undefined {
  const match = /"seq":(\d+)/.exec(line);
  return match ? Number(match[1]) : undefined;
}
