import { StartupError } from '../core/errors.ts';
import type { Logger } from '../ops/log.ts';
import type { AuditEntry, AuditLog } from './audit.ts';
import type { JournalContents, JournalEntry, JournalFile } from './journal.ts';

/**
 * The journal's check at start. A torn last line (a crash during an append, never
 * acknowledged) is cut off, and the log says so. A complete line that fails its check
 * stops the start, every file untouched, unless the administrator asked for recovery
 * (`npm start -- --herstel`; see recovery.ts): then nothing is touched here either.
 */
export async function checkJournal(
  journal: JournalFile,
  contents: JournalContents,
  options: { readonly recover: boolean; readonly logger: Logger },
): Promise<{ readonly recovering: boolean }> {
  const first = contents.damaged[0];
  if (first && !options.recover) throw damagedJournal(journal.path, first, contents.damaged.length);
  if (first) return { recovering: true };
  if (contents.torn) {
    options.logger.warn(
      `The journal ${journal.path} ended in a half-written line (line ${contents.torn.number}, of a change that was never confirmed); that line is cut off.`,
    );
    await journal.cut(contents.torn.offset);
  }
  return { recovering: false };
}

function damagedJournal(
  path: string,
  first: { readonly number: number; readonly problem: string },
  count: number,
): StartupError {
  const more = count > 1 ? ` (en nog ${count - 1} andere regel${count > 2 ? 's' : ''})` : '';
  return new StartupError(
    `Het journaal ${path} is beschadigd op regel ${first.number}${more}: ${first.problem}. ` +
      'Alle bestanden blijven ongemoeid. Zet het journaal terug uit een reservekopie als je die hebt, ' +
      'of start met `npm start -- --herstel`: dan zet de bot het journaal opzij (het wordt niet gewist), ' +
      'start met db.json en de goede regels, en meldt welke wijzigingen verloren zijn. ' +
      'Werd een herstel onderbroken (een crash, een volle schijf), start dan opnieuw met --herstel: dat maakt het af.',
    `The journal ${path} is damaged at line ${first.number}${count > 1 ? ` (and ${count - 1} other line${count > 2 ? 's' : ''})` : ''}. ` +
      'All files are left as they are. Put the journal back from a copy if you have one, ' +
      'or start with `npm start -- --herstel`: the bot then puts the journal aside (it is not deleted), ' +
      'starts with db.json and the good lines, and reports which changes were lost. ' +
      'If a recovery was interrupted (a crash, a full disk), start again with --herstel: that finishes it.',
  );
}

/** Where changes were lost: the damaged lines, as ranges of change numbers between good lines. */
export type Lost = ReadonlyArray<{ readonly line: number; readonly after: number; readonly before: number }>;

export function lostRanges(contents: JournalContents, snapshotSeq: number): Lost {
  return contents.damaged.map((damaged) => {
    const before = contents.lines.filter((line) => line.number < damaged.number).at(-1)?.entry.seq;
    const after = contents.lines.find((line) => line.number > damaged.number)?.entry.seq;
    return { line: damaged.number, after: before ?? snapshotSeq, before: after ?? Number.POSITIVE_INFINITY };
  });
}

/** Tells the administrator which changes were lost, by their audit entries, and returns those entries. */
export async function reportLost(lost: Lost, audit: AuditLog, logger: Logger): Promise<AuditEntry[]> {
  const entries = await audit.entriesOf(
    (seq) => lost.some((range) => seq > range.after && seq < range.before),
    (problem) => logger.warn(`Recovery: ${problem}`),
  );
  const lines = lost.map((range) => `line ${range.line}`).join(', ');
  logger.warn(
    `Recovery: the bot carries on with db.json and the good lines of the journal; ${lines} ${lost.length === 1 ? 'is' : 'are'} not restored.`,
  );
  if (entries.length === 0) {
    logger.warn(
      'Recovery: the audit trail names no change of those lines. Check the last changes from before the failure.',
    );
    return entries;
  }
  logger.warn(`Recovery: ${entries.length === 1 ? 'this change is' : 'these changes are'} lost:`);
  for (const entry of entries) logger.warn(`  - ${describe(entry)}`);
  return entries;
}

function describe(entry: AuditEntry): string {
  return [entry.at, entry.actor, entry.action, entry.target, entry.detail].filter(Boolean).join(' · ');
}

/** The lines replay still needs: those newer than the snapshot (lines of earlier versions carry no number). */
export function linesToReplay(contents: JournalContents, snapshotSeq: number): JournalEntry[] {
  return contents.lines.map((line) => line.entry).filter((entry) => (entry.seq ?? Infinity) > snapshotSeq);
}
