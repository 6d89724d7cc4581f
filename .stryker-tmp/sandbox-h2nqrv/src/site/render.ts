// @ts-nocheck
import { readFileSync } from 'node:fs';
import { Eta } from 'eta';
import { fileTitle, type ReportDocument } from '../render/annual-report.ts';
import { reportCsv } from '../render/report-files.ts';
import type { Config } from '../setup/config.ts';
import type { Db } from '../store/schema.ts';
import type { CalendarDate } from '../time/time.ts';
import { siteFeed } from './feed.ts';
import { siteModel } from './model.ts';
import { helpers, SECTIONS } from './page.ts';
import { sitePages } from './pages.ts';
import { publicReports } from './report-pages.ts';
import { siteTexts } from './texts.ts';

const TEMPLATES = new URL('./templates/', import.meta.url);

/** Eta escapes every `<%= … %>`; `<%~ … %>` is used only for the layout's body and includes. */
const eta = new Eta({ views: TEMPLATES.pathname, cache: true, autoEscape: true, autoTrim: [false, 'nl'] });
const STYLE = readFileSync(new URL('style.css', TEMPLATES), 'utf8');

/**
 * The whole public site as files (path → content), from the store. A pure function of the
 * store, the configuration and the day (an item may stop being confidential on a date):
 * the same input gives the same bytes.
 */
export function renderSite(db: Db, config: Config, today: CalendarDate): Map<string, string> {
  const model = siteModel(db, config, today);
  const t = siteTexts[model.lang];
  const siteTitle = config.site.title ?? t.title;
  const h = helpers(model.lang, model.zone);
  const files = new Map<string, string>();
  for (const page of sitePages(model, db, config)) {
    const root = '../'.repeat(page.path.split('/').length - 1);
    const html = eta.render(`./${page.template}`, {
      ...page.data,
      t,
      h,
      lang: model.lang,
      siteTitle,
      title: page.title,
      path: page.path,
      root,
      section: page.section,
      sections: SECTIONS,
      contact: config.site.contact,
      today: model.today,
    });
    files.set(page.path, html);
  }
  files.set(
    'feed.xml',
    eta.render('./feed', { feed: siteFeed(model, siteTitle, config.site.baseUrl), lang: model.lang }),
  );
  for (const doc of publicReports(db, config, model)) {
    files.set(`jaarverslagen/${doc.year}-print.html`, renderReportFile(doc));
    files.set(`jaarverslagen/${doc.year}.csv`, reportCsv(doc));
  }
  files.set('style.css', STYLE);
  return new Map([...files].sort(([a], [b]) => a.localeCompare(b)));
}

/** The yearly report as one page to print on A4 or attach to a mail: no menu, its style inside. */
export function renderReportFile(doc: ReportDocument): string {
  return eta.render('./report-file', { doc, fileTitle: fileTitle(doc), style: STYLE });
}
