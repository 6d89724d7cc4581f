import type { AnnualReport } from '../../src/domain/annual-report.ts';
import { percentOf } from '../../src/domain/budget.ts';
import type { Lang } from '../../src/i18n/lang.ts';
import { formatCents } from '../../src/money.ts';
import { heading, list, message, paragraph, preformatted, type RichMessage } from '../../src/rich-message.ts';
import { yearAgreementsLine } from '../../src/texts/agreements.ts';
import { developmentMessages } from '../../src/texts/developments.ts';
import { expenseMessages } from '../../src/texts/expenses.ts';
import { reportMessages } from './messages.ts';
import { headlineFigures, type ReportView, reportTexts, rowLines, rowTable } from './rows.ts';

function percent(count: number, total: number, lang: Lang): string {
  if (total === 0) return reportMessages[lang].none;
  return `${percentOf(count / total)}%`;
}

function number(value: number | undefined, lang: Lang): string {
  if (value === undefined) return reportMessages[lang].none;
  return lang === 'nl' ? String(value).replace('.', ',') : String(value);
}

function spendingRows(report: AnnualReport, lang: Lang) {
  const categories = expenseMessages[lang].category;
  return [...report.spending.categories, report.spending.total].map((line) => ({
    label: line.category === 'totaal' ? expenseMessages[lang].total : categories[line.category],
    spent: formatCents(line.paid, lang),
    reserved: formatCents(line.approved + line.announced, lang),
    cap: line.cap === undefined ? undefined : formatCents(line.cap, lang),
    share: line.cap === undefined ? undefined : percent(line.used, line.cap, lang),
  }));
}

function quarters(report: AnnualReport, lang: Lang): string {
  const m = reportMessages[lang];
  const mark = { met: '✅', missed: '❌', 'not-yet': m.notYet };
  return report.quartersWithPit.map((outcome, index) => `Q${index + 1} ${mark[outcome]}`).join(' ');
}

function phases(report: AnnualReport, lang: Lang): string {
  const names = developmentMessages[lang].phase;
  return Object.entries(report.developments.byPhase)
    .map(([phase, count]) => `${names[phase as keyof typeof names]} ${count}`)
    .join(', ');
}

function agreementsOf(report: AnnualReport, lang: Lang): string | undefined {
  return yearAgreementsLine(report.year, report.agreements, report.spending.agreement?.id, lang);
}

const PRIVATE: ReportView = { forPublic: false, today: '' };

/** The yearly figures in plain words, with what became of each request. */
export function reportMessage(report: AnnualReport, lang: Lang, view: ReportView = PRIVATE): RichMessage {
  const m = reportMessages[lang];
  const r = reportTexts(lang);
  const { requests, answers } = report;
  const rows = rowLines(report, lang, view);
  const under = agreementsOf(report, lang);
  return message(
    heading(m.title(report.year)),
    under !== undefined && paragraph(under),
    paragraph(`${r.headlineTitle}: ${headlineFigures(report, lang).join(' ')}`),
    paragraph(m.requests(requests.received, requests.adviceIssued, requests.declined, requests.stillOpen)),
    paragraph(m.toAdvice(report.medianDaysToAdvice)),
    paragraph(
      [
        m.answers(answers.total, report.medianDaysToAnswer),
        m.onTime(answers.onTime, answers.total, percent(answers.onTime, answers.total, lang)),
        m.complete(
          answers.completeFirstTry,
          answers.total,
          percent(answers.completeFirstTry, answers.total, lang),
        ),
        m.outcome(answers.followed, answers.partly, answers.not),
      ].join(' '),
    ),
    paragraph(m.spendingTitle),
    list(
      spendingRows(report, lang).map((row) =>
        m.spendingLine(row.label, row.spent, row.reserved, row.cap, row.share),
      ),
    ),
    paragraph(
      m.meetings(
        report.meetingsHeld,
        report.quartersWithPit.filter((outcome) => outcome === 'met').length,
        quarters(report, lang),
      ),
    ),
    paragraph(m.notes(report.notesEndorsed)),
    paragraph(m.developments(report.developments.reported, phases(report, lang))),
    rows.length > 0 && paragraph(r.rowsTitle),
    rows.length > 0 && list(rows),
  );
}

/** The same figures as a Markdown document, to attach to the evaluation. */
export function reportMarkdown(report: AnnualReport, lang: Lang, view: ReportView = PRIVATE): string {
  const m = reportMessages[lang];
  const r = reportTexts(lang);
  const t = m.table;
  const { requests, answers } = report;
  const table = (rows: Array<[string, string | number]>) =>
    [
      `| ${t.figure} | ${t.value} |`,
      '| --- | ---: |',
      ...rows.map(([label, value]) => `| ${label} | ${value} |`),
    ].join('\n');
  const money = spendingRows(report, lang);
  return [
    `# ${m.markdownTitle(report.year)}`,
    '',
    ...(agreementsOf(report, lang) !== undefined ? [agreementsOf(report, lang)!, ''] : []),
    `## ${r.headlineTitle}`,
    '',
    ...headlineFigures(report, lang).map((line) => `- ${line}`),
    '',
    `## ${t.sectionRequests}`,
    '',
    table([
      [t.received, requests.received],
      [t.issued, requests.adviceIssued],
      [t.declined, requests.declined],
      [t.open, requests.stillOpen],
      [t.toAdvice, number(report.medianDaysToAdvice, lang)],
      [t.answers, answers.total],
      [t.toAnswer, number(report.medianDaysToAnswer, lang)],
      [t.onTime, `${answers.onTime} (${percent(answers.onTime, answers.total, lang)})`],
      [t.complete, `${answers.completeFirstTry} (${percent(answers.completeFirstTry, answers.total, lang)})`],
      [t.followed, `${answers.followed} / ${answers.partly} / ${answers.not}`],
    ]),
    '',
    `### ${r.rowsTitle.replace(/:$/, '')}`,
    '',
    ...rowTable(report, lang, view),
    '',
    `## ${t.sectionMoney}`,
    '',
    `| ${t.category} | ${t.spent} | ${t.reserved} | ${t.cap} |`,
    '| --- | ---: | ---: | ---: |',
    ...money.map((row) => `| ${row.label} | ${row.spent} | ${row.reserved} | ${row.cap ?? m.none} |`),
    '',
    `## ${t.sectionOther}`,
    '',
    table([
      [t.meetings, report.meetingsHeld],
      [
        t.quarters,
        `${report.quartersWithPit.filter((outcome) => outcome === 'met').length} / 4 (${quarters(report, lang)})`,
      ],
      [t.notes, report.notesEndorsed],
      [t.developments, `${report.developments.reported} (${phases(report, lang)})`],
    ]),
    '',
  ].join('\n');
}

export function markdownMessage(report: AnnualReport, lang: Lang, view: ReportView = PRIVATE): RichMessage {
  return message(preformatted(reportMarkdown(report, lang, view)));
}
