// @ts-nocheck
import type { Args, CommandContext } from '../../src/core/command.ts';
import { agreementOn, pendingVersion, versionOn } from '../../src/domain/agreements.ts';
import { describeTerms, nameAgreement } from '../../src/i18n/texts/agreements.ts';
import { termsAt } from '../../src/kit/terms.ts';
import { heading, list, message, paragraph } from '../../src/port/rich-message.ts';
import { dayOf } from '../../src/render/render-scope.ts';
import type { Agreement, AgreementVersion } from '../../src/store/schema.ts';
import { formatDate } from '../../src/time/time.ts';
import { agreementFrom } from './kind.ts';
import { agreementMessages } from './messages.ts';
import { approvalsOf, periodOf, versionMessage, waitingFor } from './render.ts';

/** The versions awaiting approval, one line each. */
function pendingLines(context: CommandContext): string[] {
  const m = agreementMessages[context.lang];
  return context.db.agreements.flatMap((agreement) => {
    const pending = pendingVersion(agreement);
    return pending ? [m.pendingLine(agreement.id, pending.number, waitingFor(context, pending))] : [];
  });
}

/** The version to show of an agreement: the one in force today, else its newest. */
function shownVersion(agreement: Agreement, today: string): AgreementVersion {
  return (
    versionOn(agreement, today) ??
    agreement.versions.findLast((v) => v.inForceAt) ??
    agreement.versions.at(-1)!
  );
}

/** `/afspraak [AFS]`: the agreement in force today (or the one named), and what awaits approval. */
export async function show(context: CommandContext, args: Args): Promise<void> {
  const m = agreementMessages[context.lang];
  const pending = pendingLines(context);
  const awaiting = pending.length > 0 ? [paragraph(m.pendingList), list(pending)] : [];
  if (args.word(0) !== undefined) {
    const { agreement } = agreementFrom(context, args);
    await context.respond(versionMessage(context, agreement, shownVersion(agreement, context.today)));
    return;
  }
  const current = agreementOn(context.db, context.today);
  if (current) {
    const shown = versionMessage(context, current, versionOn(current, context.today)!);
    await context.respond(message(...shown.blocks, ...awaiting));
    return;
  }
  const kept = termsAt(context, context.today);
  const none = kept.agreement
    ? m.noneInForce(
        formatDate(context.today, context.lang),
        nameAgreement(kept.agreement, kept.version!, context.lang),
        describeTerms(kept.terms, context.lang),
      )
    : m.none;
  await context.respond(message(paragraph(none), ...awaiting));
}

/** `/afspraak geschiedenis`: every version of every agreement, oldest first. */
export async function history(context: CommandContext): Promise<void> {
  const m = agreementMessages[context.lang];
  const lines = context.db.agreements.flatMap((agreement) =>
    agreement.versions.map((version) => {
      const state = version.recorded
        ? approvalsOf(context, version)
        : version.inForceAt
          ? m.inForceSince(dayOf(context, version.inForceAt), approvalsOf(context, version))
          : m.notApproved(waitingFor(context, version));
      const ended =
        agreement.ended && version === agreement.versions.at(-1)
          ? ` · ${m.endedState(formatDate(agreement.ended.on, context.lang))}`
          : '';
      return `${m.historyLine(agreement.id, version.number, formatDate(version.from, context.lang), describeTerms(version.terms, context.lang), state)}${ended} (${periodOf(context, agreement)})`;
    }),
  );
  await context.respond(message(heading(m.historyTitle), lines.length > 0 ? list(lines) : paragraph(m.none)));
}
