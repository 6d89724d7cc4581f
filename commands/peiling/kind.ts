import type { Kind } from '../../src/parse/arguments.ts';

/** A poll's item kind: ids `PEI-<year>-<n>`. */
export const POLL = { prefix: 'PEI', noun: { nl: 'peiling', en: 'poll' } } as const satisfies Kind;
