// @ts-nocheck
import type { ActionContext, Args, CommandContext, SubcommandSpec } from '../core/command.ts';
import type { Allowed } from '../domain/roles.ts';
import { correctionMessages } from '../i18n/corrections.ts';
import type { Localized } from '../i18n/lang.ts';
import { type Kind, takeItemId, textOrFail } from '../parse/arguments.ts';
import { flagWord, usageHead } from '../parse/options.ts';
import {
  type Block,
  context as contextLine,
  list,
  paragraph,
  type RichMessage,
} from '../port/rich-message.ts';
import { dayOf, type RenderScope } from '../render/render-scope.ts';
import type { Correction, Db } from '../store/schema.ts';
import { guardFor, shownLines } from './confidentiality.ts';

/**
 * Corrections as first-class actions (a wrong title, a description, a minute line):
 * the new value replaces the old one where people read it, and the old one is kept
 * with the item, with who changed it and when. Each is one audit entry with both values.
 */
export interface Correctable {
  readonly id: string;
  corrections?: Correction[] | undefined;
  message?: string | undefined;
}

export interface CorrectionChange {
  /** The audit action, `advies.titel`. */
  readonly action: string;
  /** What was corrected, in Dutch as stored: `titel`, `notulen 2`. */
  readonly field: string;
  readonly before: string;
  readonly after: string;
  /** Applies the new value to the item. */
  apply(): void;
}

export async function correct(
  context: ActionContext,
  item: Correctable,
  change: CorrectionChange,
): Promise<void> {
  const { action, field, before, after } = change;
  await context.transact(
    { action, before, after, detail: field },
    () => {
      change.apply();
      item.corrections = [
        ...(item.corrections ?? []),
        { at: context.now.toISOString(), by: context.actor.id, field, before, after },
      ];
    },
    () => item.id,
  );
}

/** "Gewijzigd op 2-12-2026 door Bram Visser (titel). Eerdere waarden: …" — or nothing when never corrected. */
function correctionNote(
  scope: RenderScope,
  item: Correctable,
  showCommand: string | undefined,
): Block | undefined {
  const last = item.corrections?.at(-1);
  if (!last) return undefined;
  const m = correctionMessages[scope.lang];
  const fields = [...new Set(item.corrections!.map((entry) => m.field(entry.field)))].join(', ');
  const changed = m.changedOn(dayOf(scope, last.at), scope.nameOf(last.by), fields);
  return contextLine(showCommand ? `${changed} ${m.earlierHint(showCommand)}` : changed);
}

/** Every correction with the earlier and later value; in a public channel without lines that name confidential items. */
function correctionHistory(scope: RenderScope, db: Db, item: Correctable, forPublic: boolean): Block[] {
  const m = correctionMessages[scope.lang];
  const shown = (entry: Correction, text: string) =>
    entry.field === 'aanwezigen' && text
      ? text
          .split(', ')
          .map((id) => scope.nameOf(id))
          .join(', ')
      : text;
  const value = (entry: Correction, text: string) =>
    text ? `'${shown(entry, text)}'` : entry.field.startsWith('notulen') ? m.struck : m.empty;
  // In public only THAT a field changed: a line is often corrected because it should not have been public.
  if (forPublic) {
    const said = (item.corrections ?? []).map((entry) =>
      m.historyLinePublic(dayOf(scope, entry.at), scope.nameOf(entry.by), m.field(entry.field)),
    );
    return [
      paragraph(`${m.historyTitle}:`),
      said.length ? list(said) : contextLine(m.noHistory),
      ...(said.length ? [contextLine(m.earlierOnlyInPanel)] : []),
    ];
  }
  const lines = (item.corrections ?? []).map((entry) =>
    m.historyLine(
      dayOf(scope, entry.at),
      scope.nameOf(entry.by),
      m.field(entry.field),
      value(entry, entry.before),
      value(entry, entry.after),
    ),
  );
  const visible = shownLines(lines, guardFor(db, scope.today, forPublic)).shown;
  return [paragraph(`${m.historyTitle}:`), visible.length ? list(visible) : contextLine(m.noHistory)];
}

/** The blocks `toon` adds: the note that it was changed, and with `geschiedenis` every earlier value. */
export function correctionBlocks(context: CommandContext, item: Correctable, args: Args): Block[] {
  const history = args.flags.has('geschiedenis');
  // The `toon` sub-command's own usage gives its words in the panel's language: `/advice show`.
  const head = usageHead(context.usage);
  const showCommand = `${head} ${item.id} ${flagWord('geschiedenis', context.lang)}`;
  const note = correctionNote(context, item, history ? undefined : showCommand);
  return [
    ...(note ? [note] : []),
    ...(history ? correctionHistory(context, context.db, item, context.channel.public) : []),
  ];
}

/** A sub-command that corrects one text field of an item: `/advies titel <ADV> <titel>`. */
export function fieldCorrection<T extends Correctable>(spec: {
  readonly command: string;
  readonly name: string;
  readonly en: string;
  readonly kind: Kind;
  readonly field: string;
  readonly usage: Localized;
  readonly summary: Localized;
  readonly allowed: Allowed;
  readonly who?: Localized;
  readonly max: number;
  readonly items: (db: Db) => T[];
  readonly get: (item: T) => string;
  readonly set: (item: T, value: string) => void;
  /** Narrows who may, beyond the roles (the requester of an expense). */
  readonly check?: (context: CommandContext, item: T) => void;
  /** The item's own message, edited after the correction. */
  readonly render: (context: CommandContext, item: T) => RichMessage;
}): SubcommandSpec {
  return {
    name: spec.name,
    en: spec.en,
    usage: spec.usage,
    summary: spec.summary,
    allowed: spec.allowed,
    ...(spec.who ? { who: spec.who } : {}),
    changes: true,
    run: async (context, args) => {
      const m = correctionMessages[context.lang];
      const { id, rest } = takeItemId(context, args, spec.kind);
      const item =
        spec.items(context.db).find((entry) => entry.id === id) ?? context.fail(context.t.notFound(id));
      spec.check?.(context, item);
      const field = m.field(spec.field);
      const after = textOrFail(context, rest, m.whatValue(field), 0, spec.max);
      const before = spec.get(item);
      if (after === before) context.fail(m.same(item.id, field));
      await correct(context, item, {
        action: `${spec.command}.${spec.name}`,
        field: spec.field,
        before,
        after,
        apply: () => spec.set(item, after),
      });
      await context.update(item.message, spec.render(context, item));
      await context.respond({ blocks: [paragraph(m.corrected(item.id, field, after))] });
    },
  };
}
