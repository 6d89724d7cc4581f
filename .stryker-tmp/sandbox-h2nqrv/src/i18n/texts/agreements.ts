// @ts-nocheck
import { type AgreementNotice, FIRST_AGREEMENT, lastDayOf, missingSides } from '../../domain/agreements.ts';
import { formatCents } from '../../render/money.ts';
import type { Agreement, AgreementTerms, Side } from '../../store/schema.ts';
import { type CalendarDate, formatDate } from '../../time/time.ts';
import type { Lang } from '../lang.ts';

/** The words about the collaboration agreement that several commands, the digest and the start-up share. */
const nl = {
  noun: 'samenwerkingsafspraak',
  side: { panel: 'het panel', gemeente: 'de gemeente' } satisfies Record<Side, string>,
  /** Who approves for a side (8b). */
  approvers: {
    panel: 'de voorzitter of secretaris',
    gemeente: 'de programmamanager of een gemeentelid dat goedkeurder is',
  } satisfies Record<Side, string>,
  capLabels: {
    bestanden: 'bestanden',
    kosten: 'reis- en onderzoekskosten',
    expertise: 'expertise',
    totaal: 'totaal',
  },
  window: (days: number) => `reactietermijn ${days} dagen`,
  period: (from: string, to: string) => `${from} t/m ${to}`,
  /** `AFS-2022-001 (1-1-2022 t/m 31-12-2025)`, with the version when it is not the first. */
  named: (id: string, version: number, period: string) =>
    `${id}${version > 1 ? ` versie ${version}` : ''} (${period})`,
  capIn: (named: string, article: string) =>
    `Dat plafond staat in samenwerkingsafspraak ${named}, artikel ${article}.`,
  capsFrom: (named: string, articles: string) =>
    `Plafonds volgens samenwerkingsafspraak ${named}, artikel ${articles}.`,
  capsKept: (year: number, named: string, articles: string) =>
    `In ${year} was geen samenwerkingsafspraak van kracht; de bot houdt de plafonds aan van ${named}, artikel ${articles}.`,
  digestTitle: '🤝 Samenwerkingsafspraak',
  yearUnder: (year: number, names: string) => `${year} valt onder samenwerkingsafspraak ${names}.`,
  yearUnderNone: (year: number, kept: string) =>
    `In ${year} was geen samenwerkingsafspraak van kracht; de bot hield de voorwaarden aan van ${kept}.`,
  endsSoon: (named: string, date: string, days: number) =>
    `⚠️ ${named} loopt af op ${date} (nog ${days === 1 ? '1 dag' : `${days} dagen`}). Maak op tijd een nieuwe: de voorzitter of secretaris stelt hem voor met /afspraak nieuw, daarna keuren panel en gemeente hem goed.`,
  noneInForce: (kept: string, terms: string) =>
    `⚠️ Er is geen samenwerkingsafspraak van kracht. Tot er een nieuwe is goedgekeurd, gebruikt de bot de laatste voorwaarden, die van ${kept}: ${terms}. De voorzitter of secretaris kan een nieuwe voorstellen met /afspraak nieuw.`,
  awaitingApproval: (id: string, version: number, sides: string) =>
    `${id} versie ${version} wacht op goedkeuring van ${sides}.`,
  newStoreNote: (id: string, period: string, terms: string) =>
    `Nieuwe opslag: de eerste samenwerkingsafspraak ${id} (${period}) heeft de plafonds en de reactietermijn uit config.json: ${terms}. Klopt een bedrag niet (de bedragen in 'caps' zijn centen), zet het dan goed in config.json en begin opnieuw met een lege gegevensmap, of leg de juiste voorwaarden vast met /afspraak wijzig ${id}.`,
  firstAgreementNote: (id: string, period: string, terms: string) =>
    `De samenwerkingsafspraak is nu een vastgelegd stuk. De plafonds en de reactietermijn waarmee de bot tot nu toe werkte, zijn de voorwaarden van de eerste afspraak ${id} (${period}): ${terms}. Geen cijfer van een eerder jaar verandert. Een nieuwe afspraak of een wijziging leg je vast in de chat met /afspraak nieuw of /afspraak wijzig; 'caps' en 'responseWindowDays' in config.json gelden alleen nog voor een nieuwe opslag.`,
};

const en: typeof nl = {
  noun: 'collaboration agreement',
  side: { panel: 'the panel', gemeente: 'the municipality' },
  approvers: {
    panel: 'the chair or secretary',
    gemeente: 'the programme manager or a municipal member marked as approver',
  },
  capLabels: {
    bestanden: 'files',
    kosten: 'travel and research',
    expertise: 'expertise',
    totaal: 'total',
  },
  window: (days) => `answer window ${days} days`,
  period: (from, to) => `${from} to ${to}`,
  named: (id, version, period) => `${id}${version > 1 ? ` version ${version}` : ''} (${period})`,
  capIn: (named, article) => `That cap is in collaboration agreement ${named}, article ${article}.`,
  capsFrom: (named, articles) => `Caps under collaboration agreement ${named}, article ${articles}.`,
  capsKept: (year, named, articles) =>
    `No collaboration agreement was in force in ${year}; the bot keeps the caps of ${named}, article ${articles}.`,
  digestTitle: '🤝 Collaboration agreement',
  yearUnder: (year, names) => `${year} falls under collaboration agreement ${names}.`,
  yearUnderNone: (year, kept) =>
    `No collaboration agreement was in force in ${year}; the bot kept the terms of ${kept}.`,
  endsSoon: (named, date, days) =>
    `⚠️ ${named} runs out on ${date} (${days === 1 ? '1 day' : `${days} days`} left). Make a new one in time: the chair or secretary proposes it with /agreement new, then the panel and the municipality approve it.`,
  noneInForce: (kept, terms) =>
    `⚠️ No collaboration agreement is in force. Until a new one is approved, the bot uses the last terms, those of ${kept}: ${terms}. The chair or secretary can propose a new one with /agreement new.`,
  awaitingApproval: (id, version, sides) => `${id} version ${version} awaits the approval of ${sides}.`,
  newStoreNote: (id, period, terms) =>
    `New store: the first collaboration agreement ${id} (${period}) has the caps and answer window from config.json: ${terms}. If an amount is wrong (the amounts in 'caps' are cents), correct it in config.json and start again with an empty data folder, or record the right terms with /agreement change ${id}.`,
  firstAgreementNote: (id, period, terms) =>
    `The collaboration agreement is now a record. The caps and answer window the bot worked with so far are the terms of the first agreement ${id} (${period}): ${terms}. No figure of an earlier year changes. Record a new agreement or an amendment in chat with /agreement new or /agreement change; 'caps' and 'responseWindowDays' in config.json now only count for a new store.`,
};

