// @ts-nocheck
import { annualReport } from '../domain/annual-report.ts';
import { guardFor } from '../kit/confidentiality.ts';
import { type ReportDocument, reportDocument } from '../render/annual-report.ts';
import type { Config } from '../setup/config.ts';
import type { Db } from '../store/schema.ts';
import type { SiteModel } from './model.ts';
import { type Page, SECTIONS } from './page.ts';
import type { SiteTexts } from './texts.ts';

/** The public version of each year's report, newest first: the website never shows another. */
export function publicReports(db: Db, config: Config, model: SiteModel): ReportDocument[] {
  const guard = guardFor(db, model.today, true);
  return [...model.years].reverse().map((year) =>
    reportDocument(annualReport(db, config, year, model.today), {
      lang: model.lang,
      panel: config.site.title,
      forPublic: true,
      today: model.today,
      guard,
    }),
  );
}

export function reportPages(model: SiteModel, db: Db, config: Config, t: SiteTexts): Page[] {
  const docs = publicReports(db, config, model);
  const years = docs.map((doc) => doc.year);
  return [
    {
      path: SECTIONS.reports,
      template: 'reports',
      title: t.reports.title,
      section: 'reports',
      data: { years },
    },
    ...docs.map(
      (doc): Page => ({
        path: `jaarverslagen/${doc.year}.html`,
        template: 'report',
        title: t.reports.yearTitle(doc.year),
        section: 'reports',
        data: { doc, years },
      }),
    ),
  ];
}
