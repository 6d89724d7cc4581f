/**
 * Items checked and serialized at a time; between slices, commands get their turn. Checking
 * an item against the schema costs a few microseconds, so a slice stays around a millisecond.
 */
const SLICE = 100;

/**
 * The text of db.json, serialized a slice at a time so that no command waits long for a
 * compaction; each slice is handed to `check` just before it is serialized, so what is
 * checked is what is written. `between` runs before each slice and resolves at a moment when every
 * applied change is on disk, so a slice never holds a change that could still be undone.
 * Slices taken later may hold changes newer than the snapshot's `journalSeq`; replay
 * writes whole items and parts, so replaying those lines over them again is harmless
 * (a fuzzy snapshot, as databases take their checkpoints).
 */
export async function serializeInSlices(
  data: object,
  between: () => Promise<void>,
  check: (key: string, value: unknown, offset: number) => void = () => {},
): Promise<string> {
  const parts: string[] = [];
  for (const key of Object.keys(data)) {
    await between();
    const value: unknown = (data as Record<string, unknown>)[key];
    if (!Array.isArray(value) || value.length <= SLICE) {
      check(key, value, 0);
      parts.push(`${JSON.stringify(key)}:${JSON.stringify(value)}`);
      continue;
    }
    const slices: string[] = [];
    for (let start = 0; start < value.length; start += SLICE) {
      if (start > 0) await between();
      const slice = value.slice(start, start + SLICE);
      check(key, slice, start);
      const text = JSON.stringify(slice);
      if (text.length > 2) slices.push(text.slice(1, -1));
    }
    parts.push(`${JSON.stringify(key)}:[${slices.join(',')}]`);
  }
  return `{${parts.join(',')}}`;
}
