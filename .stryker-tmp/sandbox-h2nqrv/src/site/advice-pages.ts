// @ts-nocheck
import { THEMES, type Theme } from '../store/schema.ts';
import type { PublicRequest, SiteModel } from './model.ts';
import { type Page, SECTIONS } from './page.ts';
import { siteTexts } from './texts.ts';

/**
 * The advice pages: all requests, one page per year and per theme (a filter that needs
 * no JavaScript), and one page per public request.
 */
export function advicePages(model: SiteModel): Page[] {
  const t = siteTexts[model.lang];
  const years = [...new Set(model.requests.map((request) => request.year))].sort((a, b) => b - a);
  const themes = THEMES.filter((theme) => model.requests.some((request) => request.themes.includes(theme)));
  const filters = (current: string) => ({
    years: years.map((year) => ({
      label: String(year),
      path: `adviezen/${year}.html`,
      current: current === String(year),
    })),
    themes: themes.map((theme) => ({
      label: t.theme[theme],
      path: `adviezen/thema-${theme}.html`,
      current: current === theme,
    })),
    all: { label: t.advice.all, path: SECTIONS.advice, current: current === '' },
  });
  const list = (path: string, title: string, current: string, requests: readonly PublicRequest[]): Page => ({
    path,
    template: 'advice-list',
    title,
    section: 'advice',
    data: { requests, filters: filters(current), hidden: current === '' ? model.hiddenRequests : 0 },
  });
  const byTheme = (theme: Theme) => model.requests.filter((request) => request.themes.includes(theme));
  return [
    list(SECTIONS.advice, t.advice.title, '', model.requests),
    ...years.map((year) =>
      list(
        `adviezen/${year}.html`,
        t.advice.yearTitle(year),
        String(year),
        model.requests.filter((request) => request.year === year),
      ),
    ),
    ...themes.map((theme) =>
      list(`adviezen/thema-${theme}.html`, t.advice.themeTitle(t.theme[theme]), theme, byTheme(theme)),
    ),
    ...model.requests.map(
      (request): Page => ({
        path: `adviezen/${request.id}.html`,
        template: 'request',
        title: t.advice.requestTitle(request.id, request.title),
        section: 'advice',
        data: { entry: request, adviceLink: linkIn(request.texts.summary) },
      }),
    ),
  ];
}

/** An advice given as a link (`https://…`) is shown as one. */
function linkIn(text: string | undefined): string | undefined {
  const match = text?.trim().match(/^https?:\/\/\S+$/);
  return match ? match[0] : undefined;
}
