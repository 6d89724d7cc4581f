// @ts-nocheck
import type { Args, CommandContext } from '../../src/core/command.ts';
import { decisionVersions } from '../../src/domain/decisions.ts';
import { messages } from '../../src/i18n/messages.ts';
import { decisionTexts } from '../../src/i18n/texts/decisions.ts';
import { takeConfidentialMark } from '../../src/kit/confidential-mark.ts';
import {
  guardFor,
  isConfidential,
  opennessLabel,
  shownLines,
  withheldNote,
} from '../../src/kit/confidentiality.ts';
import { setProtection } from '../../src/kit/openness.ts';
import { findOrFail, type Kind, textOrFail } from '../../src/parse/arguments.ts';
import { formatItemId, parseItemId } from '../../src/parse/values.ts';
import {
  context as contextLine,
  fields,
  heading,
  list,
  message,
  paragraph,
} from '../../src/port/rich-message.ts';
import { dayOf } from '../../src/render/render-scope.ts';
import type { Decision } from '../../src/store/schema.ts';

export const DECISION: Kind = { prefix: 'BES', noun: { nl: 'besluit', en: 'decision' } };

/**
 * The decision named by the first word. After `wijzig` or `intrekken` that must be a
 * decision's number; anything else is most likely a new decision's text, so the answer
 * says how to quote it.
 */
function decisionOf(context: CommandContext, args: Args, word: string): { decision: Decision; rest: Args } {
  const m = decisionTexts[context.lang];
  const first = args.word(0);
  const parts = first !== undefined ? parseItemId(first, context.year) : undefined;
  const example = `${DECISION.prefix}-${context.year}-001`;
  if (!parts) context.fail(m.quoteHint(word, example));
  const id = formatItemId(parts);
  if (parts.prefix !== DECISION.prefix) {
    context.fail(context.t.wrongKindOfId(id, DECISION.noun[context.lang], example));
  }
  return { decision: findOrFail(context, 'decisions', id), rest: args.after(1) };
}

export async function changeDecision(context: CommandContext, args: Args): Promise<void> {
  const m = decisionTexts[context.lang];
  const { decision, rest: words } = decisionOf(context, args, 'wijzig');
  if (decision.withdrawn) context.fail(m.isWithdrawn(decision.id));
  // `vertrouwelijk` before the new text, or after it quoted: the decision becomes confidential.
  const { marked, rest } = takeConfidentialMark(words);
  const text = textOrFail(context, rest, m.whatNewText);
  const marks = marked && !(isConfidential(decision, context.today) && !decision.confidentialUntil);
  if (text === decision.text && !marks) context.fail(m.sameText(decision.id));
  const reason = rest.options.get('reden') || undefined;
  const before = decision.text;
  if (marks) await markConfidential(context, decision, reason);
  if (text === decision.text) {
    await context.respond(message(paragraph(m.changed(decision.id, text))));
    return;
  }
  await context.transact(
    { action: 'besluit.wijzig', before, after: text, ...(reason ? { detail: reason } : {}) },
    () => {
      decision.changes = [
        ...(decision.changes ?? []),
        { at: context.now.toISOString(), by: context.actor.id, before, ...(reason ? { reason } : {}) },
      ];
      decision.text = text;
    },
    () => decision.id,
  );
  await context.respond(message(paragraph(m.changed(decision.id, text))));
}

/** A decision made confidential while its text is changed: audited on its own, and taken back from public messages. */
async function markConfidential(context: CommandContext, decision: Decision, reason: string | undefined) {
  const label = (item: Decision) => opennessLabel(item, context.today, context.lang);
  await context.transact(
    {
      action: 'besluit.openbaarheid',
      before: label(decision),
      after: messages[context.lang].confidential,
      ...(reason ? { detail: reason } : {}),
    },
    () => setProtection(decision, { confidentiality: 'vertrouwelijk' }),
    () => decision.id,
  );
  await context.takeBack({ items: [decision.id], texts: [], message: decision.message });
}

export async function withdrawDecision(context: CommandContext, args: Args): Promise<void> {
  const m = decisionTexts[context.lang];
  const { decision, rest } = decisionOf(context, args, 'intrekken');
  if (decision.withdrawn) context.fail(m.alreadyWithdrawn(decision.id));
  const reason = rest.options.get('reden') || rest.rest() || undefined;
  if (!reason) context.fail(m.needReason(decision.id));
  await context.transact(
    { action: 'besluit.intrekken', before: decision.text, detail: reason },
    () => {
      decision.withdrawn = { at: context.now.toISOString(), by: context.actor.id, reason };
    },
    () => decision.id,
  );
  await context.respond(message(paragraph(m.withdrawnDone(decision.id))));
}

/** `/besluit toon`: the decision with every version, who set it, when and why. */
export async function showDecision(context: CommandContext, args: Args): Promise<void> {
  const m = decisionTexts[context.lang];
  const { decision } = decisionOf(context, args, 'toon');
  if (context.channel.public && isConfidential(decision, context.today)) {
    context.fail(m.confidentialHere(decision.id));
  }
  const withdrawn = decision.withdrawn;
  // In a public channel an earlier text is not repeated: a text is often changed because it should not have been public.
  const all = decisionVersions(decision);
  const versions = shownLines(
    all.map((version) =>
      context.channel.public && version.number < all.length
        ? m.earlierVersion(version.number, dayOf(context, version.at), context.nameOf(version.by))
        : m.version(
            version.number,
            dayOf(context, version.at),
            context.nameOf(version.by),
            version.text,
            context.channel.public ? undefined : version.reason,
          ),
    ),
    guardFor(context.db, context.today, context.channel.public),
  );
  await context.respond(
    message(
      heading(m.title(decision.id)),
      fields([
        ...(decision.about ? [{ label: m.labels.about, value: decision.about }] : []),
        {
          label: m.labels.state,
          value: withdrawn
            ? m.stateWithdrawn(dayOf(context, withdrawn.at), context.nameOf(withdrawn.by), withdrawn.reason)
            : m.stateCurrent,
        },
        { label: m.labels.openness, value: opennessLabel(decision, context.today, context.lang) },
      ]),
      paragraph(`${m.labels.versions}:`),
      list(versions.shown),
      versions.withheld > 0 && contextLine(withheldNote(context.lang, versions.withheld, 'field')!),
    ),
  );
}
