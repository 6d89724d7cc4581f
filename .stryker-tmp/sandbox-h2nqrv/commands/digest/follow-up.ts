// @ts-nocheck
import type { Digest } from '../../src/domain/digest.ts';
import { type Lang, plural } from '../../src/i18n/lang.ts';
import { guardFor, visibleIn } from '../../src/kit/confidentiality.ts';
import type { Block } from '../../src/port/rich-message.ts';
import { outcomeText } from '../../src/render/promise.ts';
import type { RenderScope } from '../../src/render/render-scope.ts';
import type { AdviceRequest } from '../../src/store/schema.ts';
import { formatDate } from '../../src/time/time.ts';
import { digestMessages } from './messages.ts';
import { section, visible } from './render.ts';

/** The digest's words for follow-through: the municipality's promises and the panel's action points. */
const texts = {
  nl: {
    promises: '🤝 Toezeggingen van de gemeente',
    overdue: (days: number, due: string) => `${plural(days, 'dag', 'dagen')} over de termijn (${due})`,
    dueSoon: (days: number, due: string) =>
      days === 0 ? `vandaag (uiterlijk ${due})` : `uiterlijk ${due} (nog ${plural(days, 'dag', 'dagen')})`,
    headlineOverdue: (n: number) => plural(n, 'toezegging te laat', 'toezeggingen te laat'),
    actions: '✅ Open actiepunten',
    due: (date: string, late: boolean) => `uiterlijk ${date}${late ? ', te laat' : ''}`,
    hiddenActions: (n: number) => (n === 1 ? '1 vertrouwelijk actiepunt' : `${n} vertrouwelijke actiepunten`),
  },
  en: {
    promises: '🤝 Municipal promises',
    overdue: (days: number, due: string) => `${plural(days, 'day', 'days')} past the date (${due})`,
    dueSoon: (days: number, due: string) =>
      days === 0 ? `today (due ${due})` : `due ${due} (${plural(days, 'day', 'days')} left)`,
    headlineOverdue: (n: number) => plural(n, 'promise late', 'promises late'),
    actions: '✅ Open action points',
    due: (date: string, late: boolean) => `due ${date}${late ? ', late' : ''}`,
    hiddenActions: (n: number) =>
      n === 1 ? '1 confidential action point' : `${n} confidential action points`,
  },
} satisfies Record<Lang, unknown>;

export function followUpHeadline(scope: RenderScope, digest: Digest): string[] {
  const overdue = digest.promises.overdue.length;
  return overdue > 0 ? [texts[scope.lang].headlineOverdue(overdue)] : [];
}

/** Promises: overdue (oldest first), due within 14 days, settled this week; confidential ones only counted in public. */
export function followUpSections(scope: RenderScope, digest: Digest, forPublic: boolean): Block[] {
  const f = texts[scope.lang];
  const hidden = digestMessages[scope.lang].hidden.request;
  const date = (value: string) => formatDate(value, scope.lang);
  const { promises } = digest;
  const guard = guardFor(scope.db, digest.today, forPublic);
  const free = (text: string | undefined) => (text && guard?.names(text) ? undefined : text);
  const line = (request: { id: string; title: string }, text: string) =>
    `${request.id} ${request.title} — ${text}`;
  // Every promise line names its request, which decides whether the line may be shown here.
  const shownLines = <T>(
    entries: readonly T[],
    requestOf: (entry: T) => AdviceRequest,
    text: (entry: T) => string,
  ) =>
    visible(
      entries,
      requestOf,
      forPublic,
      digest.today,
      (entry) => line(requestOf(entry), text(entry)),
      hidden,
      guard,
    );
  const lines = [
    ...shownLines(
      promises.overdue,
      (e) => e.request,
      (e) => f.overdue(e.days, date(e.request.promise!.due)),
    ),
    ...shownLines(
      promises.dueSoon,
      (e) => e.request,
      (e) => f.dueSoon(e.days, date(e.request.promise!.due)),
    ),
    ...shownLines(
      promises.settled,
      (r) => r,
      (r) => outcomeText(scope, r.promise!, free),
    ),
  ];
  return [...section(f.promises, lines), ...section(f.actions, actionLines(scope, digest, forPublic))];
}

/** One line per owner: "Anna de Vries: ACT-2026-002 Brief (uiterlijk 10-3-2026), …". */
function actionLines(scope: RenderScope, digest: Digest, forPublic: boolean): string[] {
  const f = texts[scope.lang];
  const guard = guardFor(scope.db, digest.today, forPublic);
  let hidden = 0;
  const lines = digest.actions.flatMap((group) => {
    const { shown, hidden: held } = visibleIn(group.points, forPublic, digest.today, undefined, guard);
    hidden += held;
    if (shown.length === 0) return [];
    const points = shown.map((point) => {
      const due = point.due ? ` (${f.due(formatDate(point.due, scope.lang), point.due < digest.today)})` : '';
      return `${point.id} ${point.text}${due}`;
    });
    return [`${scope.nameOf(group.owner)}: ${points.join(', ')}`];
  });
  return hidden > 0 ? [...lines, f.hiddenActions(hidden)] : lines;
}
