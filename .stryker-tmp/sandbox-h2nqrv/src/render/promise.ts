// @ts-nocheck
import { daysLateDone, settledOn } from '../domain/promises.ts';
import { promiseMessages } from '../i18n/texts/promises.ts';
import type { MunicipalPromise } from '../store/schema.ts';
import { formatDate } from '../time/time.ts';
import type { RenderScope } from './render-scope.ts';

type Free = (text: string | undefined) => string | undefined;
const asIs: Free = (text) => text;

/**
 * The outcome in words: "uitgevoerd op 20-2-2026 (op tijd)", or "nog open". `free` passes
 * the typed reason, or leaves it out where it may not be shown (public renderings).
 */
export function outcomeText(scope: RenderScope, promise: MunicipalPromise, free: Free = asIs): string {
  const p = promiseMessages[scope.lang];
  const day = settledOn(promise, scope.config.timezone);
  if (!promise.outcome || !day) return p.open;
  const date = formatDate(day, scope.lang);
  if (promise.outcome.result === 'niet-uitgevoerd') {
    const reason = free(promise.outcome.note);
    return `${p.notDone(date)}${reason ? `: ${reason}` : ''}`;
  }
  return p.done(date, daysLateDone(promise, scope.config.timezone));
}

/** "uiterlijk 1-5-2026; uitgesteld van 1-3-2026 naar 1-5-2026 (…); uitgevoerd op …". */
export function promiseText(scope: RenderScope, promise: MunicipalPromise, free: Free = asIs): string {
  const p = promiseMessages[scope.lang];
  const date = (value: string) => formatDate(value, scope.lang);
  return [
    p.due(date(promise.due)),
    ...promise.postponements.map((step) =>
      p.postponed(date(step.from), date(step.to), free(step.reason) ?? '…'),
    ),
    outcomeText(scope, promise, free),
  ].join('; ');
}
