// @ts-nocheck
import {
  agreedVersion,
  currentVersionNumber,
  missingSides,
  type NoteVersion,
} from '../../src/domain/notes.ts';
import { noteMessages } from '../../src/i18n/texts/notes.ts';
import { opennessLabel } from '../../src/kit/confidentiality.ts';
import {
  context as contextLine,
  fields,
  heading,
  message,
  paragraph,
  type RichMessage,
} from '../../src/port/rich-message.ts';
import { dayOf, type RenderScope } from '../../src/render/render-scope.ts';
import type { Note } from '../../src/store/schema.ts';

function signatureLine(scope: RenderScope, signatures: Note['signatures']): string {
  const m = noteMessages[scope.lang];
  const names = signatures.map((signature) => m.signedBy(scope.nameOf(signature.by), m.side[signature.side]));
  return names.length ? names.join(', ') : m.noSignatures;
}

function awaiting(scope: RenderScope, note: Note): string {
  const m = noteMessages[scope.lang];
  return missingSides(note)
    .map((side) => m.side[side])
    .join(', ');
}

/** Where a note stands: agreed, awaiting signatures, or a revision awaiting them while an earlier version holds. */
export function noteState(scope: RenderScope, note: Note): string {
  const m = noteMessages[scope.lang];
  const revised = (note.versions?.length ?? 0) > 0;
  const current = currentVersionNumber(note);
  if (note.endorsedAt) {
    return revised
      ? m.versionEndorsed(current, dayOf(scope, note.endorsedAt))
      : m.endorsed(dayOf(scope, note.endorsedAt));
  }
  const agreed = agreedVersion(note);
  if (!agreed?.endorsedAt) return m.awaiting(awaiting(scope, note));
  return m.revisionAwaiting(agreed.number, dayOf(scope, agreed.endorsedAt), current, awaiting(scope, note));
}

/** The note's own message (its thread root), and what `/notitie toon` shows. */
export function noteMessage(scope: RenderScope, note: Note, withText = true): RichMessage {
  const m = noteMessages[scope.lang];
  const agreed = note.endorsedAt ? undefined : agreedVersion(note);
  return message(
    heading(m.title(note.id, note.title)),
    fields([
      ...(note.development ? [{ label: m.labels.development, value: note.development }] : []),
      { label: m.labels.state, value: noteState(scope, note) },
      { label: m.labels.signatures, value: signatureLine(scope, note.signatures) },
      {
        label: m.labels.openness,
        value: opennessLabel(note, scope.today, scope.lang),
      },
    ]),
    withText && agreed && paragraph(`${m.agreedText(agreed.number)}: ${agreed.text}`),
    withText &&
      paragraph(
        agreed
          ? `${m.proposedText(currentVersionNumber(note))}: ${note.text}`
          : `${m.labels.text}: ${note.text ?? m.noText}`,
      ),
    !note.endorsedAt && contextLine(m.hint(note.id)),
    (note.versions?.length ?? 0) > 0 && contextLine(m.earlierVersions(note.id, note.versions!.length)),
  );
}

/** One earlier (or the current) version of a note, for `/notitie toon <GN> versie:<n>`. */
export function versionMessage(scope: RenderScope, note: Note, version: NoteVersion): RichMessage {
  const m = noteMessages[scope.lang];
  const state = version.endorsedAt
    ? m.endorsed(dayOf(scope, version.endorsedAt))
    : m.awaiting(awaiting(scope, note));
  return message(
    heading(m.versionTitle(note.id, note.title, version.number)),
    fields([
      { label: m.labels.state, value: state },
      { label: m.labels.signatures, value: signatureLine(scope, version.signatures) },
      {
        label: version.number === 1 ? m.labels.written : m.labels.revised,
        value: m.revisedBy(scope.nameOf(version.writtenBy), dayOf(scope, version.writtenAt)),
      },
    ]),
    paragraph(`${m.labels.text}: ${version.text || m.noText}`),
  );
}
