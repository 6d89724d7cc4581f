import fc from 'fast-check';
import type { Harness } from './harness.ts';

/**
 * The generators of the confidentiality properties (chat and website): items of every
 * kind, public or confidential, each named by a word that cannot occur by chance.
 */
/** A word that cannot occur by chance in any message of the bot. */
export const secretWord = fc.stringMatching(/^[B-DF-HJ-NP-TV-Z]{3}[a-z]{5}$/);

/** One item of a kind, public or confidential (maybe until a date), at a stage of its life. */
export const confidentialItem = fc.record({
  kind: fc.constantFrom('advies', 'ontwikkeling', 'notitie', 'overleg', 'besluit'),
  secret: fc.boolean(),
  until: fc.option(fc.constantFrom('2026-12-31', '2026-06-01'), { nil: undefined }),
  word: secretWord,
  stage: fc.nat(4),
  /** Made confidential after the fact (`/<command> openbaarheid`), not when it was made. */
  later: fc.boolean(),
});

export function kindOf(id: string): string {
  return { ADV: 'advies', ONT: 'ontwikkeling', GN: 'notitie', OVL: 'overleg' }[id.split('-')[0]!]!;
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
  switch (kind) {
    case 'advies': {
      await harness.command('gemeente', `/advies nieuw ${word}${flag}`);
      const id = harness.store.db.adviceRequests.at(-1)!.id;
      if (stage >= 1) await harness.command('voorzitter', `/advies stap ${id} in-overweging`);
      if (stage >= 2) await harness.command('voorzitter', `/advies stap ${id} in-gesprek`);
      if (stage >= 3) await harness.command('voorzitter', `/advies uitbrengen ${id} Advies${word}`);
      if (stage >= 4) await harness.command('gemeente', `/advies reactie ${id} niet reden:Reden${word}`);
      return;
    }
    case 'ontwikkeling':
      await harness.command('gemeente', `/ontwikkeling nieuw ${word} fase:verkenning${flag}`);
      return;
    case 'notitie': {
      await harness.command('voorzitter', `/notitie nieuw ${word}${flag}`);
      const id = harness.store.db.notes.at(-1)!.id;
      await harness.command('voorzitter', `/notitie tekst ${id} Tekst${word}`);
      if (stage >= 2) await harness.command('voorzitter', `/notitie teken ${id}`);
      return;
    }
    case 'overleg': {
      await harness.command('secretaris', `/overleg plan 15-04-2026 gemeente ${word}${flag}`);
      const id = harness.store.db.meetings.at(-1)!.id;
      await harness.command('secretaris', `/overleg aanwezig ${id} voorzitter gemeente pit`);
      await harness.command(
        'secretaris',
        `/overleg notulen ${id} Notulen${word} over ${harness.store.db.adviceRequests.at(-1)?.id ?? 'niets'}`,
      );
      await harness.command('voorzitter', `/besluit ${id} Besluit${word}`);
      return;
    }
    default: {
      const about = harness.store.db.adviceRequests.at(-1);
      await harness.command(
        'voorzitter',
        `/besluit ${about && stage % 2 === 0 ? `${about.id} ` : ''}${word}${flag}`,
      );
    }
  }
}
