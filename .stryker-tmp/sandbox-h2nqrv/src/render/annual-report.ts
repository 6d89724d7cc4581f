// @ts-nocheck
import type { AnnualReport } from '../domain/annual-report.ts';
import { percentOf } from '../domain/budget.ts';
import type { RequestRow } from '../domain/report-rows.ts';
import { reportDay } from '../domain/report-rows.ts';
import type { Lang } from '../i18n/lang.ts';
import { yearAgreementsLine } from '../i18n/texts/agreements.ts';
import { annualReportTexts, type ReportTexts } from '../i18n/texts/annual-report.ts';
import { developmentMessages } from '../i18n/texts/developments.ts';
import { expenseMessages } from '../i18n/texts/expenses.ts';
import { isConfidential, type MentionGuard } from '../kit/confidentiality.ts';
import { type CalendarDate, formatDate, formatLongDate } from '../time/time.ts';
import { formatCents } from './money.ts';

/** One figure of the report, with the plain sentence that says what it means. */
export interface ReportFigure {
  readonly label: string;
  readonly value: string;
  readonly meaning: string;
}

export interface ReportSection {
  readonly title: string;
  /** A sentence for the whole section, where its figures share one explanation. */
  readonly note?: string | undefined;
  readonly figures: readonly ReportFigure[];
}

/** One request as the report's table shows it: every cell already in words. */
export interface ReportRowView {
  readonly request: string;
  readonly received: string;
  readonly advice: string;
  readonly answer: string;
  readonly promise: string;
}

/**
 * The yearly report as words, ready for any rendering (chat, Markdown, the A4 page, CSV).
 * The public version leaves confidential requests out and only counts them; the internal
 * version lists them apart, marked 🔒. Which version it is stands in its first lines.
 */
export interface ReportDocument {
  readonly year: number;
  readonly lang: Lang;
  readonly version: 'internal' | 'public';
  readonly title: string;
  readonly versionLine: string;
  readonly intro: string;
  readonly asOf: string;
  readonly sections: readonly ReportSection[];
  readonly rowsTitle: string;
  readonly rowsNote: string;
  readonly columns: readonly string[];
  readonly rows: readonly ReportRowView[];
  readonly confidentialTitle: string;
  readonly confidentialRows: readonly ReportRowView[];
  /** Confidential requests left out of a public version, with the sentence that says so. */
  readonly hidden: number;
  readonly hiddenNote: string | undefined;
  readonly labels: Pick<ReportTexts, 'figure' | 'value' | 'meaning'>;
}

export interface ReportAudience {
  readonly lang: Lang;
  /** The panel's name (from the config), for the title. */
  readonly panel: string | undefined;
  readonly forPublic: boolean;
  readonly today: CalendarDate;
  /** The free-text rule for a public version. */
  readonly guard?: MentionGuard | undefined;
}

function percent(count: number, total: number, t: ReportTexts): string {
  return total === 0 ? t.none : t.share(count, total, `${percentOf(count / total)}%`);
}

function figure([label, meaning]: readonly string[], value: string | number): ReportFigure {
  return { label: label ?? '', value: String(value), meaning: meaning ?? '' };
}

function days(value: number | undefined, t: ReportTexts): string {
  return value === undefined ? t.unknown : t.days(value);
}

