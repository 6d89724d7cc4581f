// @ts-nocheck
import type { ActionContext, Args, CommandContext } from '../../src/core/command.ts';
import { findOrFail, type Kind, takeItemId } from '../../src/parse/arguments.ts';
import { refToString } from '../../src/port/events.ts';
import type { RichMessage } from '../../src/port/rich-message.ts';
import type { Agreement, AgreementVersion } from '../../src/store/schema.ts';

export const AGREEMENT: Kind = {
  prefix: 'AFS',
  noun: { nl: 'samenwerkingsafspraak', en: 'collaboration agreement' },
};

/** The agreement a command names (or whose thread it was typed in), and the words after its id. */
export function agreementFrom(context: CommandContext, args: Args): { agreement: Agreement; rest: Args } {
  const { id, rest } = takeItemId(context, args, AGREEMENT);
  return { agreement: findOrFail(context, 'agreements', id), rest };
}

/** The message a version was proposed in: its own, or for the first version the agreement's announcement. */
export function messageOf(agreement: Agreement, version: AgreementVersion): string | undefined {
  return version.message ?? (version.number === 1 ? agreement.message : undefined);
}

/**
 * Posts a proposed version as a new message in the channel; a ✅ there approves it. The
 * first proposal's message becomes the agreement's thread, a later one its `preview`.
 */
export async function announceVersion(
  context: CommandContext,
  agreement: Agreement,
  version: AgreementVersion,
  content: RichMessage,
): Promise<void> {
  const posted = await context.announce(content);
  if (!posted) return;
  const ref = refToString(posted);
  context.recordAfterReply(
    'afs.bericht',
    (db) => {
      const stored = db.agreements.find((entry) => entry.id === agreement.id);
      const proposal = stored?.versions.find((entry) => entry.number === version.number);
      if (!stored || !proposal) return;
      proposal.message = ref;
      if (!stored.message) stored.message = ref;
      else stored.preview = ref;
    },
    agreement.id,
  );
}

/** Shows the new state on the agreement's messages: its announcement and the version's own. */
export async function refreshMessages(
  context: ActionContext,
  agreement: Agreement,
  version: AgreementVersion,
  content: RichMessage,
): Promise<void> {
  const own = messageOf(agreement, version);
  await context.update(own, content);
}
