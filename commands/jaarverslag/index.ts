import { reportYearOrFail } from '../../src/budget-year.ts';
import type { Args, CommandContext, CommandSpec } from '../../src/command.ts';
import { guardFor } from '../../src/confidentiality.ts';
import { annualReport } from '../../src/domain/annual-report.ts';
import { message, paragraph } from '../../src/rich-message.ts';
import { reportMessages } from './messages.ts';
import { markdownMessage, reportMarkdown, reportMessage } from './render.ts';

const MARKDOWN = new Set(['markdown', '--markdown', 'md']);

async function show(context: CommandContext, args: Args): Promise<void> {
  let year = context.year;
  let markdown = false;
  for (const token of args.words) {
    const word = token.value.toLowerCase();
    if (MARKDOWN.has(word)) markdown = true;
    else if (/^\d{4}$/.test(word)) year = Number(word);
    else context.fail(reportMessages[context.lang].badWord(token.value));
  }
  reportYearOrFail(context, year);
  const report = annualReport(context.db, context.config, year, context.today);
  const forPublic = context.channel.public;
  const view = { forPublic, today: context.today, guard: guardFor(context.db, context.today, forPublic) };
  if (!markdown) {
    await context.respond(reportMessage(report, context.lang, view));
    return;
  }
  // A file, not a chat message: chat clients cannot show Markdown tables.
  const m = reportMessages[context.lang];
  await context.respondWithFile(
    {
      name: m.fileName(year),
      title: m.markdownTitle(year),
      mimetype: 'text/markdown',
      text: reportMarkdown(report, context.lang, view),
    },
    message(paragraph(m.fileComment(year))),
    markdownMessage(report, context.lang, view),
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
      usage: { nl: '/jaarverslag [jaar] [markdown]', en: '/jaarverslag [year] [markdown]' },
      summary: {
        nl: 'Het jaarverslag; met markdown als document om bij de evaluatie te voegen.',
        en: 'The yearly report; with markdown as a document to add to the evaluation.',
      },
      allowed: 'everyone',
      changes: false,
      maxWords: 2,
      run: show,
    },
  ],
};
