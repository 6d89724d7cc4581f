import { isConfidential, type MentionGuard } from '../../src/confidentiality.ts';
import type { AnnualReport } from '../../src/domain/annual-report.ts';
import { percentOf } from '../../src/domain/budget.ts';
import type { RequestRow } from '../../src/domain/report-rows.ts';
import { type Lang, plural } from '../../src/i18n/lang.ts';
import { type CalendarDate, formatDate } from '../../src/time.ts';

/** How the report may be shown: in a public place confidential requests have no title (§7). */
export interface ReportView {
  readonly forPublic: boolean;
  readonly today: CalendarDate;
  readonly guard?: MentionGuard | undefined;
}

const texts = {
  nl: {
    rowsTitle: 'Wat er van elk verzoek werd:',
    confidential: 'vertrouwelijk verzoek',
    received: (date: string) => `ontvangen ${date}`,
    advice: (date: string) => `advies ${date}`,
    declined: (date: string) => `geen advies gegeven (${date})`,
    pending: 'geen advies (nog)',
    decision: { opgevolgd: 'opgevolgd', deels: 'deels opgevolgd', niet: 'niet opgevolgd' },
    answer: (decision: string, onTime: boolean, complete: boolean) =>
      `reactie: ${decision}, ${onTime ? 'op tijd' : 'te laat'}, ${complete ? 'meteen compleet' : 'niet meteen compleet'}`,
    noAnswer: 'nog geen reactie',
    postponed: (n: number) => `${n}× uitgesteld`,
    onTime: 'op tijd',
    afterPostponement: (extra: string) => `op tijd na uitstel (${extra})`,
    late: (late: number, extra: string) =>
      `te laat (${plural(late, 'dag', 'dagen')}${extra ? `, ${extra}` : ''})`,
    open: (due: string, extra: string) => `open, uiterlijk ${due}${extra ? ` (${extra})` : ''}`,
    notDone: 'niet uitgevoerd',
    promiseLabel: 'toezegging',
    medianCompleteAnswer: (value: string) => `Mediaan van advies tot complete reactie: ${value}.`,
    keptOnTime: (kept: number, due: number, share: string) =>
      `Toezeggingen op tijd nagekomen: ${kept} van ${due} (${share}).`,
    days: (value: number) => `${String(value).replace('.', ',')} dagen`,
    unknown: 'nog niet te zeggen',
    table: ['Verzoek', 'Ontvangen', 'Advies', 'Reactie', 'Toezegging'],
    headlineTitle: 'Terugkoppeling (verbeterpunt 1 van de evaluatie)',
  },
  en: {
    rowsTitle: 'What became of each request:',
    confidential: 'confidential request',
    received: (date: string) => `received ${date}`,
    advice: (date: string) => `advice ${date}`,
    declined: (date: string) => `no advice given (${date})`,
    pending: 'no advice (yet)',
    decision: { opgevolgd: 'followed', deels: 'partly followed', niet: 'not followed' },
    answer: (decision: string, onTime: boolean, complete: boolean) =>
      `answer: ${decision}, ${onTime ? 'on time' : 'late'}, ${complete ? 'complete at once' : 'not complete at once'}`,
    noAnswer: 'no answer yet',
    postponed: (n: number) => `postponed ${n}×`,
    onTime: 'on time',
    afterPostponement: (extra: string) => `on time after postponement (${extra})`,
    late: (late: number, extra: string) =>
      `late (${plural(late, 'day', 'days')}${extra ? `, ${extra}` : ''})`,
    open: (due: string, extra: string) => `open, due ${due}${extra ? ` (${extra})` : ''}`,
    notDone: 'not done',
    promiseLabel: 'promise',
    medianCompleteAnswer: (value: string) => `Median from advice to a complete answer: ${value}.`,
    keptOnTime: (kept: number, due: number, share: string) =>
      `Promises kept on time: ${kept} of ${due} (${share}).`,
    days: (value: number) => `${value} days`,
    unknown: 'not known yet',
    table: ['Request', 'Received', 'Advice', 'Answer', 'Promise'],
    headlineTitle: 'Feedback (the evaluation’s first improvement point)',
  },
} satisfies Record<Lang, unknown>;

function title(row: RequestRow, lang: Lang, view: ReportView): string {
  const request = row.request;
  const hidden =
    view.forPublic && (isConfidential(request, view.today) || view.guard?.names(request.title, request.id));
  return hidden ? texts[lang].confidential : `${request.id} ${request.title}`;
}

function cells(row: RequestRow, lang: Lang): { advice: string; answer: string; promise: string } {
  const r = texts[lang];
  const date = (value: string) => formatDate(value, lang);
  const advice =
    row.advice.kind === 'given'
      ? r.advice(date(row.advice.date))
      : row.advice.kind === 'declined'
        ? r.declined(date(row.advice.date))
        : r.pending;
  const answer = row.answer
    ? r.answer(r.decision[row.answer.decision], row.answer.onTime, row.answer.completeAtOnce)
    : '';
  return { advice, answer, promise: row.promise ? promiseCell(row.promise, lang) : '' };
}

function promiseCell(promise: NonNullable<RequestRow['promise']>, lang: Lang): string {
  const r = texts[lang];
  const extra = promise.postponements > 0 ? r.postponed(promise.postponements) : '';
  switch (promise.status) {
    case 'on-time':
      return r.onTime;
    case 'postponed':
      return r.afterPostponement(extra);
    case 'late':
      return r.late(promise.daysLate, extra);
    case 'open':
      return r.open(formatDate(promise.due, lang), extra);
    case 'not-done':
      return r.notDone;
  }
}

/** One line per request, for the chat message. */
export function rowLines(report: AnnualReport, lang: Lang, view: ReportView): string[] {
  const r = texts[lang];
  return report.rows.map((row) => {
    const cell = cells(row, lang);
    const parts = [
      r.received(formatDate(row.received, lang)),
      cell.advice,
      cell.answer,
      cell.promise && `${r.promiseLabel}: ${cell.promise}`,
    ].filter(Boolean);
    return `${title(row, lang, view)} — ${parts.join('; ')}`;
  });
}

/** The same as a Markdown table. */
export function rowTable(report: AnnualReport, lang: Lang, view: ReportView): string[] {
  const r = texts[lang];
  const tableCell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  return [
    `| ${r.table.join(' | ')} |`,
    '| --- | --- | --- | --- | --- |',
    ...report.rows.map((row) => {
      const cell = cells(row, lang);
      return `| ${[title(row, lang, view), formatDate(row.received, lang), cell.advice, cell.answer || r.noAnswer, cell.promise || '—'].map(tableCell).join(' | ')} |`;
    }),
  ];
}

/** The two headline figures: median days from advice to a complete answer, and promises kept on time. */
export function headlineFigures(report: AnnualReport, lang: Lang): string[] {
  const r = texts[lang];
  const { promisesDue, promisesKeptOnTime } = report.followThrough;
  const share = promisesDue === 0 ? '—' : `${percentOf(promisesKeptOnTime / promisesDue)}%`;
  const median = report.medianDaysToAnswer;
  return [
    r.medianCompleteAnswer(median === undefined ? r.unknown : r.days(median)),
    r.keptOnTime(promisesKeptOnTime, promisesDue, share),
  ];
}

export function reportTexts(lang: Lang) {
  return texts[lang];
}