function sections(report: AnnualReport, lang: Lang): ReportSection[] {
  const t = annualReportTexts[lang];
  const { requests, answers } = report;
  const carried = report.rows.filter((row) => row.carriedOver).length;
  const due = answers.total + answers.missing;
  const categories = expenseMessages[lang].category;
  const phases = developmentMessages[lang].phase;
  const quarterText = report.quartersWithPit
    .map((outcome, index) => `Q${index + 1} ${t.meetings.quarter[outcome]}`)
    .join(', ');
  const met = report.quartersWithPit.filter((outcome) => outcome === 'met').length;
  return [
    {
      title: t.sections.requests,
      figures: [
        figure(t.requests.received, requests.received),
        figure(t.requests.issued, requests.adviceIssued),
        figure(t.requests.declined, requests.declined),
        figure(t.requests.open, requests.stillOpen),
        figure(t.requests.carried, carried),
        figure(t.requests.toAdvice, days(report.medianDaysToAdvice, t)),
      ],
    },
    {
      title: t.sections.answers,
      figures: [
        figure(t.answers.received, answers.total),
        figure(t.answers.onTime, percent(answers.onTime, due, t)),
        figure(t.answers.missing, answers.missing),
        figure(t.answers.complete, percent(answers.completeFirstTry, answers.total, t)),
        figure(t.answers.outcome, `${answers.followed} / ${answers.partly} / ${answers.not}`),
        figure(t.answers.toAnswer, days(report.medianDaysToAnswer, t)),
        figure(
          t.answers.promises,
          percent(report.followThrough.promisesKeptOnTime, report.followThrough.promisesDue, t),
        ),
      ],
    },
    {
      title: t.sections.money,
      // Which agreement's caps the year is measured against (8a): a new agreement never rewrites a past year.
      note: [
        yearAgreementsLine(report.year, report.agreements, report.spending.agreement?.id, lang),
        t.money.explain,
      ]
        .filter((text) => text !== undefined)
        .join(' '),
      figures: [...report.spending.categories, report.spending.total].map((line) => ({
        label: line.category === 'totaal' ? t.money.total : categories[line.category],
        value: t.money.line(
          formatCents(line.paid, lang),
          formatCents(line.approved + line.announced, lang),
          line.cap === undefined ? undefined : formatCents(line.cap, lang),
          line.cap === undefined ? undefined : `${line.cap === 0 ? 100 : percentOf(line.used / line.cap)}%`,
        ),
        meaning: t.money.meaning[line.category],
      })),
    },
    {
      title: t.sections.meetings,
      figures: [
        figure(t.meetings.held, report.meetingsHeld),
        figure(t.meetings.quarters, `${t.share(met, 4, quarterText)}`),
        figure(t.meetings.notes, report.notesEndorsed),
        figure(
          t.meetings.developments,
          `${report.developments.reported} (${Object.entries(report.developments.byPhase)
            .map(([phase, count]) => `${phases[phase as keyof typeof phases]} ${count}`)
            .join(', ')})`,
        ),
      ],
    },
  ];
}

/** A mark as Dutch writes it: 7,8 (English 7.8). */
export function markText(value: number, lang: Lang): string {
  const text = value.toFixed(1);
  return lang === 'nl' ? text.replace('.', ',') : text;
}

/** The year's evaluation: the marks per side, the points without names, and the years before. */
function evaluationSection(report: AnnualReport, lang: Lang, free: (text: string) => string | undefined) {
  const t = annualReportTexts[lang];
  const e = t.evaluation;
  const mark = (value: number) => markText(value, lang);
  const figures: ReportFigure[] = [];
  const { evaluation } = report;
  if (evaluation.state !== 'closed')
    figures.push(
      figure(e.state, evaluation.state === 'none' ? e.none : e.open(formatDate(evaluation.closesOn, lang))),
    );
  else {
    const { results } = evaluation;
    figures.push(figure(e.answers, e.count(results.panel.answers, results.gemeente.answers)));
    if (!results.shown) figures.push(figure(e.state, e.tooFew));
    else {
      for (const question of ['advisering', 'betekenis'] as const)
        figures.push(
          figure(
            e[question],
            e.marks(
              mark(results.total.marks![question].mean),
              mark(results.panel.marks![question].mean),
              mark(results.gemeente.marks![question].mean),
            ),
          ),
        );
      for (const key of ['well', 'better'] as const) {
        const points = results.total[key].flatMap((point) => free(point) ?? []);
        figures.push(figure(e[key], points.length > 0 ? points.join('; ') : e.nothing));
      }
    }
  }
  if (report.evaluationHistory.length > 0)
    figures.push(
      figure(
        e.history,
        report.evaluationHistory
          .map((entry) => e.historyEntry(entry.year, mark(entry.advisering), mark(entry.betekenis)))
          .join('; '),
      ),
    );
  return { title: t.sections.evaluation, note: e.note, figures };
}

