import { open } from 'node:fs/promises';
import { type AuditEntry, parseEntry } from './audit-entry.ts';

/** Bytes read from the end of the file at a time, looking for its last lines. */
const TAIL = 64 * 1024;
const NEWLINE = 0x0a;

/** The end of the audit file from the first entry of change `from` on, as `catchUp` needs it. */
export interface Tail {
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
export async function tailFrom(path: string, from: number): Promise<Tail> {
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
        const entry = parseEntry(line);
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
  const entries = lines.map(parseEntry);
  const seqs = entries.flatMap((entry) => (typeof entry?.seq === 'number' ? [entry.seq] : []));
  return { start, complete, size, lines, entries, lastSeq: Math.max(before, ...seqs) };
}
