// @ts-nocheck
import { hasRole, isApprover } from '../core/permissions.ts';
import { AGREEMENT_CAPS, AGREEMENT_WINDOW_DAYS, type Member } from '../setup/config.ts';
import type { Agreement, AgreementTerms, AgreementVersion, Db, Side } from '../store/schema.ts';
import { addDays, type CalendarDate, daysBetween } from '../time/time.ts';
import { type Budget, type BudgetAgreement, budgetFor } from './budget.ts';

/**
 * The collaboration agreement as records (afspraak 8): each agreement has a period, its
 * versions (the first proposal and its amendments, 8b) and maybe an end (8c). Every rule
 * that uses a term asks for the terms in force on its own date, so a past year keeps the
 * numbers it had when a new agreement comes into force.
 */

/** The clauses of the agreement of 2022–2025 the bot quotes, as the first agreement numbers them. */
export const FIRST_ARTICLES: AgreementTerms['articles'] = {
  bestanden: '6e',
  website: '6f',
  kosten: '6g',
  expertise: '6g',
  termijn: '5a',
};

/** The first agreement: the *Samenwerkingsafspraken 2022–2025*. */
export const FIRST_AGREEMENT = { id: 'AFS-2022-001', from: '2022-01-01', to: '2025-12-31' } as const;

/** How far ahead the digest warns that the agreement in force runs out. */
export const WARN_DAYS_BEFORE_END = 90;

/** The terms the bot used before agreements were records: its config's caps and answer window. */
export function termsOf(config: {
  readonly caps: AgreementTerms['caps'];
  readonly responseWindowDays: number;
}): AgreementTerms {
  return {
    caps: { ...config.caps },
    responseWindowDays: config.responseWindowDays,
    articles: FIRST_ARTICLES,
  };
}

export function sameTerms(a: AgreementTerms, b: AgreementTerms): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The terms the bot has built in: those of the agreement of 2022–2025. */
export const BUILT_IN_TERMS: AgreementTerms = termsOf({
  caps: AGREEMENT_CAPS,
  responseWindowDays: AGREEMENT_WINDOW_DAYS,
});

/**
 * Records the first agreement, in force with these terms, in a store that has none (a new
 * or upgraded one). It takes no number from the counters: its year is not one the panel
 * recorded anything in, so reports do not start from it (`/afspraak nieuw` skips its id).
 */
export function recordFirstAgreement(
  db: Pick<Db, 'agreements'>,
  terms: AgreementTerms,
  at: string,
  recorded: 'start' | 'upgrade',
): void {
  if (db.agreements.length > 0) return;
  db.agreements.push({
    id: FIRST_AGREEMENT.id,
    confidentiality: 'openbaar',
    from: FIRST_AGREEMENT.from,
    to: FIRST_AGREEMENT.to,
    versions: [
      {
        number: 1,
        from: FIRST_AGREEMENT.from,
        terms,
        proposedAt: at,
        approvals: [],
        inForceAt: at,
        recorded,
      },
    ],
  });
}

/** The last day an agreement applies: its period's end, or the day it was ended on, if earlier. */
export function lastDayOf(agreement: Agreement): CalendarDate {
  return agreement.ended && agreement.ended.on < agreement.to ? agreement.ended.on : agreement.to;
}

/** Whether both sides approved a version of it (or the bot recorded it as the first agreement). */
export function isApproved(agreement: Agreement): boolean {
  return agreement.versions.some((version) => version.inForceAt !== undefined);
}

/** Approved, and not ended before it started (a proposal ended before approval never counts). */
function counts(agreement: Agreement): boolean {
  return isApproved(agreement) && lastDayOf(agreement) >= agreement.from;
}

/** The version whose terms apply on a day: the newest approved one that applies from that day or earlier. */
export function versionOn(agreement: Agreement, date: CalendarDate): AgreementVersion | undefined {
  return agreement.versions
    .filter((version) => version.inForceAt !== undefined && version.from <= date)
    .at(-1);
}

/** The agreement in force on a day, if any. */
export function agreementOn(db: Pick<Db, 'agreements'>, date: CalendarDate): Agreement | undefined {
  return db.agreements
    .filter((agreement) => counts(agreement) && agreement.from <= date && date <= lastDayOf(agreement))
    .sort((a, b) => a.from.localeCompare(b.from))
    .at(-1);
}

/** Which terms apply on a day, from which agreement and version, and whether it is in force then. */
export interface TermsSource {
  readonly terms: AgreementTerms;
  readonly agreement: Agreement | undefined;
  readonly version: number | undefined;
  /** False when no agreement is in force that day and the nearest one's terms are kept. */
  readonly inForce: boolean;
}

/**
 * The terms on a day. When no agreement is in force then, the bot keeps the last terms
 * that were (or, before the first agreement, that one's); with none at all, `fallback`.
 */
export function termsOn(
  db: Pick<Db, 'agreements'>,
  date: CalendarDate,
  fallback: AgreementTerms,
): TermsSource {
  const current = agreementOn(db, date);
  if (current) {
    const version = versionOn(current, date)!;
    return { terms: version.terms, agreement: current, version: version.number, inForce: true };
  }
  const approved = db.agreements.filter(counts);
  const before = approved
    .filter((agreement) => lastDayOf(agreement) < date)
    .sort((a, b) => lastDayOf(a).localeCompare(lastDayOf(b)))
    .at(-1);
  const nearest = before ?? approved.sort((a, b) => a.from.localeCompare(b.from))[0];
  if (!nearest) return { terms: fallback, agreement: undefined, version: undefined, inForce: false };
  const day = before ? lastDayOf(nearest) : nearest.from;
  const version = versionOn(nearest, day)!;
  return { terms: version.terms, agreement: nearest, version: version.number, inForce: false };
}

