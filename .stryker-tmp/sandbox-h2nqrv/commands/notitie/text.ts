// @ts-nocheck
import type { Args, AuditAction, CommandContext } from '../../src/core/command.ts';
import { currentVersionNumber } from '../../src/domain/notes.ts';
import { noteMessages } from '../../src/i18n/texts/notes.ts';
import { textOrFail } from '../../src/parse/arguments.ts';
import { message, paragraph } from '../../src/port/rich-message.ts';
import type { Note } from '../../src/store/schema.ts';
import { MAX_TEXT, noteFrom as note } from './kind.ts';
import { noteMessage } from './render.ts';

/**
 * Puts a new text on the note and shows it on its card: the signatures so far lapse,
 * and `keep` first files what the new text replaces.
 */
async function writeText(
  context: CommandContext,
  target: Note,
  text: string,
  action: AuditAction,
  keep?: () => void,
): Promise<void> {
  await context.transact(
    action,
    () => {
      keep?.();
      target.text = text;
      target.textVersion += 1;
      target.signatures = [];
      delete target.endorsedAt;
    },
    () => target.id,
  );
  await context.update(target.message, noteMessage(context, target));
}

/** Sets or replaces the text of a note that is not agreed yet; signatures given so far lapse. */
export async function setText(context: CommandContext, args: Args): Promise<void> {
  const m = noteMessages[context.lang];
  const { note: target, rest } = note(context, args);
  if (target.endorsedAt) context.fail(m.agreedUseRevise(target.id));
  const text = textOrFail(context, rest, m.whatText, 0, MAX_TEXT);
  const cleared = target.signatures.length;
  await writeText(context, target, text, {
    action: 'notitie.tekst',
    ...(target.text ? { before: target.text } : {}),
    after: text,
  });
  await context.respond(
    message(paragraph(cleared > 0 ? m.textChangedCleared(target.id, cleared) : m.textSet(target.id))),
  );
}

/** A new version of an agreed note: it needs both sides again, and the agreed one holds until then. */
export async function revise(context: CommandContext, args: Args): Promise<void> {
  const m = noteMessages[context.lang];
  const { note: target, rest } = note(context, args);
  if (!target.endorsedAt || !target.text) context.fail(m.notAgreedUseText(target.id));
  const text = textOrFail(context, rest, m.whatRevision, 0, MAX_TEXT);
  const agreed = currentVersionNumber(target);
  const before = target.text;
  const endorsedAt = target.endorsedAt;
  await writeText(context, target, text, { action: 'notitie.herzien', before, after: text }, () => {
    target.versions = [
      ...(target.versions ?? []),
      {
        text: before,
        signatures: target.signatures,
        endorsedAt,
        revisedBy: context.actor.id,
        revisedAt: context.now.toISOString(),
      },
    ];
  });
  await context.respond(message(paragraph(m.revisedDone(target.id, agreed + 1, agreed))));
}
