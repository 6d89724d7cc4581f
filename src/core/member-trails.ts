import { dirname } from 'node:path';
import { forgetInAuditEntry, forgetInText } from '../domain/forget-copies.ts';
import { forgetInMessage, type Person } from '../port/posted-messages.ts';
import { forgetInCopies } from '../store/forget-files.ts';
import type { PostedLog } from '../store/posted.ts';
import type { Store } from '../store/store.ts';

/** What forgetting a member in the trails uses: the store and the bot's kept messages. */
export interface TrailsHost {
  readonly store: Pick<Store, 'rewriteAudit' | 'idle' | 'path'>;
  readonly posted: Pick<PostedLog, 'rewrite'>;
}

/**
 * Replaces a member by `label` where the data keeps no item of its own, in this order:
 * the messages the bot kept (`posted.jsonl`), every audit file (torn lines included), and
 * the copies the store does not keep itself (backups/, journals set aside).
 */
export async function forgetInTrails(host: TrailsHost, person: Person, label: string): Promise<void> {
  await host.posted.rewrite((kept) => ({
    ...kept,
    members: kept.members.filter((member) => member.id !== person.id),
    message: forgetInMessage(kept.message, person, label),
  }));
  await host.store.rewriteAudit(
    (entry) => forgetInAuditEntry(entry, person, label),
    (damaged) => forgetInText(replaceInDamaged(damaged, person.id, label), person, label),
  );
  await host.store.idle();
  await forgetInCopies(dirname(host.store.path), person, label);
}

/** A torn audit line: the id as a JSON string is replaced, and a tail that begins it is cut. */
function replaceInDamaged(text: string, from: string, to: string): string {
  const replaced = text.replaceAll(JSON.stringify(from), JSON.stringify(to));
  const tail = /"([^"]*)$/.exec(replaced);
  return tail && tail[1]!.length > 0 && from.startsWith(tail[1]!) ? replaced.slice(0, tail.index) : replaced;
}
