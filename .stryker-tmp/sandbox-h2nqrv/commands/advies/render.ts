// @ts-nocheck
import { awaitsAnswer } from '../../src/domain/advice.ts';
import { isOpenPromise } from '../../src/domain/promises.ts';
import { adviceMessages } from '../../src/i18n/texts/advice.ts';
import { decisionLine } from '../../src/i18n/texts/decisions.ts';
import { promiseMessages } from '../../src/i18n/texts/promises.ts';
import {
  isConfidential,
  type MentionGuard,
  opennessLabel,
  withheldNote,
} from '../../src/kit/confidentiality.ts';
import {
  context,
  fields,
  heading,
  list,
  message,
  paragraph,
  type RichMessage,
} from '../../src/port/rich-message.ts';
import { promiseText } from '../../src/render/promise.ts';
import { dayOf, hiddenNote, listMessage, type RenderScope } from '../../src/render/render-scope.ts';
import type { AdviceRequest, Decision } from '../../src/store/schema.ts';
import { daysBetween, formatDate, localDate } from '../../src/time/time.ts';

/** The request's own message: its thread root, updated in place when the step changes. */
export function announcement(scope: RenderScope, request: AdviceRequest): RichMessage {
  const m = adviceMessages[scope.lang];
  return message(
    heading(m.announcementTitle(request.id, request.title)),
    fields([
      { label: m.labels.step, value: m.step[request.step] },
      ...(request.themes.length ? [{ label: m.labels.themes, value: request.themes.join(', ') }] : []),
      ...(request.development ? [{ label: m.labels.development, value: request.development }] : []),
      { label: m.labels.openness, value: opennessLabel(request, scope.today, scope.lang) },
      {
        label: m.labels.opened,
        value: m.openedBy(scope.nameOf(request.openedBy), dayOf(scope, request.openedAt)),
      },
      ...(awaitsAnswer(request) ? [{ label: m.labels.answerDue, value: dueText(scope, request) }] : []),
      ...promiseField(scope, request),
    ]),
    context(m.threadHint(request.id)),
  );
}

function promiseField(
  scope: RenderScope,
  request: AdviceRequest,
  free: (text: string | undefined) => string | undefined = (text) => text,
) {
  if (!request.promise) return [];
  return [{ label: promiseMessages[scope.lang].label, value: promiseText(scope, request.promise, free) }];
}

function dueText(scope: RenderScope, request: AdviceRequest): string {
  const due = request.advice!.dueDate;
  return adviceMessages[scope.lang].dueIn(formatDate(due, scope.lang), daysBetween(scope.today, due));
}

/** One line for a list: id, title, step and what matters now. */
export function listLine(scope: RenderScope, request: AdviceRequest): string {
  const m = adviceMessages[scope.lang];
  const age = daysBetween(localDate(new Date(request.openedAt), scope.config.timezone), scope.today);
  const promise = isOpenPromise(request.promise)
    ? `, ${promiseMessages[scope.lang].inList(formatDate(request.promise.due, scope.lang))}`
    : '';
  const status = awaitsAnswer(request)
    ? `, ${m.labels.answerInList} ${dueText(scope, request)}`
    : request.step === 'afgerond'
      ? promise
      : request.step === 'reactie-ontvangen'
        ? promise || `, ${m.age(age)}`
        : `, ${m.age(age)}`;
  const secret = isConfidential(request, scope.today) ? ' 🔒' : '';
  return `${request.id} ${request.title}${secret} — ${m.step[request.step]}${status}`;
}

export function listing(
  scope: RenderScope,
  filter: string,
  shown: readonly AdviceRequest[],
  hidden: number,
): RichMessage {
  const m = adviceMessages[scope.lang];
  return listMessage({
    title: m.listTitle(filter, shown.length),
    lines: shown.map((request) => listLine(scope, request)),
    empty: m.listEmpty,
    hidden: hiddenNote(scope.lang, hidden, m.noun, m.nouns),
  });
}

/** `/advies toon`: everything about one request, with its whole timeline. With a guard (a
 * public channel), free text that names a confidential item is left out and counted. */
export function details(
  scope: RenderScope,
  request: AdviceRequest,
  decisions: readonly Decision[],
  guard?: MentionGuard,
): RichMessage {
  const m = adviceMessages[scope.lang];
  const answer = request.answer;
  let withheld = 0;
  /** A free text, unless it names a confidential item in a public rendering. */
  const free = (text: string | undefined): string | undefined => {
    if (text === undefined || !guard?.names(text, request.id)) return text;
    withheld += 1;
    return undefined;
  };
  const how = free(answer?.how);
  const reason = free(answer?.reason);
  const note = free(answer?.note);
  const summary = free(request.advice?.summary);
  const declined = free(request.declined?.reason);
  const answerFields = answer
    ? [
        {
          label: m.labels.answer,
          value: `${m.decision[answer.decision]} (${scope.nameOf(answer.by)}, ${dayOf(scope, answer.at)}; ${
            answer.daysLate > 0 ? m.lateLabel(answer.daysLate) : m.onTime
          })`,
        },
        ...(how ? [{ label: m.labels.how, value: how }] : []),
        ...(answer.deadline
          ? [{ label: m.labels.deadline, value: formatDate(answer.deadline, scope.lang) }]
          : []),
        ...(reason ? [{ label: m.labels.reason, value: reason }] : []),
        ...(note ? [{ label: m.labels.note, value: note }] : []),
        ...promiseField(scope, request, free),
      ]
    : [];
  const timeline = request.history.map((change) =>
    m.timelineEntry(dayOf(scope, change.at), m.step[change.step], scope.nameOf(change.by), free(change.note)),
  );
  return message(
    heading(`${request.id}: ${request.title}`),
    fields([
      { label: m.labels.step, value: m.step[request.step] },
      ...(request.themes.length ? [{ label: m.labels.themes, value: request.themes.join(', ') }] : []),
      ...(request.development ? [{ label: m.labels.development, value: request.development }] : []),
      { label: m.labels.openness, value: opennessLabel(request, scope.today, scope.lang) },
      ...(request.advice && summary !== undefined
        ? [
            {
              label: m.labels.advice,
              value: m.adviceLine(summary, scope.nameOf(request.advice.by), dayOf(scope, request.advice.at)),
            },
          ]
        : []),
      ...(awaitsAnswer(request) ? [{ label: m.labels.answerDue, value: dueText(scope, request) }] : []),
      ...(declined ? [{ label: m.labels.declined, value: declined }] : []),
      ...answerFields,
    ]),
    paragraph(`${m.labels.timeline}:`),
    list(timeline),
    decisions.length > 0 && paragraph(`${m.labels.decisions}:`),
    decisions.length > 0 &&
      list(decisions.map((decision) => `${decision.id} ${decisionLine(scope, decision)}`)),
    withheld > 0 && context(withheldNote(scope.lang, withheld, 'field')!),
  );
}
