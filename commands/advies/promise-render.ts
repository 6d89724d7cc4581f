import { daysLateDone, settledOn } from '../../src/domain/promises.ts';
import type { RenderScope } from '../../src/render-scope.ts';
import type { MunicipalPromise } from '../../src/store/schema.ts';
import { formatDate } from '../../src/time.ts';
import { promiseMessages } from './promise-messages.ts';

/** The outcome in words: "uitgevoerd op 20-2-2026 (op tijd)", or "nog open". */
export function outcomeText(scope: RenderScope, promise: MunicipalPromise): string {
  const p = promiseMessages[scope.lang];
  const day = settledOn(promise, scope.config.timezone);
  if (!promise.outcome || !day) return p.open;
  const date = formatDate(day, scope.lang);
  if (promise.outcome.result === 'niet-uitgevoerd') {
    return `${p.notDone(date)}${promise.outcome.note ? `: ${promise.outcome.note}` : ''}`;
  }
  return p.done(date, daysLateDone(promise, scope.config.timezone));
}

/** "uiterlijk 1-5-2026; uitgesteld van 1-3-2026 naar 1-5-2026 (…); uitgevoerd op …". */
export function promiseText(scope: RenderScope, promise: MunicipalPromise): string {
  const p = promiseMessages[scope.lang];
  const date = (value: string) => formatDate(value, scope.lang);
  return [
    p.due(date(promise.due)),
    ...promise.postponements.map((step) => p.postponed(date(step.from), date(step.to), step.reason)),
    outcomeText(scope, promise),
  ].join('; ');
}
