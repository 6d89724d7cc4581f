// @ts-nocheck
import type { ActionContext, Args, CommandContext, ReactionContext } from '../../src/core/command.ts';
import { isEndorsed } from '../../src/domain/notes.ts';
import { noteMessages } from '../../src/i18n/texts/notes.ts';
import { sideOf } from '../../src/kit/roster.ts';
import { refToString } from '../../src/port/events.ts';
import { message, paragraph } from '../../src/port/rich-message.ts';
import type { Note } from '../../src/store/schema.ts';
import { noteFrom as note } from './kind.ts';
import { noteMessage } from './render.ts';

/** Signs a note for the member's side; tells the thread, and says so when it becomes endorsed. */
async function addSignature(context: ActionContext, target: Note, reaction?: string): Promise<string[]> {
  const m = noteMessages[context.lang];
  if (!target.text) context.fail(m.noTextToSign(target.id));
  if (target.signatures.some((signature) => signature.by === context.actor.id))
    context.fail(m.alreadySigned(target.id));
  const side = sideOf(context.actor);
  const at = context.now.toISOString();
  const endorsedNow = await context.transact(
    'notitie.teken',
    () => {
      target.signatures.push({ by: context.actor.id, side, at, ...(reaction ? { reaction } : {}) });
      if (!target.endorsedAt && isEndorsed(target)) {
        target.endorsedAt = at;
        return true;
      }
      return false;
    },
    () => target.id,
  );
  await context.update(target.message, noteMessage(context, target));
  const lines = [m.signed(target.id, context.actor.name, m.onBehalfOf[side])];
  if (endorsedNow) lines.push(m.nowEndorsed(target.id));
  return lines;
}

/** `/notitie teken`: signs for the member's side. */
export async function sign(context: CommandContext, args: Args): Promise<void> {
  const { note: target } = note(context, args);
  const lines = await addSignature(context, target);
  await context.respond(message(paragraph(lines.join(' '))));
}

/** A ✅ under the note signs it; taking it away withdraws the signature while the note is not agreed. */
export async function onReaction(context: ReactionContext, id: string): Promise<void> {
  const m = noteMessages[context.lang];
  const target = context.item('notes', id);
  if (!target) return;
  if (context.emoji !== '✅') {
    if (context.event.added) context.fail(m.onlyCheck(id));
    return;
  }
  if (context.event.added) {
    const reaction = context.event.message ? refToString(context.event.message) : undefined;
    const lines = await addSignature(context, target, reaction);
    await context.replyTo(target.message, message(paragraph(lines.join(' '))));
    return;
  }
  const own = target.signatures.findIndex((signature) => signature.by === context.member?.id);
  if (own < 0) return;
  if (target.endorsedAt) context.fail(m.signatureStays(id, context.actor.name));
  await context.transact(
    'notitie.teken-weg',
    () => {
      target.signatures.splice(own, 1);
    },
    () => target.id,
  );
  await context.update(target.message, noteMessage(context, target));
  await context.replyTo(target.message, message(paragraph(m.unsigned(id, context.actor.name))));
}
