// @ts-nocheck
import fc from 'fast-check';
import * as z from 'zod';
import { commands } from '../../commands/index.ts';
import type { CommandSpec } from '../../src/core/command.ts';
import { CommandRegistry } from '../../src/core/registry.ts';
import { dbSchema } from '../../src/store/schema.ts';
import type { Harness } from './harness.ts';

/**
 * The generators of the confidentiality properties (chat and website): items of every
 * kind, public or confidential, each named by a word that cannot occur by chance.
 */
/** A word that cannot occur by chance in any message of the bot. */
export const secretWord = fc.stringMatching(/^[B-DF-HJ-NP-TV-Z]{3}[a-z]{5}$/);

/**
 * Whether members can make the items of a command confidential: their schema has
 * `confidentiality` and a sub-command takes the `vertrouwelijk` flag. (Expenses and action
 * points have the field too, but take it from nothing a member types, or from their meeting.)
 */
function mayBeConfidential(command: CommandSpec): boolean {
  const collection = command.items ? dbSchema.shape[command.items.collection] : undefined;
  const item = collection instanceof z.ZodDefault ? collection.unwrap() : collection;
  const field = item instanceof z.ZodArray && 'confidentiality' in (item.element as z.ZodObject).shape;
  // Made confidential when it is made: a sub-command takes `vertrouwelijk` (not the one that
  // marks it later, `openbaarheid`, which takes `openbaar` too).
  return (
    field &&
    command.subcommands.some((sub) => sub.flags?.includes('vertrouwelijk') && !sub.flags.includes('openbaar'))
  );
}

/** The commands whose items can be confidential, from the registry: the generator makes items of each. */
export function confidentialKinds(list: readonly CommandSpec[] = commands): string[] {
  return list.filter(mayBeConfidential).map((command) => command.name);
}

/**
 * What differs between the commands whose items can be confidential and the creation
 * scripts below: a kind the registry has but no script makes, or a script for a command
 * the registry does not have. Empty when the generator covers every kind.
 */
export function uncoveredKinds(
  list: readonly CommandSpec[] = commands,
  scripts: readonly string[] = Object.keys(CREATE),
): string[] {
  const kinds = confidentialKinds(list);
  return [
    ...kinds.filter((kind) => !scripts.includes(kind)).map((kind) => `/${kind} has no creation script`),
    ...scripts.filter((kind) => !kinds.includes(kind)).map((kind) => `/${kind} is no kind of the registry`),
  ];
}

/** One item of a kind, public or confidential (maybe until a date), at a stage of its life. */
export const confidentialItem = fc.record({
  kind: fc.constantFrom(...confidentialKinds()),
  secret: fc.boolean(),
  until: fc.option(fc.constantFrom('2026-12-31', '2026-06-01'), { nil: undefined }),
  word: secretWord,
  stage: fc.nat(4),
  /** Made confidential after the fact (`/<command> openbaarheid`), not when it was made. */
  later: fc.boolean(),
});

const registry = new CommandRegistry(commands);

/** The line that shows one item by its id, as its command declares it (`/advies toon ADV-2026-001`). */
export function showLine(id: string): string | undefined {
  const owner = registry.ownerOf(id);
  return owner?.items?.show ? `/${owner.name} ${owner.items.show} ${id}` : undefined;
}

/** Every line that shows what a command holds, as the commands declare them (`/advies lijst alle`, `/digest`). */
export function readLines(list: readonly CommandSpec[] = commands): string[] {
  return list.flatMap((command) =>
    (command.reads ?? []).map((words) => `/${command.name}${words ? ` ${words}` : ''}`),
  );
}

export type ConfidentialItem = typeof confidentialItem extends fc.Arbitrary<infer T> ? T : never;

/**
 * Creates the items on 1 May 2026 and says which words must stay out of public view on
 * 1 August: confidential for good or until 31 December. Confidential until 1 June has
 * expired by then: those count as public.
 */
