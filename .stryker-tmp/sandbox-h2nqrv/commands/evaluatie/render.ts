// @ts-nocheck
import {
  type EvaluationResults,
  evaluationResults,
  history,
  MIN_ANSWERS_PER_SIDE,
  QUESTIONS,
  type SideResult,
} from '../../src/domain/evaluation.ts';
import type { Lang } from '../../src/i18n/lang.ts';
import type { MentionGuard } from '../../src/kit/confidentiality.ts';
import { list, message, paragraph, type RichMessage } from '../../src/port/rich-message.ts';
import { markText } from '../../src/render/annual-report.ts';
import type { Db, Evaluation } from '../../src/store/schema.ts';
import { evaluationMessages } from './messages.ts';

function points(results: EvaluationResults, key: 'well' | 'better', guard: MentionGuard | undefined) {
  const lines: string[] = [];
  let withheld = 0;
  for (const side of ['panel', 'gemeente'] as const) {
    for (const point of (results[side] as SideResult)[key]) {
      if (guard?.names(point)) withheld++;
      else lines.push(point);
    }
  }
  return { lines, withheld };
}

/** The result of a closed evaluation: counts, means per side and in total, the points, and earlier years. */
export function resultsMessage(
  evaluation: Evaluation,
  db: Db,
  lang: Lang,
  guard: MentionGuard | undefined,
): RichMessage {
  const m = evaluationMessages[lang];
  const results = evaluationResults(evaluation.answers);
  const well = points(results, 'well', guard);
  const better = points(results, 'better', guard);
  const years = history(db);
  return message(
    paragraph(m.resultsTitle(evaluation.year)),
    paragraph(m.answers(results.panel.answers, results.gemeente.answers)),
    !results.shown && paragraph(m.tooFew(MIN_ANSWERS_PER_SIDE)),
    results.shown &&
      list(
        QUESTIONS.map((question) => {
          const total = results.total.marks![question];
          return m.markLine(
            m.questions[question],
            markText(total.mean, lang),
            markText(results.panel.marks![question].mean, lang),
            markText(results.gemeente.marks![question].mean, lang),
            total.lowest,
            total.highest,
          );
        }),
      ),
    results.shown && paragraph(m.well),
    results.shown && list(well.lines.length > 0 ? well.lines : [m.noPoints]),
    results.shown && paragraph(m.better),
    results.shown && list(better.lines.length > 0 ? better.lines : [m.noPoints]),
    results.shown &&
      well.withheld + better.withheld > 0 &&
      paragraph(m.withheld(well.withheld + better.withheld)),
    years.length > 1 && paragraph(m.history),
    years.length > 1 &&
      list(
        years.map((year) =>
          m.historyLine(
            year.year,
            markText(year.advisering, lang),
            markText(year.betekenis, lang),
            year.entered,
          ),
        ),
      ),
  );
}
