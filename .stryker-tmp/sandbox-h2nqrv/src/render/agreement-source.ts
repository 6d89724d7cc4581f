// @ts-nocheck
import { lastDayOf } from '../domain/agreements.ts';
import type { Budget } from '../domain/budget.ts';
import type { Lang } from '../i18n/lang.ts';
import { agreementTexts, capArticles, nameAgreement } from '../i18n/texts/agreements.ts';
import type { Category, Db } from '../store/schema.ts';

/**
 * The sentence that says whose caps a budget year uses: the agreement in force that year,
 * or the one whose caps the bot keeps when none was. Undefined without any agreement.
 */
function sourceOf(db: Pick<Db, 'agreements'>, budget: Budget) {
  const source = budget.agreement;
  const agreement = source && db.agreements.find((entry) => entry.id === source.id);
  const version = agreement?.versions.find((entry) => entry.number === source?.version);
  return source && agreement && version ? { source, agreement, version } : undefined;
}

/** `Dat plafond staat in samenwerkingsafspraak AFS-2022-001, artikel 6g.`: where a refused cap comes from. */
export function capSourceSentence(
  db: Pick<Db, 'agreements'>,
  budget: Budget,
  cap: Category | 'totaal',
  lang: Lang,
): string {
  const found = sourceOf(db, budget);
  if (!found) return '';
  const { articles } = found.version.terms;
  const article = cap === 'totaal' ? capArticles(found.version.terms) : articles[cap];
  return ` ${agreementTexts[lang].capIn(nameAgreement(found.agreement, found.version.number, lang, lastDayOf(found.agreement)), article)}`;
}

export function capsSourceLine(db: Pick<Db, 'agreements'>, budget: Budget, lang: Lang): string | undefined {
  const source = budget.agreement;
  const agreement = source && db.agreements.find((entry) => entry.id === source.id);
  const version = agreement?.versions.find((entry) => entry.number === source?.version);
  if (!source || !agreement || !version) return undefined;
  const t = agreementTexts[lang];
  const named = nameAgreement(agreement, source.version, lang, lastDayOf(agreement));
  const articles = capArticles(version.terms);
  return source.inForce ? t.capsFrom(named, articles) : t.capsKept(budget.year, named, articles);
}
