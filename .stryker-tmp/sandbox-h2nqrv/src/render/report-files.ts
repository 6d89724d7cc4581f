// @ts-nocheck
import { annualReportTexts } from '../i18n/texts/annual-report.ts';
import { fileTitle, type ReportDocument, type ReportRowView } from './annual-report.ts';
import { csvLine, escapeMarkdown } from './plain-file.ts';

const cells = (row: ReportRowView) => [row.request, row.received, row.advice, row.answer, row.promise];

/** The same as a Markdown document, to attach to the evaluation. Typed text is escaped. */
export function reportMarkdown(doc: ReportDocument): string {
  const md = escapeMarkdown;
  const table = (rows: readonly ReportRowView[]) => [
    `| ${doc.columns.map(md).join(' | ')} |`,
    '| --- | --- | --- | --- | --- |',
    ...rows.map((row) => `| ${cells(row).map(md).join(' | ')} |`),
  ];
  return [
    `# ${md(fileTitle(doc))}`,
    '',
    `_${md(doc.versionLine)}_`,
    '',
    `${md(doc.intro)} ${md(doc.asOf)}`,
    ...doc.sections.flatMap((section) => [
      '',
      `## ${md(section.title)}`,
      '',
      ...(section.note !== undefined ? [md(section.note), ''] : []),
      `| ${md(doc.labels.figure)} | ${md(doc.labels.value)} | ${md(doc.labels.meaning)} |`,
      '| --- | ---: | --- |',
      ...section.figures.map(
        (figure) => `| ${md(figure.label)} | ${md(figure.value)} | ${md(figure.meaning)} |`,
      ),
    ]),
    '',
    `## ${md(doc.rowsTitle)}`,
    '',
    md(doc.rowsNote),
    '',
    ...table(doc.rows),
    ...(doc.confidentialRows.length > 0
      ? ['', `### ${md(doc.confidentialTitle)}`, '', ...table(doc.confidentialRows)]
      : []),
    ...(doc.hiddenNote !== undefined ? ['', md(doc.hiddenNote)] : []),
    '',
  ].join('\n');
}

/**
 * The table of requests for a spreadsheet. The first line says which version it is, so a
 * file on disk can never be mistaken for the other one.
 */
export function reportCsv(doc: ReportDocument): string {
  const confidential = annualReportTexts[doc.lang].rows.confidential;
  return [
    csvLine([fileTitle(doc)]),
    csvLine([...doc.columns, confidential]),
    ...doc.rows.map((row) => csvLine([...cells(row), ''])),
    ...doc.confidentialRows.map((row) => csvLine([...cells(row), '🔒'])),
    ...(doc.hiddenNote !== undefined ? [csvLine([doc.hiddenNote])] : []),
    '',
  ].join('\r\n');
}
