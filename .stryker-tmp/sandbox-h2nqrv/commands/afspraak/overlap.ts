// @ts-nocheck
import type { ActionContext } from '../../src/core/command.ts';
import { lastDayOf, overlapping } from '../../src/domain/agreements.ts';
import { describePeriod } from '../../src/i18n/texts/agreements.ts';
import type { Agreement } from '../../src/store/schema.ts';
import { agreementMessages } from './messages.ts';

/** Refuses a period that overlaps an agreement in force, other than `except`: two agreements never apply on one day. */
export function refuseOverlap(context: ActionContext, from: string, to: string, except?: string): void {
  const clash = overlapping(context.db, from, to, except);
  if (clash) {
    const period = describePeriod(clash.from, lastDayOf(clash), context.lang);
    context.fail(agreementMessages[context.lang].overlaps(clash.id, period));
  }
}

/** The same, for an agreement about to come into force. */
export function refuseOverlapAt(context: ActionContext, agreement: Agreement): void {
  refuseOverlap(context, agreement.from, lastDayOf(agreement), agreement.id);
}
