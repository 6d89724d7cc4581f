// @ts-nocheck
import type { ActionContext, Args, CommandContext, ReactionContext } from '../../src/core/command.ts';
import { approvingSide, missingSides, pendingVersion } from '../../src/domain/agreements.ts';
import { agreementTexts, describePeriod } from '../../src/i18n/texts/agreements.ts';
import { dateOrFail, textOrFail } from '../../src/parse/arguments.ts';
import { refToString } from '../../src/port/events.ts';
import { message, paragraph } from '../../src/port/rich-message.ts';
import { dayOf } from '../../src/render/render-scope.ts';
import type { Agreement, Side } from '../../src/store/schema.ts';
import { formatDate } from '../../src/time/time.ts';
import { agreementFrom, messageOf, refreshMessages } from './kind.ts';
import { agreementMessages } from './messages.ts';
import { refuseOverlapAt } from './overlap.ts';
import { versionMessage } from './render.ts';

const OTHER: Record<Side, Side> = { panel: 'gemeente', gemeente: 'panel' };

/**
 * Approves the version awaiting approval for the member's side (8b). It comes into force
 * once both sides approved; a second approval by the same side is refused, naming the
 * side whose turn it is.
 */
async function addApproval(context: ActionContext, agreement: Agreement, reaction?: string): Promise<string> {
  const m = agreementMessages[context.lang];
  const t = agreementTexts[context.lang];
  const side = approvingSide(context.actor);
  if (!side) context.refuse(m.notAnApprover(context.actor.name));
  const pending = pendingVersion(agreement);
  if (!pending) context.fail(m.nothingToApprove(agreement.id));
  const other = OTHER[side];
  const earlier = pending.approvals.find((approval) => approval.side === side);
  if (earlier) {
    const who = `${context.nameOf(earlier.by)}, ${dayOf(context, earlier.at)}`;
    context.fail(
      m.sideAlready(
        agreement.id,
        pending.number,
        capitalize(t.side[side]),
        who,
        t.side[other],
        t.approvers[other],
      ),
    );
  }
  const completes = missingSides(pending).length === 1;
  if (completes && pending.number === 1) refuseOverlapAt(context, agreement);
  const at = context.now.toISOString();
  await context.transact(
    'afspraak.goedkeuren',
    () => {
      pending.approvals.push({ by: context.actor.id, side, at, ...(reaction ? { reaction } : {}) });
      if (missingSides(pending).length === 0) pending.inForceAt = at;
    },
    () => agreement.id,
  );
  await refreshMessages(context, agreement, pending, versionMessage(context, agreement, pending, true));
  if (pending.inForceAt)
    return m.inForce(agreement.id, pending.number, formatDate(pending.from, context.lang));
  return m.approvedOne(agreement.id, pending.number, context.actor.name, t.side[side], t.side[other]);
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** `/afspraak goedkeuren <AFS>`. */
export async function approve(context: CommandContext, args: Args): Promise<void> {
  const { agreement } = agreementFrom(context, args);
  await context.respond(message(paragraph(await addApproval(context, agreement))));
}

/** A ✅ under a proposal approves it; taking it away withdraws the approval while the version is not in force. */
export async function onReaction(context: ReactionContext, id: string): Promise<void> {
  const m = agreementMessages[context.lang];
  const agreement = context.item('agreements', id);
  if (!agreement) return;
  if (context.emoji !== '✅') {
    if (context.event.added) context.fail(m.onlyCheck(id));
    return;
  }
  const pending = pendingVersion(agreement);
  const reacted = refToString(context.event.target);
  if (context.event.added) {
    if (pending && messageOf(agreement, pending) !== reacted)
      context.fail(m.otherVersion(id, pending.number));
    const reaction = context.event.message ? refToString(context.event.message) : undefined;
    const line = await addApproval(context, agreement, reaction);
    await context.replyTo(agreement.message, message(paragraph(line)));
    return;
  }
  const version = agreement.versions.find((entry) =>
    entry.approvals.some(
      (approval) => approval.by === context.member?.id && messageOf(agreement, entry) === reacted,
    ),
  );
  if (!version) return;
  if (version.inForceAt) context.fail(m.approvalStays(id, context.actor.name));
  await context.transact(
    'afspraak.goedkeuren-weg',
    () => {
      const own = version.approvals.findIndex((approval) => approval.by === context.member?.id);
      version.approvals.splice(own, 1);
    },
    () => agreement.id,
  );
  await refreshMessages(context, agreement, version, versionMessage(context, agreement, version, true));
  await context.replyTo(agreement.message, message(paragraph(m.approvalWithdrawn(id, context.actor.name))));
}

/** `/afspraak opzeggen <AFS> [tot:<datum>] <reden>`: either side ends it (8c), from a date on. */
export async function end(context: CommandContext, args: Args): Promise<void> {
  const m = agreementMessages[context.lang];
  const { agreement, rest } = agreementFrom(context, args);
  const side = approvingSide(context.actor);
  if (!side) context.refuse(m.notAnEnder(context.actor.name));
  if (agreement.ended)
    context.fail(m.alreadyEnded(agreement.id, formatDate(agreement.ended.on, context.lang)));
  const typed = args.options.get('tot');
  const on = typed === undefined ? context.today : dateOrFail(context, typed);
  if (on > agreement.to) {
    const period = describePeriod(agreement.from, agreement.to, context.lang);
    context.fail(m.endOutside(formatDate(on, context.lang), period));
  }
  const reason = textOrFail(context, rest, m.whatReason, 0, 1_000);
  await context.transact(
    'afspraak.opzeggen',
    () => {
      agreement.ended = { on, reason, by: context.actor.id, side, at: context.now.toISOString() };
    },
    () => agreement.id,
  );
  const newest = agreement.versions.at(-1)!;
  await refreshMessages(context, agreement, newest, versionMessage(context, agreement, newest));
  await context.respond(
    message(
      paragraph(
        m.endedDone(agreement.id, formatDate(on, context.lang), agreementTexts[context.lang].side[side]),
      ),
    ),
  );
}