export async function createItems(
  harness: Harness,
  items: readonly ConfidentialItem[],
): Promise<{ secrets: string[]; openAfterExpiry: string[] }> {
  const secrets: string[] = [];
  const openAfterExpiry: string[] = [];
  for (const [index, entry] of items.entries()) {
    const word = `${entry.word}${index}`;
    const flag = entry.secret ? (entry.until ? ` vertrouwelijk tot:${entry.until}` : ' vertrouwelijk') : '';
    if (entry.secret && entry.until !== '2026-06-01') secrets.push(word);
    if (entry.secret && entry.until === '2026-06-01') openAfterExpiry.push(word);
    await createItem(harness, entry.kind, word, entry.later ? '' : flag, entry.stage);
    if (entry.secret && entry.later) await markLater(harness, entry.kind, flag);
  }
  return { secrets, openAfterExpiry };
}

/** Marks the item made last confidential after the fact, as the chair types it. */
async function markLater(harness: Harness, kind: string, flag: string): Promise<void> {
  const db = harness.store.db;
  const id = {
    advies: db.adviceRequests,
    ontwikkeling: db.developments,
    notitie: db.notes,
    overleg: db.meetings,
    besluit: db.decisions,
  }[kind]!.at(-1)!.id;
  const answer = await harness.command('voorzitter', `/${kind} openbaarheid ${id}${flag} reden:Achteraf`);
  // A decision about a confidential item is confidential already.
  if (!/🔒|is al vertrouwelijk/.test(answer)) throw new Error(`${id} was not marked: ${answer}`);
}

/** Creates the item with the commands members type, and takes it to its stage. */
export async function createItem(
  harness: Harness,
  kind: string,
  word: string,
  flag: string,
  stage: number,
): Promise<void> {
  const create = CREATE[kind];
  if (!create) throw new Error(`No creation script for /${kind} (test/support/confidential-items.ts)`);
  await create(harness, word, flag, stage);
}

/** How members create an item of each kind and take it to a stage of its life. */
const CREATE: Record<string, (harness: Harness, word: string, flag: string, stage: number) => Promise<void>> =
  {
    async advies(harness, word, flag, stage) {
      await harness.command('gemeente', `/advies nieuw ${word}${flag}`);
      const id = harness.store.db.adviceRequests.at(-1)!.id;
      if (stage >= 1) await harness.command('voorzitter', `/advies stap ${id} in-overweging`);
      if (stage >= 2) await harness.command('voorzitter', `/advies stap ${id} in-gesprek`);
      if (stage >= 3) await harness.command('voorzitter', `/advies uitbrengen ${id} Advies${word}`);
      if (stage >= 4) await harness.command('gemeente', `/advies reactie ${id} niet reden:Reden${word}`);
    },
    async ontwikkeling(harness, word, flag) {
      await harness.command('gemeente', `/ontwikkeling nieuw ${word} fase:verkenning${flag}`);
    },
    async notitie(harness, word, flag, stage) {
      await harness.command('voorzitter', `/notitie nieuw ${word}${flag}`);
      const id = harness.store.db.notes.at(-1)!.id;
      await harness.command('voorzitter', `/notitie tekst ${id} Tekst${word}`);
      if (stage >= 2) await harness.command('voorzitter', `/notitie teken ${id}`);
    },
    async overleg(harness, word, flag) {
      await harness.command('secretaris', `/overleg plan 15-04-2026 gemeente ${word}${flag}`);
      const id = harness.store.db.meetings.at(-1)!.id;
      await harness.command('secretaris', `/overleg aanwezig ${id} voorzitter gemeente pit`);
      await harness.command(
        'secretaris',
        `/overleg notulen ${id} Notulen${word} over ${harness.store.db.adviceRequests.at(-1)?.id ?? 'niets'}`,
      );
      await harness.command('voorzitter', `/besluit ${id} Besluit${word}`);
    },
    async besluit(harness, word, flag, stage) {
      const about = harness.store.db.adviceRequests.at(-1);
      await harness.command(
        'voorzitter',
        `/besluit ${about && stage % 2 === 0 ? `${about.id} ` : ''}${word}${flag}`,
      );
    },
  };
