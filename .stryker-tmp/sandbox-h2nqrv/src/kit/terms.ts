// @ts-nocheck
import { type TermsSource, termsForYear, termsOf, termsOn } from '../domain/agreements.ts';
import type { Config } from '../setup/config.ts';

export { budgetAgreement } from '../domain/agreements.ts';

import type { Db } from '../store/schema.ts';
import type { CalendarDate } from '../time/time.ts';

/**
 * The terms of the agreement for a rule's own date (afspraak 8): what commands, the
 * digest, the yearly report and the website ask. The config's `caps` and
 * `responseWindowDays` count only where no agreement was ever recorded.
 */
export interface TermsScope {
  readonly db: Pick<Db, 'agreements'>;
  readonly config: Pick<Config, 'caps' | 'responseWindowDays'>;
}

export function termsAt(scope: TermsScope, date: CalendarDate): TermsSource {
  return termsOn(scope.db, date, termsOf(scope.config));
}

export function termsOfYear(scope: TermsScope, year: number): TermsSource {
  return termsForYear(scope.db, year, termsOf(scope.config));
}
