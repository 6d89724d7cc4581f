// @ts-nocheck
import type { Db, Note } from '../store/schema.ts';

/** A conversation note is endorsed once both sides signed (§5b): one panel and one municipal signature. */
export function isEndorsed(note: Pick<Note, 'signatures'>): boolean {
  const sides = new Set(note.signatures.map((signature) => signature.side));
  return sides.has('panel') && sides.has('gemeente');
}

/** The sides that still have to sign. */
export function missingSides(note: Pick<Note, 'signatures'>): Array<'panel' | 'gemeente'> {
  const sides = new Set(note.signatures.map((signature) => signature.side));
  return (['panel', 'gemeente'] as const).filter((side) => !sides.has(side));
}

/** One version of a note's text, numbered from 1, as it was signed. */
export interface NoteVersion {
  readonly number: number;
  readonly text: string;
  readonly signatures: Note['signatures'];
  readonly endorsedAt: string | undefined;
  /** Who wrote this version and when: the note's creator for version 1, the reviser for later ones. */
  readonly writtenBy: string;
  readonly writtenAt: string;
}

/** The number of the newest version (1 until a revision). */
export function currentVersionNumber(note: Pick<Note, 'versions'>): number {
  return (note.versions?.length ?? 0) + 1;
}

/** Every version, oldest first; the newest may still await signatures (or text). */
export function noteVersions(note: Note): NoteVersion[] {
  const stored = note.versions ?? [];
  // Version n + 1 was proposed by whoever revised version n.
  const author = (index: number) => {
    const previous = stored[index - 1];
    return previous
      ? { writtenBy: previous.revisedBy, writtenAt: previous.revisedAt }
      : { writtenBy: note.createdBy, writtenAt: note.createdAt };
  };
  const earlier = stored.map((version, index) => ({
    number: index + 1,
    text: version.text,
    signatures: version.signatures,
    endorsedAt: version.endorsedAt,
    ...author(index),
  }));
  return [
    ...earlier,
    {
      number: earlier.length + 1,
      text: note.text ?? '',
      signatures: note.signatures,
      endorsedAt: note.endorsedAt,
      ...author(stored.length),
    },
  ];
}

/** The version both sides signed last: the agreed text, while a revision awaits signatures. */
export function agreedVersion(note: Note): NoteVersion | undefined {
  return noteVersions(note)
    .filter((version) => version.endorsedAt !== undefined)
    .at(-1);
}

/** The signature given with this ✅ (its platform message id), so it can be taken away after a restart. */
export function signatureByReaction(
  db: Db,
  reaction: string,
): { itemId: string; emoji: string; by: string } | undefined {
  for (const note of db.notes) {
    const signature = note.signatures.find((entry) => entry.reaction === reaction);
    if (signature) return { itemId: note.id, emoji: '✅', by: signature.by };
  }
  return undefined;
}
