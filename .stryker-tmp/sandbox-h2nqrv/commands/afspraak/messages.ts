// @ts-nocheck
import type { AgreementStatus } from '../../src/domain/agreements.ts';
import type { Lang } from '../../src/i18n/lang.ts';

const nl = {
  status: {
    voorgesteld: 'voorgesteld, wacht op goedkeuring',
    'van-kracht': 'van kracht',
    beeindigd: 'beëindigd',
  } satisfies Record<AgreementStatus, string>,
  title: (id: string) => `🤝 Samenwerkingsafspraak ${id}`,
  versionTitle: (id: string, version: number) => `🤝 Samenwerkingsafspraak ${id}, versie ${version}`,
  labels: {
    period: 'Periode',
    status: 'Stand',
    terms: 'Voorwaarden',
    articles: 'Artikelen',
    from: 'Geldt vanaf',
    proposed: 'Voorgesteld door',
    approved: 'Goedgekeurd door',
    waiting: 'Wacht op',
    ended: 'Opgezegd',
  },
  recorded: 'vastgelegd door de bot bij de start: de eerste afspraak, van 2022 tot en met 2025',
  approvalBy: (name: string, side: string, date: string) => `${name} (${side}), ${date}`,
  endedBy: (date: string, name: string, side: string, reason: string) =>
    `per ${date} door ${name} (${side}): ${reason}`,
  hint: (id: string) =>
    `Panel (voorzitter of secretaris) en gemeente (programmamanager of goedkeurder) keuren goed met ✅ onder dit bericht of /afspraak goedkeuren ${id}. Pas als beide kanten hebben goedgekeurd, geldt hij.`,
  noneInForce: (today: string, kept: string, terms: string) =>
    `Op ${today} is geen samenwerkingsafspraak van kracht. Tot een nieuwe is goedgekeurd, gebruikt de bot de voorwaarden van ${kept}: ${terms}. De voorzitter of secretaris stelt een nieuwe voor met /afspraak nieuw <van> <tot> bestanden:<bedrag> kosten:<bedrag> expertise:<bedrag> totaal:<bedrag> termijn:<dagen>.`,
  pendingList: 'Wacht op goedkeuring:',
  pendingLine: (id: string, version: number, sides: string) => `${id} versie ${version}: nog ${sides}`,
  historyTitle: 'Geschiedenis van de samenwerkingsafspraken',
  historyLine: (id: string, version: number, from: string, terms: string, state: string) =>
    `${id} versie ${version}, vanaf ${from}: ${terms} — ${state}`,
  inForceSince: (date: string, names: string) => `van kracht sinds ${date} (${names})`,
  notApproved: (sides: string) => `nog niet goedgekeurd door ${sides}`,
  endedState: (date: string) => `opgezegd per ${date}`,
  none: 'Er zijn nog geen samenwerkingsafspraken vastgelegd.',
  // Proposing and amending
  badPeriod: (from: string, to: string) =>
    `De periode klopt niet: ${to} ligt niet na ${from}. Schrijf eerst de begindatum, dan de einddatum, zoals /afspraak nieuw 2026-01-01 2028-12-31 …`,
  needPeriod:
    'Noem de periode van de afspraak: de begin- en einddatum, zoals /afspraak nieuw 2026-01-01 2028-12-31 bestanden:2.000 kosten:3.000 expertise:4.000 totaal:10.000 termijn:56.',
  overlaps: (id: string, period: string) =>
    `Deze periode overlapt met ${id} (${period}), die van kracht is. Wijzig die afspraak met /afspraak wijzig ${id} …, of zeg hem eerst op met /afspraak opzeggen ${id} <reden>. Er is niets vastgelegd.`,
  badWindow: (typed: string) =>
    `'${typed}' is geen reactietermijn. Schrijf het aantal dagen, 1 tot en met 365, zoals termijn:56. Er is niets vastgelegd.`,
  badArticles: (typed: string) =>
    `'${typed}' kan ik niet lezen als artikelen. Schrijf bijvoorbeeld artikelen:bestanden=6e,kosten=6g,expertise=6g,website=6f,termijn=5a. Er is niets vastgelegd.`,
  amountFor: (term: string, reason: string) => `Bij ${term}: ${reason}`,
  nothingChanged: (id: string) =>
    `Je noemt geen voorwaarde om te wijzigen. Schrijf bijvoorbeeld /afspraak wijzig ${id} kosten:3.500 vanaf:2027-01-01.`,
  fromOutside: (date: string, period: string) =>
    `${date} valt buiten de periode van de afspraak (${period}). Kies een datum daarbinnen. Er is niets vastgelegd.`,
  ended: (id: string) =>
    `${id} is opgezegd; die verandert niet meer. Stel een nieuwe afspraak voor met /afspraak nieuw.`,
  // Approving
  notAnApprover: (name: string) =>
    `${name}, een afspraak keuren alleen de voorzitter of secretaris (voor het panel) en de programmamanager of een gemeentelid dat goedkeurder is (voor de gemeente) goed. Er is niets veranderd.`,
  nothingToApprove: (id: string) =>
    `Bij ${id} wacht geen voorstel op goedkeuring. Een wijziging stel je voor met /afspraak wijzig ${id} …`,
  sideAlready: (id: string, version: number, side: string, who: string, other: string, approvers: string) =>
    `${side} heeft ${id} versie ${version} al goedgekeurd (${who}). Nu is ${other} aan zet: ${approvers} keurt goed met /afspraak goedkeuren ${id} of ✅ onder het voorstel. Er is niets veranderd.`,
  approvedOne: (id: string, version: number, name: string, side: string, other: string) =>
    `✅ ${name} keurt ${id} versie ${version} goed namens ${side}. Nog nodig: de goedkeuring van ${other}. Tot dan verandert er niets.`,
  inForce: (id: string, version: number, from: string) =>
    `🤝 ${id} versie ${version} is goedgekeurd door panel en gemeente en geldt vanaf ${from}.`,
  otherVersion: (id: string, pending: number) =>
    `Dit bericht hoort bij een eerdere versie van ${id}. Versie ${pending} wacht op goedkeuring: geef je ✅ onder het bericht van die versie, of gebruik /afspraak goedkeuren ${id}.`,
  onlyCheck: (id: string) => `Onder ${id} telt alleen ✅ (goedkeuren).`,
  approvalStays: (id: string, name: string) =>
    `${name}, je goedkeuring van ${id} blijft staan: de versie is van kracht. Wil je iets anders afspreken? Gebruik /afspraak wijzig ${id} of /afspraak opzeggen ${id} <reden>.`,
  approvalWithdrawn: (id: string, name: string) => `${name} trekt de goedkeuring van ${id} in.`,
  // Ending
  whatReason: 'de reden van de opzegging',
  notAnEnder: (name: string) =>
    `${name}, een afspraak zeggen alleen de voorzitter of secretaris (voor het panel) en de programmamanager of een gemeentelid dat goedkeurder is (voor de gemeente) op. Er is niets veranderd.`,
  alreadyEnded: (id: string, date: string) => `${id} is al opgezegd per ${date}. Er is niets veranderd.`,
  endOutside: (date: string, period: string) =>
    `${date} valt buiten de periode van de afspraak (${period}). Kies een einddatum daarbinnen met tot:<datum>. Er is niets vastgelegd.`,
  endedDone: (id: string, date: string, side: string) =>
    `${id} is opgezegd door ${side} en geldt tot en met ${date}. Daarna gebruikt de bot de laatste voorwaarden tot er een nieuwe afspraak is goedgekeurd.`,
};

