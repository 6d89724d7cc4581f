import type { Lang } from '../../src/i18n/lang.ts';
import { THEMES } from '../../src/store/schema.ts';

/** The form `/advies` opens when typed without words; its submission is the typed command. */
export const ADVICE_MODAL = 'advies_nieuw';

const texts = {
  nl: {
    title: 'Nieuw adviesverzoek',
    submit: 'Vastleggen',
    close: 'Annuleren',
    requestTitle: 'Titel',
    requestTitleHint: 'Bijvoorbeeld: Bodycams voor handhavers',
    theme: 'Thema',
    development: 'Hoort bij ontwikkeling (nummer, niet verplicht)',
    developmentHint: 'Bijvoorbeeld ONT-2026-001',
    confidential: 'Vertrouwelijk',
    confidentialOption: 'Dit verzoek is vertrouwelijk',
    titleMissing: 'Geef het verzoek een titel.',
  },
  en: {
    title: 'New advice request',
    submit: 'Record',
    close: 'Cancel',
    requestTitle: 'Title',
    requestTitleHint: 'For example: Bodycams for enforcers',
    theme: 'Theme',
    development: 'Belongs to development (number, optional)',
    developmentHint: 'For example ONT-2026-001',
    confidential: 'Confidential',
    confidentialOption: 'This request is confidential',
    titleMissing: 'Give the request a title.',
  },
} satisfies Record<Lang, Record<string, string>>;

const plain = (text: string) => ({ type: 'plain_text' as const, text });

export function adviceModal(lang: Lang, channel: string) {
  const t = texts[lang];
  return {
    type: 'modal' as const,
    callback_id: ADVICE_MODAL,
    private_metadata: channel,
    title: plain(t.title),
    submit: plain(t.submit),
    close: plain(t.close),
    blocks: [
      {
        type: 'input',
        block_id: 'title',
        label: plain(t.requestTitle),
        element: {
          type: 'plain_text_input',
          action_id: 'value',
          max_length: 200,
          placeholder: plain(t.requestTitleHint),
        },
      },
      {
        type: 'input',
        block_id: 'themes',
        optional: true,
        label: plain(t.theme),
        element: {
          type: 'multi_static_select',
          action_id: 'value',
          options: THEMES.map((theme) => ({ text: plain(theme), value: theme })),
        },
      },
      {
        type: 'input',
        block_id: 'development',
        optional: true,
        label: plain(t.development),
        element: { type: 'plain_text_input', action_id: 'value', placeholder: plain(t.developmentHint) },
      },
      {
        type: 'input',
        block_id: 'confidential',
        optional: true,
        label: plain(t.confidential),
        element: {
          type: 'checkboxes',
          action_id: 'value',
          options: [{ text: plain(t.confidentialOption), value: 'vertrouwelijk' }],
        },
      },
    ],
  };
}

export interface ModalValues {
  readonly title?: string | null | undefined;
  readonly themes?: readonly string[];
  readonly development?: string | null | undefined;
  readonly confidential?: boolean;
}

/** The `/advies nieuw …` line the form stands for; quotes in the title cannot break it. */
export function modalCommand(values: ModalValues): string {
  const title = (values.title ?? '').replace(/["“”„]/g, "'").trim();
  const parts = ['/advies nieuw', `"${title}"`];
  if (values.themes?.length) parts.push(`thema:${values.themes.join(',')}`);
  const development = values.development?.trim();
  if (development) parts.push(`ontwikkeling:${development.split(/\s+/)[0]}`);
  if (values.confidential) parts.push('vertrouwelijk');
  return parts.join(' ');
}

export function titleMissing(lang: Lang): string {
  return texts[lang].titleMissing;
}
