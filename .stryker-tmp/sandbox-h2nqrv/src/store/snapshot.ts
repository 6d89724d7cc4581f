/** The most items in one slice, and the first slice of a list (to learn how long one item takes). */
// @ts-nocheck

const SLICE = 500;
const FIRST_SLICE = 25;
/** What one slice may take: a command waits about this long at most for a compaction. */
const SLICE_MS = 0.5;

/**
 * The text of db.json, serialized a slice at a time, each part handed to `check` first,
 * so that no command waits long for a compaction: a slice holds as many items as take
 * about `SLICE_MS` to check and serialize (an advice request takes ten times a decision).
 * Handed back in pieces (written one after another, never joined into one string:
 * encoding a whole store at once would hold up the commands too). `between` runs before
 * each slice and resolves at a moment when every applied change is on disk, so a slice
 * never holds a change that could still be undone. Slices taken later may hold changes
 * newer than the snapshot's `journalSeq`; replay writes whole items and parts, so
 * replaying those lines over them again is harmless (a fuzzy snapshot, as databases take
 * their checkpoints).
 */
export async function serializeInSlices(
  data: object,
  between: () => Promise<void>,
  check: (key: string, value: unknown, offset: number) => void = () => {},
): Promise<string[]> {
  const pieces: string[] = ['{'];
  let first = true;
  for (const key of Object.keys(data)) {
    await between();
    const value: unknown = (data as Record<string, unknown>)[key];
    const name = `${first ? '' : ','}${JSON.stringify(key)}:`;
    first = false;
    if (!Array.isArray(value) || value.length <= FIRST_SLICE) {
      check(key, value, 0);
      pieces.push(`${name}${JSON.stringify(value)}`);
      continue;
    }
    pieces.push(`${name}[`);
    let empty = true;
    let count = FIRST_SLICE;
    let start = 0;
    while (start < value.length) {
      if (start > 0) await between();
      const began = performance.now();
      const slice = value.slice(start, start + count);
      check(key, slice, start);
      const text = JSON.stringify(slice);
      if (text.length > 2) {
        pieces.push(`${empty ? '' : ','}${text.slice(1, -1)}`);
        empty = false;
      }
      start += slice.length;
      const perItem = (performance.now() - began) / slice.length;
      count = Math.max(1, Math.min(SLICE, Math.floor(SLICE_MS / Math.max(perItem, 1e-6))));
    }
    pieces.push(']');
  }
  pieces.push('}');
  return pieces;
}
