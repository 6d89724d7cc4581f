// @ts-nocheck
import { heading, list, message, paragraph, type RichMessage } from '../../src/port/rich-message.ts';
import type { ReportDocument, ReportRowView } from '../../src/render/annual-report.ts';

function rowLine(row: ReportRowView, doc: ReportDocument): string {
  const [, received, advice, answer, promise] = doc.columns;
  return `${row.request} — ${received}: ${row.received}; ${advice}: ${row.advice}; ${answer}: ${row.answer}; ${promise}: ${row.promise}`;
}

/** The report in chat: every figure with what it means, then what became of each request. */
export function reportMessage(doc: ReportDocument): RichMessage {
  return message(
    heading(`📈 ${doc.title}`),
    paragraph(`${doc.intro} ${doc.asOf}`),
    ...doc.sections.flatMap((section) => [
      heading(section.title),
      section.note !== undefined && paragraph(section.note),
      list(section.figures.map((figure) => `${figure.label}: ${figure.value}. ${figure.meaning}`)),
    ]),
    heading(doc.rowsTitle),
    paragraph(doc.rowsNote),
    doc.rows.length > 0 && list(doc.rows.map((row) => rowLine(row, doc))),
    doc.confidentialRows.length > 0 && paragraph(doc.confidentialTitle),
    doc.confidentialRows.length > 0 && list(doc.confidentialRows.map((row) => rowLine(row, doc))),
    doc.hiddenNote !== undefined && paragraph(doc.hiddenNote),
  );
}