const en: typeof nl = {
  status: { voorgesteld: 'proposed, awaiting approval', 'van-kracht': 'in force', beeindigd: 'ended' },
  title: (id) => `🤝 Collaboration agreement ${id}`,
  versionTitle: (id, version) => `🤝 Collaboration agreement ${id}, version ${version}`,
  labels: {
    period: 'Period',
    status: 'State',
    terms: 'Terms',
    articles: 'Articles',
    from: 'Applies from',
    proposed: 'Proposed by',
    approved: 'Approved by',
    waiting: 'Waiting for',
    ended: 'Ended',
  },
  recorded: 'recorded by the bot at start: the first agreement, from 2022 to 2025',
  approvalBy: (name, side, date) => `${name} (${side}), ${date}`,
  endedBy: (date, name, side, reason) => `as of ${date} by ${name} (${side}): ${reason}`,
  hint: (id) =>
    `The panel (chair or secretary) and the municipality (programme manager or approver) approve with ✅ under this message or /agreement approve ${id}. It applies only once both sides approved.`,
  noneInForce: (today, kept, terms) =>
    `On ${today} no collaboration agreement is in force. Until a new one is approved, the bot uses the terms of ${kept}: ${terms}. The chair or secretary proposes a new one with /agreement new <from> <to> files:<amount> costs:<amount> expertise:<amount> total:<amount> deadline:<days>.`,
  pendingList: 'Awaiting approval:',
  pendingLine: (id, version, sides) => `${id} version ${version}: still ${sides}`,
  historyTitle: 'History of the collaboration agreements',
  historyLine: (id, version, from, terms, state) =>
    `${id} version ${version}, from ${from}: ${terms} — ${state}`,
  inForceSince: (date, names) => `in force since ${date} (${names})`,
  notApproved: (sides) => `not yet approved by ${sides}`,
  endedState: (date) => `ended as of ${date}`,
  none: 'No collaboration agreements are recorded yet.',
  badPeriod: (from, to) =>
    `The period is not right: ${to} is not after ${from}. Write the start date first, then the end date, like /agreement new 2026-01-01 2028-12-31 …`,
  needPeriod:
    'Name the period of the agreement: its start and end date, like /agreement new 2026-01-01 2028-12-31 files:2,000 costs:3,000 expertise:4,000 total:10,000 deadline:56.',
  overlaps: (id, period) =>
    `This period overlaps ${id} (${period}), which is in force. Amend that agreement with /agreement change ${id} …, or end it first with /agreement end ${id} <reason>. Nothing was recorded.`,
  badWindow: (typed) =>
    `'${typed}' is no answer window. Write the number of days, 1 to 365, like deadline:56. Nothing was recorded.`,
  badArticles: (typed) =>
    `I cannot read '${typed}' as articles. Write for example articles:bestanden=6e,kosten=6g,expertise=6g,website=6f,termijn=5a. Nothing was recorded.`,
  amountFor: (term, reason) => `At ${term}: ${reason}`,
  nothingChanged: (id) =>
    `You name no term to change. Write for example /agreement change ${id} costs:3,500 from:2027-01-01.`,
  fromOutside: (date, period) =>
    `${date} lies outside the agreement's period (${period}). Choose a date within it. Nothing was recorded.`,
  ended: (id) => `${id} has ended; it does not change any more. Propose a new agreement with /agreement new.`,
  notAnApprover: (name) =>
    `${name}, only the chair or secretary (for the panel) and the programme manager or a municipal member marked as approver (for the municipality) approve an agreement. Nothing was changed.`,
  nothingToApprove: (id) =>
    `No proposal of ${id} awaits approval. Propose an amendment with /agreement change ${id} …`,
  sideAlready: (id, version, side, who, other, approvers) =>
    `${side} already approved ${id} version ${version} (${who}). Now it is up to ${other}: ${approvers} approves with /agreement approve ${id} or ✅ under the proposal. Nothing was changed.`,
  approvedOne: (id, version, name, side, other) =>
    `✅ ${name} approves ${id} version ${version} for ${side}. Still needed: the approval of ${other}. Until then nothing changes.`,
  inForce: (id, version, from) =>
    `🤝 ${id} version ${version} is approved by the panel and the municipality and applies from ${from}.`,
  otherVersion: (id, pending) =>
    `This message belongs to an earlier version of ${id}. Version ${pending} awaits approval: give your ✅ under that version's message, or use /agreement approve ${id}.`,
  onlyCheck: (id) => `Under ${id} only ✅ (approve) counts.`,
  approvalStays: (id, name) =>
    `${name}, your approval of ${id} stays: the version is in force. Want to agree on something else? Use /agreement change ${id} or /agreement end ${id} <reason>.`,
  approvalWithdrawn: (id, name) => `${name} withdraws the approval of ${id}.`,
  whatReason: 'the reason for ending it',
  notAnEnder: (name) =>
    `${name}, only the chair or secretary (for the panel) and the programme manager or a municipal member marked as approver (for the municipality) end an agreement. Nothing was changed.`,
  alreadyEnded: (id, date) => `${id} has already ended as of ${date}. Nothing was changed.`,
  endOutside: (date, period) =>
    `${date} lies outside the agreement's period (${period}). Choose an end date within it with until:<date>. Nothing was recorded.`,
  endedDone: (id, date, side) =>
    `${id} is ended by ${side} and applies up to and including ${date}. After that the bot uses the last terms until a new agreement is approved.`,
};

export const agreementMessages: Record<Lang, typeof nl> = { nl, en };
