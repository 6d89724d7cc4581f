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
    return this.#run(async () => [...(await this.#years.rotated()), this.#path]);
  }

  #run<T>(work: () => Promise<T>): Promise<T> {
    const run = this.#chain.then(work);
    this.#chain = run.catch(() => undefined);
    return run;
  }

  async #write(entries: readonly AuditEntry[]): Promise<void> {
    if (entries.length === 0) return;
    // A new year begins a new audit.jsonl; the old one keeps its year in its name.
    if (await this.#years.rotateBefore(entries[0]!.at)) await this.#close();
    this.#handle ??= await open(this.#path, 'a');
    await appendAll(this.#handle, entries.map((entry) => `${JSON.stringify(entry)}\n`).join(''));
  }

  /** Appends entries (their journal line is already on disk, so no sync of their own). */
  append(entries: readonly AuditEntry[]): Promise<void> {
    return this.#run(() => this.#write(entries));
  }

  /** Resolves when pending appends are written (not synced). */
  settled(): Promise<void> {
    return this.#run(async () => {});
  }

  /** Waits for pending appends and puts the file on disk. */
  sync(): Promise<void> {
    return this.#run(async () => {
      if (!this.#handle) return;
      await this.#handle.datasync();
      countSync();
    });
  }

  /**
   * At start: cuts a torn last line (its journal line still has it), then appends the
   * entries of journal lines newer than the last one here, and syncs.
   */
  catchUp(
    lines: ReadonlyArray<{ readonly seq?: number; readonly audit?: readonly AuditEntry[] }>,
  ): Promise<number> {
    return this.#run(async () => {
      const { last, complete, size } = await lastLine(this.#path);
      if (complete < size) await truncate(this.#path, complete);
      // Just after a new year began, the current file may be empty: the last year's file has the last line.
      const seen = seqOf(last) ?? (await this.#years.lastSeq(lastLine, seqOf)) ?? 0;
      const missing = lines.filter((line) => (line.seq ?? 0) > seen).flatMap((line) => line.audit ?? []);
      if (missing.length === 0) return seen;
      await this.#write(missing);
      await this.#handle!.datasync();
      countSync();
      return Math.max(seen, ...missing.map((entry) => entry.seq ?? 0));
    });
  }

  /** The entries of the changes whose number passes `wanted`, to name changes that were lost. */
  entriesOf(wanted: (seq: number) => boolean): Promise<AuditEntry[]> {
    return this.#run(async () => {
      const text = await this.#allText();
      return text
        .split('\n')
        .filter((line) => {
          const seq = seqOf(line);
          return seq !== undefined && wanted(seq);
        })
        .map((line) => JSON.parse(line) as AuditEntry);
    });
  }

  /**
   * Rewrites every entry (to forget a member), in this file and in every other audit file
   * beside it (`audit*.jsonl`: earlier years, however they are split); each file is
   * replaced atomically, while this one is closed.
   */
  rewrite(change: (entry: AuditEntry) => AuditEntry, damaged: (text: string) => string): Promise<void> {
    return this.#run(async () => {
      await this.#close();
      for (const path of [...(await this.#years.rotated()), this.#path]) {
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
      const text = await this.#allText();
      const needle = `"actor":${JSON.stringify(actor)}`;
      return text.split('\n').filter((line) => line.includes(needle)).length;
    });
  }

  close(): Promise<void> {
    return this.#run(() => this.#close());
  }

  /** The text of every file of the trail, oldest first. */
  async #allText(): Promise<string> {
    let text = '';
    for (const path of [...(await this.#years.rotated()), this.#path]) {
      const part = (await readTextIfExists(path)) ?? '';
      text += part.endsWith('\n') || part === '' ? part : `${part}\n`;
    }
    return text;
  }

  async #close(): Promise<void> {
    await this.#handle?.close();
    this.#handle = undefined;
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

/** Bytes read from the end of the file at a time, looking for its last line. */
const TAIL = 64 * 1024;
const NEWLINE = 0x0a;

/**
 * The last complete line of the file and where the complete lines end (a torn line after
 * them is a crash during an append), read from the end: the trail grows for ever, and
 * start-up needs only its last line.
 */
export async function lastLine(path: string): Promise<{ last: string; complete: number; size: number }> {
  const handle = await open(path, 'r').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  });
  if (!handle) return { last: '', complete: 0, size: 0 };
  try {
    const { size } = await handle.stat();
    let tail = Buffer.alloc(0);
    let complete = -1;
    let start = -1;
    for (let from = size; from > 0 && start < 0; ) {
      const length = Math.min(TAIL, from);
      from -= length;
      const chunk = Buffer.alloc(length);
      await handle.read(chunk, 0, length, from);
      tail = Buffer.concat([chunk, tail]);
      // The end of the complete lines, then the start of the last of them.
      if (complete < 0) {
        const end = tail.lastIndexOf(NEWLINE);
        if (end >= 0) complete = from + end + 1;
      }
      if (complete >= 0) {
        const before = complete - from - 2 >= 0 ? tail.lastIndexOf(NEWLINE, complete - from - 2) : -1;
        if (before >= 0) start = from + before + 1;
        else if (from === 0) start = 0;
      }
    }
    if (complete < 0) return { last: '', complete: 0, size };
    const offset = size - tail.length;
    return { last: tail.toString('utf8', start - offset, complete - offset).trim(), complete, size };
  } finally {
    await handle.close();
  }
}

/** The `seq` of an audit line, read without parsing the whole line. */
function seqOf(line: string): number | undefined {
  const match = /"seq":(\d+)/.exec(line);
  return match ? Number(match[1]) : undefined;
}
