import type { Lang } from '../i18n/lang.ts';
import { formatCents } from '../render/money.ts';
import { localDate } from '../time/time.ts';
import { siteTexts } from './texts.ts';

type Folder =
  | 'advice'
  | 'meetings'
  | 'decisions'
  | 'developments'
  | 'budget'
  | 'reports'
  | 'theme'
  | 'content';

/**
 * The site's folders and the words in its addresses, in the panel's language: `/adviezen/`
 * and `thema-ethiek.html` on a Dutch site, `/advice/` and `theme-ethics.html` on an English one.
 * `content` is the main part's anchor, where the skip link goes.
 */
export const SITE_FOLDERS: Record<Lang, Readonly<Record<Folder, string>>> = {
  nl: {
    advice: 'adviezen',
    meetings: 'overleggen',
    decisions: 'besluiten',
    developments: 'ontwikkelingen',
    budget: 'budget',
    reports: 'jaarverslagen',
    theme: 'thema',
    content: 'inhoud',
  },
  en: {
    advice: 'advice',
    meetings: 'meetings',
    decisions: 'decisions',
    developments: 'developments',
    budget: 'budget',
    reports: 'annual-reports',
    theme: 'theme',
    content: 'content',
  },
};

export type Section = 'home' | 'advice' | 'meetings' | 'decisions' | 'developments' | 'budget' | 'reports';

/** The sections of the main menu, in order, with the page each opens. */
export function sectionsIn(lang: Lang): Readonly<Record<Section, string>> {
  const folder = SITE_FOLDERS[lang];
  return {
    home: 'index.html',
    advice: `${folder.advice}/index.html`,
    meetings: `${folder.meetings}/index.html`,
    decisions: `${folder.decisions}/index.html`,
    developments: `${folder.developments}/index.html`,
    budget: `${folder.budget}/index.html`,
    reports: `${folder.reports}/index.html`,
  };
}

/** One page to render: which template, under which path, with what data. */
export interface Page {
  readonly path: string;
  readonly template: string;
  readonly title: string;
  readonly section: Section;
  readonly data: Readonly<Record<string, unknown>>;
}

/** Formatting that every template may use. */
export interface Helpers {
  /** A calendar date or an instant as `28 november 2026`. */
  date(value: string): string;
  /** The `datetime` attribute for a date or an instant. */
  iso(value: string): string;
  money(cents: number): string;
}

export function helpers(lang: Lang, zone: string): Helpers {
  const t = siteTexts[lang];
  const day = (value: string) => (value.length === 10 ? value : localDate(new Date(value), zone));
  return {
    date: (value) => t.date(day(value)),
    iso: day,
    money: (cents) => formatCents(cents, lang),
  };
}
