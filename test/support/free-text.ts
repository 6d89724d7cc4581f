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

/** The forms of naming an item: `ADV-4`, `ADV-2026-004`, `adv-2026-4`, or its title. */
export const MENTION_FORMS = ['short', 'full', 'lower', 'title'] as const;

/** How a text names an item: `ADV-4`, `ADV-2026-004`, `adv-2026-4` or its title. */
export function mention(id: string, title: string, form: string): string {
  const [prefix, year, number] = id.split('-');
  if (form === 'short') return `${prefix}-${Number(number)}`;
  if (form === 'full') return id;
  if (form === 'lower') return `${prefix!.toLowerCase()}-${year}-${Number(number)}`;
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
