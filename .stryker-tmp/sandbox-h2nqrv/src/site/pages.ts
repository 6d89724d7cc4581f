// @ts-nocheck
import { lastDayOf, yearBudget } from '../domain/agreements.ts';
import type { Budget } from '../domain/budget.ts';
import type { Lang } from '../i18n/lang.ts';
import { describeTerms, nameAgreement } from '../i18n/texts/agreements.ts';
import type { Config } from '../setup/config.ts';
import type { Db } from '../store/schema.ts';
import { advicePages } from './advice-pages.ts';
import { budgetChart } from './chart.ts';
import type { SiteModel } from './model.ts';
import { type Page, SECTIONS } from './page.ts';
import { reportPages } from './report-pages.ts';
import { type SiteTexts, siteTexts } from './texts.ts';

/** Every page of the site, from the public model (and the counts of the yearly figures). */
export function sitePages(model: SiteModel, db: Db, config: Config): Page[] {
  const t = siteTexts[model.lang];
  const latest = (key: 'advice' | 'answer') =>
    model.requests
      .filter((request) => request.request[key] !== undefined)
      .sort((a, b) => b.request[key]!.at.localeCompare(a.request[key]!.at) || a.id.localeCompare(b.id))
      .slice(0, 5);
  return [
    {
      path: SECTIONS.home,
      template: 'home',
      title: config.site.title ?? t.title,
      section: 'home',
      data: {
        intro: (config.site.intro ?? t.intro).split(/\n\s*\n/),
        members: model.members.map((member) => ({
          name: member.name,
          // "voorzitter" says enough: the plain member role only shows when it is the only one.
          roles: member.roles
            .filter((role, _, all) => role !== 'panel' || all.length === 1)
            .map((role) => t.roles[role] ?? role)
            .join(', '),
        })),
        advice: latest('advice'),
        answers: latest('answer'),
      },
    },
    ...advicePages(model),
    ...meetingPages(model, t),
    {
      path: SECTIONS.decisions,
      template: 'decisions',
      title: t.decisions.title,
      section: 'decisions',
      data: { decisions: model.decisions, hidden: model.hiddenDecisions },
    },
    {
      path: SECTIONS.developments,
      template: 'developments',
      title: t.developments.title,
      section: 'developments',
      data: { developments: model.developments, hidden: model.hiddenDevelopments },
    },
    ...budgetPages(model, db, config, t),
    ...reportPages(model, db, config, t),
  ];
}

function meetingPages(model: SiteModel, t: SiteTexts): Page[] {
  return [
    {
      path: SECTIONS.meetings,
      template: 'meetings',
      title: t.meetings.title,
      section: 'meetings',
      data: { meetings: model.meetings, hidden: model.hiddenMeetings },
    },
    ...model.meetings.map(
      (entry): Page => ({
        path: `overleggen/${entry.meeting.id}.html`,
        template: 'meeting',
        title: `${entry.meeting.id}: ${entry.meeting.title}`,
        section: 'meetings',
        data: { entry },
      }),
    ),
  ];
}

/**
 * The agreement whose caps a budget year used, for its page: its name and period, its
 * caps, and a link to its text where the config's `site.agreements` gives one.
 */
function siteAgreement(db: Db, config: Config, budget: Budget, lang: Lang) {
  const source = budget.agreement;
  const agreement = source && db.agreements.find((entry) => entry.id === source.id);
  const version = agreement?.versions.find((entry) => entry.number === source?.version);
  if (!source || !agreement || !version) return undefined;
  const url = config.site.agreements?.[agreement.id];
  return {
    name: nameAgreement(agreement, version.number, lang, lastDayOf(agreement)),
    caps: describeTerms(version.terms, lang),
    inForce: source.inForce,
    ...(url ? { url } : {}),
  };
}

function budgetPages(model: SiteModel, db: Db, config: Config, t: SiteTexts): Page[] {
  const years = [...model.years].reverse();
  const budgets = years.map((year) => yearBudget(db, config, year));
  return [
    {
      path: SECTIONS.budget,
      template: 'budget-index',
      title: t.budget.title,
      section: 'budget',
      data: {
        budgets,
        agreements: Object.fromEntries(
          budgets.map((budget) => [budget.year, siteAgreement(db, config, budget, model.lang)]),
        ),
      },
    },
    ...budgets.map(
      (budget): Page => ({
        path: `budget/${budget.year}.html`,
        template: 'budget-year',
        title: t.budget.yearTitle(budget.year),
        section: 'budget',
        data: {
          budget,
          chart: budgetChart(budget, model.lang),
          years,
          agreement: siteAgreement(db, config, budget, model.lang),
        },
      }),
    ),
  ];
}