/** The agreements in force on some day of a year, oldest first. */
export function agreementsInYear(db: Pick<Db, 'agreements'>, year: number): Agreement[] {
  const [first, last] = [`${year}-01-01`, `${year}-12-31`];
  return db.agreements
    .filter((agreement) => counts(agreement) && agreement.from <= last && lastDayOf(agreement) >= first)
    .sort((a, b) => a.from.localeCompare(b.from));
}

/**
 * The terms of a budget year (the caps are yearly): those in force on the year's last day
 * covered by an agreement, so an amendment from 1 January 2027 gives 2027 its caps.
 */
export function termsForYear(
  db: Pick<Db, 'agreements'>,
  year: number,
  fallback: AgreementTerms,
): TermsSource {
  const last = `${year}-12-31`;
  const days = agreementsInYear(db, year).map((agreement) => {
    const end = lastDayOf(agreement);
    return end < last ? end : last;
  });
  const day = days.sort().at(-1) ?? last;
  return termsOn(db, day, fallback);
}

/** The newest version while it awaits approval, and the agreement is not ended. */
export function pendingVersion(agreement: Agreement): AgreementVersion | undefined {
  const newest = agreement.versions.at(-1)!;
  return newest.inForceAt === undefined && !agreement.ended ? newest : undefined;
}

export type AgreementStatus = 'voorgesteld' | 'van-kracht' | 'beeindigd';

/** Proposed (no version approved yet), in force, or ended (8c, or its period is over). */
export function statusOn(agreement: Agreement, date: CalendarDate): AgreementStatus {
  if (agreement.ended && agreement.ended.on < date) return 'beeindigd';
  if (!isApproved(agreement)) return agreement.ended ? 'beeindigd' : 'voorgesteld';
  return lastDayOf(agreement) < date ? 'beeindigd' : 'van-kracht';
}

/**
 * The side a member approves for (8b): the panel by its chair or secretary, the
 * municipality by the programme manager or a municipal member marked approver.
 */
export function approvingSide(member: Member): Side | undefined {
  if (hasRole(member, ['voorzitter', 'secretaris'])) return 'panel';
  if (isApprover(member)) return 'gemeente';
  return undefined;
}

/** The sides that still have to approve a version. */
export function missingSides(version: Pick<AgreementVersion, 'approvals'>): Side[] {
  const sides = new Set(version.approvals.map((approval) => approval.side));
  return (['panel', 'gemeente'] as const).filter((side) => !sides.has(side));
}

/** An approved agreement whose period overlaps this one, other than `except`. */
export function overlapping(
  db: Pick<Db, 'agreements'>,
  from: CalendarDate,
  to: CalendarDate,
  except?: string,
): Agreement | undefined {
  return db.agreements.find(
    (agreement) =>
      agreement.id !== except && counts(agreement) && agreement.from <= to && lastDayOf(agreement) >= from,
  );
}

/** The approval given with this ✅ (its platform message id), so it can be taken away after a restart. */
export function approvalByReaction(
  db: Db,
  reaction: string,
): { itemId: string; emoji: string; by: string } | undefined {
  for (const agreement of db.agreements) {
    for (const version of agreement.versions) {
      const approval = version.approvals.find((entry) => entry.reaction === reaction);
      if (approval) return { itemId: agreement.id, emoji: '✅', by: approval.by };
    }
  }
  return undefined;
}

/** Which agreement a budget year's caps come from, as the budget names it. */
export function budgetAgreement(source: TermsSource): BudgetAgreement | undefined {
  return source.agreement && { id: source.agreement.id, version: source.version!, inForce: source.inForce };
}

/** A year's budget against the caps of that year's agreement, in one walk over the expenses. */
export function yearBudget(
  db: Pick<Db, 'agreements' | 'expenses'>,
  config: { readonly caps: AgreementTerms['caps']; readonly responseWindowDays: number },
  year: number,
): Budget {
  const source = termsForYear(db, year, termsOf(config));
  return budgetFor(db.expenses, year, source.terms.caps, budgetAgreement(source));
}

/** What the digest says about the agreement (8): that it runs out soon, or that none is in force, and what awaits approval. */
export interface AgreementNotice {
  /** The agreement in force runs out within 90 days and none follows it. */
  readonly endsSoon?: {
    readonly agreement: Agreement;
    readonly lastDay: CalendarDate;
    readonly days: number;
  };
  /** No agreement is in force today: the terms the bot keeps using. */
  readonly none?: TermsSource;
  readonly pending: ReadonlyArray<{ readonly agreement: Agreement; readonly version: AgreementVersion }>;
}

export function agreementNotice(
  db: Pick<Db, 'agreements'>,
  today: CalendarDate,
  fallback: AgreementTerms,
): AgreementNotice {
  const pending = db.agreements.flatMap((agreement) => {
    const version = pendingVersion(agreement);
    return version ? [{ agreement, version }] : [];
  });
  const current = agreementOn(db, today);
  if (!current) return { none: termsOn(db, today, fallback), pending };
  const lastDay = lastDayOf(current);
  const days = daysBetween(today, lastDay);
  const followed = agreementOn(db, addDays(lastDay, 1)) !== undefined;
  return days <= WARN_DAYS_BEFORE_END && !followed
    ? { endsSoon: { agreement: current, lastDay, days }, pending }
    : { pending };
}
