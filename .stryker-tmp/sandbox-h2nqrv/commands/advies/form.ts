// @ts-nocheck
import type { CommandForm, FormValues } from '../../src/parse/form.ts';
import { THEMES } from '../../src/store/schema.ts';

const text = (values: FormValues, name: string) => {
  const value = values[name];
  return typeof value === 'string' ? value.trim() : '';
};

/** The form `/advies` opens on platforms with forms when typed without words: a new request. */
export const adviceForm: CommandForm = {
  id: 'advies_nieuw',
  title: { nl: 'Nieuw adviesverzoek', en: 'New advice request' },
  submit: { nl: 'Vastleggen', en: 'Record' },
  cancel: { nl: 'Annuleren', en: 'Cancel' },
  fields: [
    {
      kind: 'text',
      name: 'title',
      label: { nl: 'Titel', en: 'Title' },
      hint: { nl: 'Bijvoorbeeld: Bodycams voor handhavers', en: 'For example: Bodycams for enforcers' },
      maxLength: 200,
      required: { missing: { nl: 'Geef het verzoek een titel.', en: 'Give the request a title.' } },
    },
    { kind: 'choices', name: 'themes', label: { nl: 'Thema', en: 'Theme' }, options: THEMES },
    {
      kind: 'text',
      name: 'development',
      label: {
        nl: 'Hoort bij ontwikkeling (nummer, niet verplicht)',
        en: 'Belongs to development (number, optional)',
      },
      hint: { nl: 'Bijvoorbeeld ONT-2026-001', en: 'For example ONT-2026-001' },
    },
    {
      kind: 'check',
      name: 'confidential',
      label: { nl: 'Vertrouwelijk', en: 'Confidential' },
      option: { nl: 'Dit verzoek is vertrouwelijk', en: 'This request is confidential' },
    },
  ],
  /** `/advies nieuw "…" thema:… ontwikkeling:… vertrouwelijk`; quotes in the title cannot break it. */
  toCommand(values) {
    const title = text(values, 'title').replace(/["“”„]/g, "'");
    const parts = ['/advies nieuw', `"${title}"`];
    const themes = values.themes;
    if (Array.isArray(themes) && themes.length) parts.push(`thema:${themes.join(',')}`);
    const development = text(values, 'development');
    if (development) parts.push(`ontwikkeling:${development.split(/\s+/)[0]}`);
    if (values.confidential === true) parts.push('vertrouwelijk');
    return parts.join(' ');
  },
};
