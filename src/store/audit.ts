import { type FileHandle, open } from 'node:fs/promises';
import { readTextIfExists, writeFileDurably } from './durable-file.ts';

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
}

export class AuditLog {
  readonly #path: string;
  #handle: FileHandle | undefined;

  constructor(path: string) {
    this.#path = path;
  }

  async append(entries: readonly AuditEntry[]): Promise<void> {
    if (entries.length === 0) return;
    this.#handle ??= await open(this.#path, 'a');
    await this.#handle.appendFile(entries.map((entry) => `${JSON.stringify(entry)}\n`).join(''), 'utf8');
    await this.#handle.datasync();
  }

  /** Rewrites every entry (to forget a member); the file is replaced atomically. */
  async rewrite(change: (entry: AuditEntry) => AuditEntry, damaged: (text: string) => string): Promise<void> {
    await this.close();
    const text = await readTextIfExists(this.#path);
    if (text === null) return;
    const lines = text
      .split('\n')
      .flatMap(entriesOf)
      .map((piece) => (typeof piece === 'string' ? damaged(piece) : JSON.stringify(change(piece))));
    await writeFileDurably(this.#path, lines.map((line) => `${line}\n`).join(''));
  }

  /** How many entries name this actor. */
  async countFor(actor: string): Promise<number> {
    const text = await readTextIfExists(this.#path);
    if (text === null) return 0;
    const needle = `"actor":${JSON.stringify(actor)}`;
    return text.split('\n').filter((line) => line.includes(needle)).length;
  }

  async close(): Promise<void> {
    await this.#handle?.close();
    this.#handle = undefined;
  }
}

/**
 * The entries on one line of the file. A crash during an append leaves a torn line, and
 * the next entry is then appended onto it: such a line is split where an entry starts,
 * and a piece that does not parse is returned as text (to be kept, with names replaced).
 */
function entriesOf(line: string): Array<AuditEntry | string> {
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
