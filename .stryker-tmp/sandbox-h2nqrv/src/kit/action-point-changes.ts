// @ts-nocheck
import type { CommandContext } from '../core/command.ts';
import { actionMessages } from '../i18n/texts/actions.ts';
import { dateOrFail } from '../parse/arguments.ts';
import { message, paragraph } from '../port/rich-message.ts';
import { actionMessage } from '../render/action.ts';
import type { ActionPoint } from '../store/schema.ts';

/*
 * Changes to an action point that both `/actie` and `/overleg actie` make, so neither
 * command imports the other.
 */

/** Corrects an action point's text and/or due date; the audit keeps the old and new value. */
export async function correctAction(
  context: CommandContext,
  point: ActionPoint,
  text: string | undefined,
  dueText: string | undefined,
): Promise<void> {
  const a = actionMessages[context.lang];
  if (point.removed) context.fail(a.removed(point.id));
  const due = dueText ? dateOrFail(context, dueText) : undefined;
  const changes = [
    ...(text && text !== point.text ? [{ field: 'text', before: point.text, after: text }] : []),
    ...(due && due !== point.due ? [{ field: 'due', before: point.due ?? '', after: due }] : []),
  ];
  if (changes.length === 0) context.fail(a.nothingChanged);
  await context.transact(
    {
      action: 'actie.wijzig',
      before: changes.map((change) => `${change.field}: ${change.before}`).join('; '),
      after: changes.map((change) => `${change.field}: ${change.after}`).join('; '),
    },
    () => {
      const at = context.now.toISOString();
      point.corrections = [
        ...(point.corrections ?? []),
        ...changes.map((change) => ({ at, by: context.actor.id, ...change })),
      ];
      if (text) point.text = text;
      if (due) {
        point.due = due;
        point.reminders = {};
      }
    },
    () => point.id,
  );
  await context.update(point.message, actionMessage(context, point));
  await context.respond(message(paragraph(a.changeReply(point.id))));
}

/** Removes an action point: it stays, marked removed, and the audit keeps its text. */
export async function removeAction(context: CommandContext, point: ActionPoint): Promise<void> {
  const a = actionMessages[context.lang];
  if (point.removed) context.fail(a.removed(point.id));
  await context.transact(
    { action: 'actie.schrap', before: point.text, after: '' },
    () => {
      point.removed = { by: context.actor.id, at: context.now.toISOString() };
    },
    () => point.id,
  );
  await context.update(point.message, actionMessage(context, point));
  await context.respond(message(paragraph(a.removeReply(point.id))));
}