export const agreementTexts: Record<Lang, typeof nl> = { nl, en };

/** `bestanden € 1.600,00 · … · totaal € 8.000,00 · reactietermijn 42 dagen`. */
export function describeTerms(terms: AgreementTerms, lang: Lang): string {
  const t = agreementTexts[lang];
  const caps = (['bestanden', 'kosten', 'expertise', 'totaal'] as const).map(
    (key) => `${t.capLabels[key]} ${formatCents(terms.caps[key], lang)}`,
  );
  return [...caps, t.window(terms.responseWindowDays)].join(' · ');
}

export function describePeriod(from: CalendarDate, to: CalendarDate, lang: Lang): string {
  return agreementTexts[lang].period(formatDate(from, lang), formatDate(to, lang));
}

/** The start-up note when an upgrade made the bot's terms those of the first agreement. */
export function firstAgreementNote(
  lang: Lang,
  terms: AgreementTerms,
  store: 'upgraded' | 'new' = 'upgraded',
): string {
  const t = agreementTexts[lang];
  return (store === 'new' ? t.newStoreNote : t.firstAgreementNote)(
    FIRST_AGREEMENT.id,
    describePeriod(FIRST_AGREEMENT.from, FIRST_AGREEMENT.to, lang),
    describeTerms(terms, lang),
  );
}

/** `AFS-2022-001 (1-1-2022 t/m 31-12-2025)`: an agreement as a budget, report or digest names it. */
export function nameAgreement(
  agreement: { readonly id: string; readonly from: CalendarDate; readonly to: CalendarDate },
  version: number,
  lang: Lang,
  lastDay: CalendarDate = agreement.to,
): string {
  return agreementTexts[lang].named(agreement.id, version, describePeriod(agreement.from, lastDay, lang));
}

/** The clauses the caps stand in: `6e–6g`, or each one when they are not in one run. */
export function capArticles(terms: AgreementTerms): string {
  const { bestanden, kosten, expertise } = terms.articles;
  const unique = [...new Set([bestanden, kosten, expertise])];
  return unique.length === 1 ? unique[0]! : `${unique[0]}–${unique.at(-1)}`;
}

/** Who still has to approve, in words: `de gemeente (de programmamanager of …)`. */
export function sidesAwaiting(sides: readonly Side[], lang: Lang): string {
  const t = agreementTexts[lang];
  return sides.map((side) => `${t.side[side]} (${t.approvers[side]})`).join(lang === 'nl' ? ' en ' : ' and ');
}

/** The digest's lines about the agreement (8): running out, none in force, awaiting approval. */
export function agreementNoticeLines(notice: AgreementNotice, lang: Lang): string[] {
  const t = agreementTexts[lang];
  const lines: string[] = [];
  if (notice.endsSoon) {
    const { agreement, lastDay, days } = notice.endsSoon;
    lines.push(
      t.endsSoon(
        nameAgreement(agreement, agreement.versions.length, lang, lastDay),
        formatDate(lastDay, lang),
        days,
      ),
    );
  }
  if (notice.none?.agreement) {
    const { agreement, version, terms } = notice.none;
    lines.push(
      t.noneInForce(
        nameAgreement(agreement, version!, lang, lastDayOf(agreement)),
        describeTerms(terms, lang),
      ),
    );
  }
  for (const { agreement, version } of notice.pending) {
    lines.push(t.awaitingApproval(agreement.id, version.number, sidesAwaiting(missingSides(version), lang)));
  }
  return lines;
}

/**
 * Which agreement(s) a year falls under, as the yearly report says it (8a); with none in
 * force that year, whose caps the bot kept (from the year's budget).
 */
export function yearAgreementsLine(
  year: number,
  agreements: ReadonlyArray<Agreement>,
  kept: string | undefined,
  lang: Lang,
): string | undefined {
  if (agreements.length === 0)
    return kept === undefined ? undefined : agreementTexts[lang].yearUnderNone(year, kept);
  const names = agreements.map((agreement) => nameAgreement(agreement, 1, lang, lastDayOf(agreement)));
  const joined =
    names.length === 1
      ? names[0]!
      : `${names.slice(0, -1).join(', ')}${lang === 'nl' ? ' en ' : ' and '}${names.at(-1)}`;
  return agreementTexts[lang].yearUnder(year, joined);
}
