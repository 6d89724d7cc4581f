// @ts-nocheck
import type { Args, CommandContext } from '../../src/core/command.ts';
import { noteVersions } from '../../src/domain/notes.ts';
import { noteMessages } from '../../src/i18n/texts/notes.ts';
import {
  guardFor,
  hiddenHere,
  visibleHere,
  visibleLink,
  withheldNote,
} from '../../src/kit/confidentiality.ts';
import { findItem } from '../../src/kit/items.ts';
import { context as contextLine } from '../../src/port/rich-message.ts';
import { hiddenNote, listMessage } from '../../src/render/render-scope.ts';
import { noteFrom as note } from './kind.ts';
import { noteMessage, noteState, versionMessage } from './render.ts';

/** `/notitie toon`: the note, or one of its versions with `versie:<n>`. */
export async function show(context: CommandContext, args: Args): Promise<void> {
  const { note: target } = note(context, args);
  const guard = guardFor(context.db, context.today, context.channel.public);
  if (hiddenHere(context, target)) {
    context.fail(noteMessages[context.lang].confidentialHere(target.id));
  }
  const shown = visibleLink(target, context.channel.public, context.today, (id) => findItem(context.db, id));
  const wanted = args.options.get('versie');
  const versions = noteVersions(target);
  if (wanted === undefined) {
    // In a public channel a text that names a confidential item is withheld, and counted.
    const withheld = versions.some((version) => guard?.names(version.text, target.id));
    const rendered = noteMessage(context, shown, !withheld);
    await context.respond(
      withheld
        ? { ...rendered, blocks: [...rendered.blocks, contextLine(withheldNote(context.lang, 1, 'field')!)] }
        : rendered,
    );
    return;
  }
  const version = /^\d+$/.test(wanted) ? versions[Number(wanted) - 1] : undefined;
  if (!version) context.fail(noteMessages[context.lang].noSuchVersion(target.id, wanted, versions.length));
  if (guard?.names(version.text, target.id))
    context.fail(noteMessages[context.lang].confidentialHere(target.id));
  await context.respond(versionMessage(context, shown, version));
}

/** `/notitie lijst`: every note this channel may see, with where it stands. */
export async function listAll(context: CommandContext): Promise<void> {
  const m = noteMessages[context.lang];
  const all = context.db.notes;
  const { shown, hidden } = visibleHere(context, all);
  await context.respond(
    listMessage({
      title: m.listTitle(shown.length),
      lines: shown.map((entry) => `${entry.id} ${entry.title} — ${noteState(context, entry)}`),
      empty: m.listEmpty,
      hidden: hiddenNote(context.lang, hidden, m.noun, m.nouns),
    }),
  );
}
