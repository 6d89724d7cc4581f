// @ts-nocheck
import type { Harness } from './harness.ts';

/**
 * Free text for the confidentiality properties: how a text names an item, and the places
 * people write free text (minutes, action points, decisions, notes, expenses, advice,
 * answers), always on public items, so only the free-text rule can keep it out of view.
 */
export const FREE_TEXT_PLACES = [
  'minute',
  'action',
  'decision',
  'note',
  'expense',
  'advice',
  'answer',
  'decline',
] as const;

/**
 * The forms of naming an item as people write them: `ADV-4`, `ADV-2026-004`, `adv-2026-4`,
 * `ADV 4`, `ADV4`, or its title: lower case, with typographic quotes as a phone types them
 * (`camera’s`), with look-alike letters from another script (a Cyrillic `а`), or a title
 * it had before a correction.
 */
export const MENTION_FORMS = [
  'short',
  'full',
  'lower',
  'spaced',
  'joined',
  'title',
  'typographic',
  'lookalike',
  'former',
] as const;

/** Latin letters and a Cyrillic letter that looks the same. */
const LOOKALIKES: Readonly<Record<string, string>> = {
  a: '\u0430',
  c: '\u0441',
  e: '\u0435',
  o: '\u043e',
  p: '\u0440',
  x: '\u0445',
};

/** How a text names an item, in one of `MENTION_FORMS`; `former` is a title it had before (or its title). */
export function mention(id: string, title: string, form: string, former?: string): string {
  const [prefix, year, number] = id.split('-');
  if (form === 'short') return `${prefix}-${Number(number)}`;
  if (form === 'full') return id;
  if (form === 'lower') return `${prefix!.toLowerCase()}-${year}-${Number(number)}`;
  if (form === 'spaced') return `${prefix} ${Number(number)}`;
  if (form === 'joined') return `${prefix}${Number(number)}`;
  if (form === 'typographic') return title.toLowerCase().replaceAll("'", '\u2019');
  if (form === 'lookalike') return title.replace(/[aceopx]/g, (letter) => LOOKALIKES[letter]!);
  if (form === 'former') return (former ?? title).toLowerCase();
  return title.toLowerCase();
}

/** Writes a free text in one of the places people write free text, on public items, in the panel channel. */
export async function place(harness: Harness, where: string, meeting: string, text: string): Promise<void> {
  const db = harness.store.db;
  const publicRequest = async () => {
    await harness.command('gemeente', '/advies nieuw Openbaar verzoek');
    const id = db.adviceRequests.at(-1)!.id;
    await harness.command('voorzitter', `/advies stap ${id} in-overweging`);
    await harness.command('voorzitter', `/advies stap ${id} in-gesprek`);
    return id;
  };
  switch (where) {
    case 'minute':
      return void (await harness.command('secretaris', `/overleg notulen ${meeting} ${text}`));
    case 'action':
      return void (await harness.command('secretaris', `/overleg actie ${meeting} anna ${text}`));
    case 'decision':
      return void (await harness.command('voorzitter', `/besluit ${meeting} ${text}`));
    case 'note': {
      await harness.command('voorzitter', '/notitie nieuw Openbare notitie');
      return void (await harness.command('voorzitter', `/notitie tekst ${db.notes.at(-1)!.id} ${text}`));
    }
    case 'expense':
      return void (await harness.command('panellid', `/uitgave 12 kosten ${text}`));
    case 'advice': {
      const id = await publicRequest();
      return void (await harness.command('voorzitter', `/advies uitbrengen ${id} ${text}`));
    }
    case 'answer': {
      const id = await publicRequest();
      await harness.command('voorzitter', `/advies uitbrengen ${id} Ons advies`);
      return void (await harness.command('gemeente', `/advies reactie ${id} niet reden:"${text}"`));
    }
    default: {
      const id = await publicRequest();
      return void (await harness.command('voorzitter', `/advies geen ${id} ${text}`));
    }
  }
}
