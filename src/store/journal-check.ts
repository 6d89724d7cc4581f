import { StartupError } from '../errors.ts';
import type { Logger } from '../log.ts';
import type { AuditEntry, AuditLog } from './audit.ts';
import type { JournalContents, JournalEntry, JournalFile } from './journal.ts';

/**
 * The journal's check at start. A torn last line (a crash during an append, never
 * acknowledged) is cut off, and the log says so. A complete line that fails its check
 * stops the start, every file untouched, unless the administrator asked for recovery
 * (`npm start -- --herstel`): then the journal is moved aside, never deleted, the good
 * lines are kept, and the changes that were lost are named from the audit trail.
 */
export async function checkJournal(
  journal: JournalFile,
  contents: JournalContents,
  options: { readonly recover: boolean; readonly snapshotSeq: number; readonly logger: Logger },
): Promise<{ readonly lost?: Lost }> {
  const first = contents.damaged[0];
  if (first && !options.recover) throw damagedJournal(journal.path, first, contents.damaged.length);
  if (first) {
    const aside = await journal.moveAside(new Date().toISOString().replace(/[:.]/g, '-'));
    return { lost: { aside, ranges: lostRanges(contents, options.snapshotSeq) } };
  }
  if (contents.torn) {
    options.logger.warn(
      `Het journaal ${journal.path} eindigde met een half geschreven regel (regel ${contents.torn.number}, van een wijziging die nooit is bevestigd); die regel is afgeknipt.`,
    );
    await journal.cut(contents.torn.offset);
  }
  return {};
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
      'of start één keer met `npm start -- --herstel`: dan zet de bot het journaal opzij (het wordt niet gewist), ' +
      'start met db.json en de goede regels, en meldt welke wijzigingen verloren zijn.',
  );
}

/** Where changes were lost: the damaged lines, as ranges of change numbers between good lines. */
export interface Lost {
  readonly aside: string;
  readonly ranges: ReadonlyArray<{ readonly line: number; readonly after: number; readonly before: number }>;
}

function lostRanges(contents: JournalContents, snapshotSeq: number): Lost['ranges'] {
  return contents.damaged.map((damaged) => {
    const before = contents.lines.filter((line) => line.number < damaged.number).at(-1)?.entry.seq;
    const after = contents.lines.find((line) => line.number > damaged.number)?.entry.seq;
    return { line: damaged.number, after: before ?? snapshotSeq, before: after ?? Number.POSITIVE_INFINITY };
  });
}

/** Tells the administrator what the recovery did and which changes were lost, by their audit entries. */
export async function reportLost(lost: Lost, audit: AuditLog, logger: Logger): Promise<void> {
  const entries = await audit.entriesOf((seq) =>
    lost.ranges.some((range) => seq > range.after && seq < range.before),
  );
  const lines = lost.ranges.map((range) => `regel ${range.line}`).join(', ');
  logger.warn(
    `Herstel: het beschadigde journaal staat nu in ${lost.aside}. De bot gaat verder met db.json en de goede regels; ${lines} ${lost.ranges.length === 1 ? 'is' : 'zijn'} niet teruggezet.`,
  );
  if (entries.length === 0) {
    logger.warn(
      'Herstel: het auditlogboek noemt geen wijziging van die regels. Controleer de laatste wijzigingen van voor de storing.',
    );
    return;
  }
  logger.warn(`Herstel: deze ${entries.length === 1 ? 'wijziging is' : 'wijzigingen zijn'} verloren gegaan:`);
  for (const entry of entries) logger.warn(`  - ${describe(entry)}`);
}

function describe(entry: AuditEntry): string {
  return [entry.at, entry.actor, entry.action, entry.target, entry.detail].filter(Boolean).join(' · ');
}

/** The lines replay still needs: those newer than the snapshot (lines of earlier versions carry no number). */
export function linesToReplay(contents: JournalContents, snapshotSeq: number): JournalEntry[] {
  return contents.lines.map((line) => line.entry).filter((entry) => (entry.seq ?? Infinity) > snapshotSeq);
}
