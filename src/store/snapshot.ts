/** Items serialized at a time; between slices, commands get their turn. */
const SLICE = 500;

/**
 * The text of db.json, serialized a slice at a time, each part handed to `check` first,
 * so that no command waits long for a compaction; handed back in pieces (written one
 * after another, never joined into one string: encoding a whole store at once would hold
 * up the commands too). `between` runs before each slice and resolves at a moment when
 * every applied change is on disk, so a slice never holds a change that could still be
 * undone. Slices taken later may hold changes newer than the snapshot's `journalSeq`;
 * replay writes whole items and parts, so replaying those lines over them again is
 * harmless (a fuzzy snapshot, as databases take their checkpoints).
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
    if (!Array.isArray(value) || value.length <= SLICE) {
      check(key, value, 0);
      pieces.push(`${name}${JSON.stringify(value)}`);
      continue;
    }
    pieces.push(`${name}[`);
    let empty = true;
    for (let start = 0; start < value.length; start += SLICE) {
      if (start > 0) await between();
      const slice = value.slice(start, start + SLICE);
      check(key, slice, start);
      const text = JSON.stringify(slice);
      if (text.length <= 2) continue;
      pieces.push(`${empty ? '' : ','}${text.slice(1, -1)}`);
      empty = false;
    }
    pieces.push(']');
  }
  pieces.push('}');
  return pieces;
}
