// @ts-nocheck
import type { Args, CommandContext, SubcommandSpec } from '../core/command.ts';
import { CHAIR } from '../domain/roles.ts';
import type { Localized } from '../i18n/lang.ts';
import { opennessTexts } from '../i18n/texts/openness.ts';
import { type Kind, takeItemId } from '../parse/arguments.ts';
import { message, paragraph, type RichMessage } from '../port/rich-message.ts';
import type { Confidentiality, Db } from '../store/schema.ts';
import {
  confidentialityOf,
  isConfidential,
  opennessLabel,
  type Protectable,
  stricter,
} from './confidentiality.ts';

/**
 * Confidential after the fact: the chair or secretary marks an item, or one minute line,
 * confidential (possibly until a date) or public again, with a reason for the audit. When
 * it becomes confidential, the bot edits every message it posted that showed it where
 * someone may not read it, and the next site build leaves it out.
 */
export interface OpennessTarget {
  /** The item the audit names. */
  readonly id: string;
  /** How the answer names it: `BES-2026-001`, `regel 2 van de notulen van OVL-2026-001`. */
  readonly what: string;
  readonly now: Protectable;
  /** Sets the new protection; runs inside the change. */
  set(to: Protectable): void;
  /** The item's own message, and how it reads now. */
  readonly message?: string | undefined;
  readonly render?: () => RichMessage;
  /** Text that shows it besides its id and titles (a minute line's own text). */
  readonly texts?: readonly string[];
  /** Other items made confidential with it. */
  readonly also?: readonly string[];
}

/** Writes a protection into an item's (or a minute line's) own fields. */
export function setProtection(
  item: { confidentiality?: Confidentiality | undefined; confidentialUntil?: string | undefined },
  to: Protectable,
): void {
  item.confidentiality = to.confidentiality;
  if (to.confidentialUntil) item.confidentialUntil = to.confidentialUntil;
  else delete item.confidentialUntil;
}

/** `vertrouwelijk|openbaar [tot:<datum>] reden:"…"` applied to a target, by the command `command`. */
export async function changeOpenness(
  context: CommandContext,
  command: string,
  target: OpennessTarget,
  rest: Args,
): Promise<void> {
  const m = opennessTexts[context.lang];
  const confidential = rest.flags.has('vertrouwelijk') || rest.options.has('tot');
  if (confidential === rest.flags.has('openbaar')) context.fail(m.which(target.what, context.usage));
  const reason = rest.options.get('reden') || rest.rest() || undefined;
  if (!reason) context.fail(m.needReason(target.what, context.usage));
  const to: Protectable = confidential ? confidentialityOf(context, rest) : { confidentiality: 'openbaar' };
  const label = (protection: Protectable) => opennessLabel(protection, context.today, context.lang);
  const unchanged =
    isConfidential(target.now, context.today) === confidential &&
    (!confidential || target.now.confidentialUntil === to.confidentialUntil);
  if (unchanged) context.fail(m.already(target.what, label(to)));
  await context.transact(
    { action: `${command}.openbaarheid`, before: label(target.now), after: label(to), detail: reason },
    () => target.set(to),
    () => target.id,
  );
  if (!confidential) {
    if (target.message && target.render) await context.update(target.message, target.render());
    await context.respond(message(paragraph(m.nowPublic(target.what))));
    return;
  }
  const edited = await context.takeBack({
    items: [target.id, ...(target.also ?? [])],
    texts: target.texts ?? [],
    message: target.message,
    render: target.render,
  });
  await context.respond(message(paragraph(m.nowConfidential(target.what, label(to), edited))));
}

type MarkableItem = Protectable & {
  readonly id: string;
  readonly message?: string | undefined;
  confidentiality: Confidentiality;
  confidentialUntil?: string | undefined;
};

/**
 * What shares an item's confidentiality: the decisions about it and, of a meeting, its
 * action points. Made confidential with it (as a new one would be); left as they are when
 * it becomes public again, as they may be confidential for their own reasons.
 */
function dependents(db: Db, id: string): MarkableItem[] {
  return [
    ...db.decisions.filter((decision) => decision.about === id),
    ...db.actionPoints.filter((point) => point.meeting === id),
  ];
}

/** The target an item is: itself, with what shares its confidentiality. */
export function itemTarget<T extends MarkableItem>(
  context: CommandContext,
  item: T,
  render: ((context: CommandContext, item: T) => RichMessage) | undefined,
): OpennessTarget {
  const sharing = dependents(context.db, item.id);
  return {
    id: item.id,
    what: item.id,
    now: { confidentiality: item.confidentiality, confidentialUntil: item.confidentialUntil },
    set: (to) => {
      setProtection(item, to);
      if (!isConfidential(to, context.today)) return;
      for (const dependent of sharing) setProtection(dependent, stricter(dependent, to, context.today));
    },
    also: sharing.map((dependent) => dependent.id),
    message: item.message,
    ...(render ? { render: () => render(context, item) } : {}),
  };
}

const USAGE = '<ID> vertrouwelijk|openbaar [tot:<datum>] reden:"…"';

/** `/<command> openbaarheid <ID> vertrouwelijk|openbaar [tot:<datum>] reden:"…"` for one kind of item. */
export function opennessSubcommand<T extends MarkableItem>(spec: {
  readonly command: string;
  readonly kind: Kind;
  readonly items: (db: Db) => T[];
  /** The item's own message (when it has one). */
  readonly render?: (context: CommandContext, item: T) => RichMessage;
  /** A part of the item marked on its own (a minute line), from the words after the id. */
  readonly part?: (context: CommandContext, item: T, rest: Args) => OpennessTarget | undefined;
  readonly usage?: Localized;
}): SubcommandSpec {
  const usage = `/${spec.command} openbaarheid ${USAGE.replace('<ID>', `<${spec.kind.prefix}>`)}`;
  return {
    name: 'openbaarheid',
    en: 'visibility',
    usage: spec.usage ?? { nl: usage, en: usage.replace('<datum>', '<date>') },
    summary: { nl: opennessTexts.nl.summary, en: opennessTexts.en.summary },
    allowed: CHAIR,
    changes: true,
    options: ['tot', 'reden'],
    flags: ['vertrouwelijk', 'openbaar'],
    run: async (context, args) => {
      const { id, rest } = takeItemId(context, args, spec.kind);
      const item =
        spec.items(context.db).find((entry) => entry.id === id) ?? context.fail(context.t.notFound(id));
      const part = spec.part?.(context, item, rest);
      const target = part ?? itemTarget(context, item, spec.render);
      await changeOpenness(context, spec.command, target, part ? rest.after(1) : rest);
    },
  };
}
