// @ts-nocheck
import { actionMessages } from '../i18n/texts/actions.ts';
import { isConfidential } from '../kit/confidentiality.ts';
import { context, message, paragraph, type RichMessage } from '../port/rich-message.ts';
import type { ActionPoint } from '../store/schema.ts';
import { formatDate } from '../time/time.ts';
import { dayOf, type RenderScope } from './render-scope.ts';

/** One line: "📌 ACT-2026-001 — Anna de Vries: Brief aan de wethouder (uiterlijk 10-3-2026)". */
export function actionText(scope: RenderScope, point: ActionPoint): string {
  const a = actionMessages[scope.lang];
  if (point.removed) return a.removedLine(point.id, point.text);
  const owner = scope.nameOf(point.owner);
  const extras = [
    point.due && a.due(formatDate(point.due, scope.lang)),
    point.done && a.doneBy(scope.nameOf(point.done.by), dayOf(scope, point.done.at)),
    point.corrections?.length &&
      a.changed(dayOf(scope, point.corrections.at(-1)!.at), scope.nameOf(point.corrections.at(-1)!.by)),
  ].filter((part): part is string => typeof part === 'string');
  const late = !point.done && point.due && point.due < scope.today ? a.overdueMark : '';
  const main = point.done ? a.doneLine(point.id, owner, point.text) : a.line(point.id, owner, point.text);
  const secret = isConfidential(point, scope.today) ? ' 🔒' : '';
  return `${main}${extras.length ? ` (${extras.join('; ')})` : ''}${late}${secret}`;
}

/** The action point's own message in the meeting's thread, updated when it changes. */
export function actionMessage(scope: RenderScope, point: ActionPoint): RichMessage {
  const a = actionMessages[scope.lang];
  const open = !point.done && !point.removed;
  return message(paragraph(actionText(scope, point)), open && context(a.hint(point.id)));
}