function rowView(row: RequestRow, lang: Lang, title: string, free: (text: string) => string | undefined) {
  const t = annualReportTexts[lang].rows;
  const date = (value: CalendarDate) => formatDate(value, lang);
  const advice =
    row.advice.kind === 'given'
      ? t.given(date(row.advice.date))
      : row.advice.kind === 'declined'
        ? t.declined(date(row.advice.date), free(row.advice.reason))
        : t.pending;
  const answer = row.answer
    ? t.answered(t.decision[row.answer.decision], row.answer.daysLate, row.answer.completeAtOnce)
    : row.awaiting
      ? row.awaiting.daysLate > 0
        ? t.overdue(row.awaiting.daysLate, date(row.awaiting.due))
        : t.awaiting(date(row.awaiting.due))
      : row.advice.kind === 'declined'
        ? t.noAnswerNeeded
        : '—';
  const promise = row.promise;
  const promiseText = !promise
    ? '—'
    : promise.status === 'postponed'
      ? t.promise.postponed(promise.postponements)
      : promise.status === 'late'
        ? t.promise.late(promise.daysLate, promise.postponements)
        : promise.status === 'open'
          ? t.promise.open(date(promise.due))
          : t.promise[promise.status];
  const carried = row.carriedOver ? ` (${t.carried(row.received.slice(0, 4))})` : '';
  return {
    request: `${title}${carried}`,
    received: date(row.received),
    advice,
    answer,
    promise: promiseText,
  } satisfies ReportRowView;
}

export function reportDocument(report: AnnualReport, audience: ReportAudience): ReportDocument {
  const { lang, forPublic, today, guard } = audience;
  const t = annualReportTexts[lang];
  const secret = (row: RequestRow) =>
    isConfidential(row.request, today) || (guard?.names(row.request.title, row.request.id) ?? false);
  const free = (text: string) => (forPublic && guard?.names(text) ? undefined : text);
  const open = report.rows.filter((row) => !secret(row));
  const closed = report.rows.filter(secret);
  const titled = (row: RequestRow, mark: string) => `${mark}${row.request.id} ${row.request.title}`;
  return {
    year: report.year,
    lang,
    version: forPublic ? 'public' : 'internal',
    title: t.title(report.year, audience.panel ?? t.defaultPanel),
    versionLine: forPublic ? t.version.public : t.version.internal,
    intro: t.intro(report.year),
    asOf: t.asOf(formatLongDate(reportDay(report.year, today), lang)),
    sections: [...sections(report, lang), evaluationSection(report, lang, free)],
    rowsTitle: t.sections.rows,
    rowsNote: t.rows.explain,
    columns: t.rows.columns,
    rows: open.map((row) => rowView(row, lang, titled(row, ''), free)),
    confidentialTitle: t.rows.confidentialTitle,
    confidentialRows: forPublic ? [] : closed.map((row) => rowView(row, lang, titled(row, '🔒 '), free)),
    hidden: forPublic ? closed.length : 0,
    hiddenNote: forPublic && closed.length > 0 ? t.rows.hidden(closed.length) : undefined,
    labels: { figure: t.figure, value: t.value, meaning: t.meaning },
  };
}

/** The first line of every report file: the title and whether it is the internal or the public version. */
export function fileTitle(doc: ReportDocument): string {
  return `${doc.title} (${annualReportTexts[doc.lang].versionShort[doc.version]})`;
}

/** The file name, which also says which version it is: `jaarverslag-2026-intern.md`. */
export function reportFileName(doc: ReportDocument, extension: 'md' | 'html' | 'csv'): string {
  return annualReportTexts[doc.lang].fileName(doc.year, doc.version, extension);
}
