/**
 * The audit trail: who did what, when, from which chat message. It is an append-only
 * JSON Lines file beside `db.json`, so recording a change never rewrites history. This is
 * one entry, and how a line of the file reads back; audit.ts writes them.
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
 * The entries on one line of the file. A crash during an append leaves a torn line, and
 * the next entry is then appended onto it: such a line is split where an entry starts,
 * and a piece that does not parse is returned as text (to be kept, with names replaced).
 */
export function piecesOf(line: string): Array<AuditEntry | string> {
  if (line.trim() === '') return [];
  const whole = parseEntry(line);
  if (whole) return [whole];
  return line
    .split(/(?=\{"at":)/)
    .filter((piece) => piece.trim() !== '')
    .map((piece) => parseEntry(piece) ?? piece);
}

export function parseEntry(text: string): AuditEntry | undefined {
  try {
    const entry: unknown = JSON.parse(text);
    return entry && typeof entry === 'object' && !Array.isArray(entry) ? (entry as AuditEntry) : undefined;
  } catch {
    return undefined;
  }
}

/** The `seq` of an audit line, read without parsing the whole line. */
export function seqOf(line: string): number | undefined {
  const match = /"seq":(\d+)/.exec(line);
  return match ? Number(match[1]) : undefined;
}
