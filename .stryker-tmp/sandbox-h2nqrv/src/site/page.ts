// @ts-nocheck
import type { Lang } from '../i18n/lang.ts';
import { formatCents } from '../render/money.ts';
import { localDate } from '../time/time.ts';
import { siteTexts } from './texts.ts';

/** The sections of the main menu, in order, with the page each opens. */
export const SECTIONS = {
  home: 'index.html',
  advice: 'adviezen/index.html',
  meetings: 'overleggen/index.html',
  decisions: 'besluiten/index.html',
  developments: 'ontwikkelingen/index.html',
  budget: 'budget/index.html',
  reports: 'jaarverslagen/index.html',
} as const;
export type Section = keyof typeof SECTIONS;

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
