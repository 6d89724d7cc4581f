// @ts-nocheck
import type { Args, CommandContext, CommandSpec } from '../../src/core/command.ts';
import { annualReport } from '../../src/domain/annual-report.ts';
import { reportYearOrFail } from '../../src/kit/budget-year.ts';
import { guardFor } from '../../src/kit/confidentiality.ts';
import { message, paragraph, preformatted } from '../../src/port/rich-message.ts';
import { fileTitle, reportDocument, reportFileName } from '../../src/render/annual-report.ts';
import { reportCsv, reportMarkdown } from '../../src/render/report-files.ts';
import { renderReportFile } from '../../src/site/render.ts';
import { type ReportFormat, reportMessages } from './messages.ts';
import { reportMessage } from './render.ts';

const FORMATS: Readonly<Record<string, ReportFormat>> = {
  markdown: 'markdown',
  '--markdown': 'markdown',
  md: 'markdown',
  html: 'html',
  a4: 'html',
  csv: 'csv',
};

const FILES = {
  markdown: { extension: 'md', mimetype: 'text/markdown', render: reportMarkdown },
  html: { extension: 'html', mimetype: 'text/html', render: renderReportFile },
  csv: { extension: 'csv', mimetype: 'text/csv', render: reportCsv },
} as const;

async function show(context: CommandContext, args: Args): Promise<void> {
  let year = context.year;
  let format: ReportFormat | undefined;
  for (const token of args.words) {
    const word = token.value.toLowerCase();
    if (Object.hasOwn(FORMATS, word)) format = FORMATS[word];
    else if (/^\d{4}$/.test(word)) year = Number(word);
    else context.fail(reportMessages[context.lang].badWord(token.value));
  }
  reportYearOrFail(context, year);
  const forPublic = context.channel.public;
  const doc = reportDocument(annualReport(context.db, context.config, year, context.today), {
    lang: context.lang,
    panel: context.config.site.title,
    forPublic,
    today: context.today,
    guard: guardFor(context.db, context.today, forPublic),
  });
  if (format === undefined) {
    await context.respond(reportMessage(doc));
    return;
  }
  // A file, not a chat message: chat clients cannot show tables or a printable page.
  const file = FILES[format];
  const text = file.render(doc);
  await context.respondWithFile(
    { name: reportFileName(doc, file.extension), title: fileTitle(doc), mimetype: file.mimetype, text },
    message(paragraph(reportMessages[context.lang].fileComment(year, format, doc.version === 'internal'))),
    format === 'html' ? reportMessage(doc) : message(preformatted(text)),
  );
}

export const jaarverslag: CommandSpec = {
  name: 'jaarverslag',
  en: 'report',
  reads: ['', 'markdown'],
  summary: {
    nl: 'De cijfers voor de jaarlijkse evaluatie van de samenwerking (afspraak 8a).',
    en: 'The figures for the yearly evaluation of the collaboration (agreement 8a).',
  },
  subcommands: [
    {
      name: '',
      bare: true,
      usage: { nl: '/jaarverslag [jaar] [markdown|html|csv]', en: '/jaarverslag [year] [markdown|html|csv]' },
      summary: {
        nl: 'Het jaarverslag, elk cijfer met uitleg. Met markdown, html (om af te drukken op A4) of csv (de verzoeken in een rekenblad) als bestand om bij de evaluatie te voegen.',
        en: 'The yearly report, each figure explained. With markdown, html (to print on A4) or csv (the requests in a spreadsheet) as a file to add to the evaluation.',
      },
      allowed: 'everyone',
      changes: false,
      maxWords: 2,
      run: show,
    },
  ],
};
