/**
 * The checker behind `one-language.test.ts`: every text a table holds, and the Dutch words
 * among them. The Dutch words are the project's own: the words of four letters or more in
 * its Dutch tables, less the few that English writes the same way (listed below, by hand).
 */

/** A value that stands in for any argument: it prints as `X`, counts as 2, maps to nothing. */
function anything(): unknown {
  const target = () => undefined;
  return new Proxy(target, {
    get(_, key) {
      if (key === Symbol.toPrimitive) return (hint: string) => (hint === 'number' ? 2 : 'X');
      if (key === Symbol.iterator) return function* () {};
      if (key === 'length') return 2;
      if (key === 'join' || key === 'toString' || key === 'trim') return () => 'X';
      if (key === 'map' || key === 'filter' || key === 'flatMap' || key === 'slice') return () => [];
      if (key === 'then') return undefined;
      return anything();
    },
    apply: () => anything(),
  });
}

/** The arguments a text's function is tried with, in turn, until one gives a text. */
const TRIES: ReadonlyArray<(count: number) => unknown[]> = [
  (count) => Array.from({ length: count }, () => 'X'),
  (count) => Array.from({ length: count }, () => 2),
  (count) => Array.from({ length: count }, (_, index) => (index === 0 ? 'X' : 2)),
  (count) => Array.from({ length: count }, () => true),
  (count) => Array.from({ length: count }, () => false),
  (count) => Array.from({ length: count }, () => anything()),
];

/** Every text in a table: its strings, and what its functions write (tried with stand-ins). */
export function textsOf(table: unknown, depth = 0, seen = new Set<unknown>()): string[] {
  if (typeof table === 'string') return [table];
  if (depth > 8 || !table || seen.has(table)) return [];
  if (typeof table === 'function') {
    const found: string[] = [];
    for (const args of TRIES) {
      try {
        const result = (table as (...values: unknown[]) => unknown)(...args(Math.max(table.length, 3)));
        if (typeof result !== 'function') found.push(...textsOf(result, depth + 1, seen));
      } catch {
        // Another set of stand-ins may fit.
      }
    }
    return found;
  }
  if (typeof table !== 'object') return [];
  seen.add(table);
  return Object.values(table).flatMap((value) => textsOf(value, depth + 1, seen));
}

/** Words that Dutch and English write alike, or names: never a sign of Dutch in an English text. */
const SHARED = new Set(
  (
    'stadspanel data hilversum slack matrix json config website privacy expertise panel hosting ' +
    'europe amsterdam cron token tokens markdown html utrecht anna bram chris dewi emre fleur ' +
    'smit visser bakker jansen yilmaz vries fatima amrani example open team filter budget ' +
    'digest item items status online type code start stop manager quorum pilot dashboard ' +
    'camera cameras bodycams bodycam druktemeter oost west noord zuid port socket agenda ' +
    'inclusie rapport terminal sudo systemd node npm backup backups journal audit link links ' +
    'feed chat extra caps help channels later even account accounts spelling letters plan week ' +
    'want stand over site browser contact home platform sorry atom register experts ctrl server ' +
    'crypto homeserver login mode events oauth permissions bytes base openssl rand xoxb xapp'
  ).split(/\s+/),
);

/** The words of four letters or more in a text, lower-case, without ids, commands, keys or paths. */
export function wordsOf(text: string): string[] {
  const plain = text
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/[\w.-]+\.(json|jsonl|html|csv|md|txt|tar\.gz|sqlite|ts)\b/g, ' ')
    .replace(/[A-Z]{2,3}-\d{4}-\d+/g, ' ')
    .replace(/\b[A-Z][A-Z0-9_]+\b/g, ' ')
    .replace(/\b[a-z]+[A-Z]\w*/g, ' ')
    // What the stand-ins of a text's arguments print.
    .replace(/true|false|undefined/g, ' ');
  return (plain.toLowerCase().match(/\p{L}{4,}/gu) ?? []).filter((word) => !SHARED.has(word));
}

/** The Dutch vocabulary: the words of the Dutch texts, less the ones English shares. */
export function dutchVocabulary(dutch: readonly string[]): Set<string> {
  return new Set(dutch.flatMap(wordsOf));
}

/** The Dutch words in texts, each with the text it stands in. */
export function dutchIn(texts: readonly string[], vocabulary: ReadonlySet<string>): string[] {
  const hits = texts.flatMap((text) =>
    wordsOf(text)
      .filter((word) => vocabulary.has(word))
      .map((word) => `${word}: ${text.slice(0, 120)}`),
  );
  return [...new Set(hits)];
}
