import type { Note } from '../store/schema.ts';

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
