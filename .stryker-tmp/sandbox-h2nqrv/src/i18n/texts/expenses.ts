// @ts-nocheck
import type { Category, ExpenseStep } from '../../store/schema.ts';
import type { Lang } from '../lang.ts';

const nl = {
  noun: 'uitgave',
  step: {
    aangevraagd: 'aangevraagd, wacht op goedkeuring',
    goedgekeurd: 'goedgekeurd',
    afgewezen: 'afgewezen',
    'bewijs-ingediend': 'bewijs ingediend',
    vergoed: 'vergoed',
    ingetrokken: 'ingetrokken',
  } satisfies Record<ExpenseStep, string>,
  category: {
    bestanden: 'bestanden (delen en archiveren)',
    kosten: 'reis- en onderzoekskosten',
    expertise: 'ingehuurde expertise',
    website: 'website en hosting',
  } satisfies Record<Category, string>,
  total: 'totaal panelbudget',
  title: (id: string, amount: string, description: string) => `💶 Uitgave ${id}: ${amount} — ${description}`,
  labels: {
    amount: 'Bedrag',
    category: 'Categorie',
    who: 'Aangevraagd door',
    what: 'Waarvoor',
    step: 'Stap',
    left: (category: string, year: number) => `Nog over voor ${category} in ${year}`,
    approved: 'Goedgekeurd door',
    rejected: 'Afgewezen door',
    reason: 'Reden',
    receipts: 'Bewijs',
    paid: 'Vergoed door',
  },
  leftOf: (left: string, cap: string) => `${left} van ${cap}`,
  noCap: (totalLeft: string) => `geen eigen plafond; totaal nog ${totalLeft} over`,
  hint: (id: string) =>
    `Programmamanager: ✅ keurt goed, ❌ wijst af. Bewijs (bon, factuur of offerte): /uitgave bewijs ${id} <link of omschrijving>.`,
  whoAt: (name: string, date: string) => `${name}, ${date}`,
  unknownCategory: (typed: string, choices: string, meant: string) =>
    `De categorie '${typed}' ken ik niet.${meant} Kies uit: ${choices}.`,
  categoryHint: {
    bestanden: 'bestanden delen en archiveren',
    kosten: 'reizen en onderzoek',
    expertise: 'ingehuurde experts',
    website: 'website, hosting en onderhoud',
  } satisfies Record<Category, string>,
  categoryChoice: (key: string, hint: string, cap: string) => `${key} (${hint}, ${cap} per jaar)`,
  noCapChoice: (key: string, hint: string) => `${key} (${hint}, zonder eigen plafond)`,
  missingAmount: 'het bedrag',
  missingCategory: 'de categorie',
  missingDescription: 'waarvoor de uitgave is',
  overCategory: (category: string, year: number, left: string, cap: string) =>
    `Dit past niet binnen het plafond voor ${category} in ${year}: er is nog ${left} over (plafond ${cap}). Er is niets vastgelegd.`,
  overTotal: (year: number, left: string, cap: string) =>
    `Dit past niet binnen het totale panelbudget voor ${year}: er is nog ${left} over (budget ${cap}). Er is niets vastgelegd.`,
  approved: (id: string, by: string, announcer: string) =>
    `✅ ${id} is goedgekeurd door ${by}. ${announcer}, je kunt de kosten maken; stuur daarna het bewijs met /uitgave bewijs ${id}.`,
  approvedWithReceipt: (id: string, by: string) =>
    `✅ ${id} is goedgekeurd door ${by}. Het bewijs is er al, dus de uitgave kan worden vergoed.`,
  rejectedWithReason: (id: string, by: string, announcer: string, reason: string) =>
    `❌ ${id} is afgewezen door ${by}. ${announcer}, de reden: ${reason}. Het bedrag telt niet meer mee.`,
  rejectedAskReason: (id: string, by: string, announcer: string) =>
    `❌ ${id} is afgewezen door ${by}. ${announcer}, het bedrag telt niet meer mee. ${by}, wil je zeggen waarom? Typ hier: /uitgave afwijzen ${id} <reden>`,
  reasonAdded: (id: string, announcer: string, reason: string) =>
    `De reden voor de afwijzing van ${id} staat erbij. ${announcer}, de reden: ${reason}.`,
  whatRejectionReason: 'de reden van de afwijzing',
  correctNotAllowed: (id: string) =>
    `${id} kan alleen worden verbeterd door wie de uitgave aanvroeg, of door de voorzitter of secretaris.`,
  erased: (id: string) =>
    `De omschrijving van ${id} is na de bewaartermijn gewist en kan niet meer worden veranderd.`,
  confidentialHere: (id: string) =>
    `${id} is vertrouwelijk en dit kanaal is openbaar. Bekijk het in het panelkanaal.`,
  notRejecter:
    'Alleen de programmamanager, of een gemeentelid dat uitgaven mag goedkeuren, wijst een uitgave af.',
  approvalStaysReceipt: (id: string, by: string) =>
    `${by}, de goedkeuring van ${id} blijft staan: het bewijs is al ingediend. Een ✅ weghalen maakt dat niet ongedaan. Klopt er iets niet? Overleg met de aanvrager en de voorzitter.`,
  approvalStaysPaid: (id: string, by: string) =>
    `${by}, de goedkeuring van ${id} blijft staan: de uitgave is al vergoed. Een ✅ weghalen maakt dat niet ongedaan.`,
  receiptOverCap: (id: string, text: string, asked: string, fitting: string) =>
    `🧾 Het bewijs bij ${id} is bewaard: ${text}. Het bedrag op het bewijs (${asked}) past niet binnen het plafond; er past nog ${fitting}. De uitgave wacht nu op de goedkeurder: die kan ${fitting} goedkeuren met ✅, of de uitgave afwijzen met /uitgave afwijzen ${id} <reden>.`,
  approvalUndone: (id: string, by: string) =>
    `↩️ ${by} heeft de goedkeuring van ${id} weggehaald. De uitgave wacht weer op goedkeuring.`,
  rejectionUndone: (id: string, by: string) =>
    `↩️ ${by} heeft de afwijzing van ${id} weggehaald. De uitgave wacht weer op goedkeuring.`,
  notApprover: (id: string) =>
    `Alleen de programmamanager, of een gemeentelid dat uitgaven mag goedkeuren, kan ${id} goedkeuren of afwijzen. Er is niets veranderd.`,
  selfApproval: (id: string) =>
    `Je kunt je eigen uitgave ${id} niet goedkeuren of afwijzen. Dat doet de programmamanager of een andere goedkeurder. Er is niets veranderd.`,
  alreadyApproved: (id: string, by: string) => `${id} is al goedgekeurd door ${by}.`,
  alreadyRejected: (id: string, by: string) => `${id} is al afgewezen door ${by}.`,
  removeApprovalFirst: (id: string) =>
    `${id} is al goedgekeurd. Wil je hem toch afwijzen? Laat de goedkeurder dan eerst de ✅ weghalen.`,
  notNow: (id: string, step: string) => `Dat kan nu niet: ${id} staat op '${step}'.`,
  receipt: (id: string, text: string) => `🧾 Bewijs bij ${id}: ${text}`,
  amountLower: (id: string, amount: string) => `Het bedrag van ${id} is aangepast naar ${amount}.`,
  amountHigher: (id: string, amount: string) =>
    `Het bedrag van ${id} is hoger geworden: ${amount}. Daarom moet de uitgave opnieuw worden goedgekeurd (✅).`,
  receiptNotAllowed: (id: string) =>
    `Bewijs bij ${id} kan alleen worden ingediend door wie de uitgave aanvroeg, of door de voorzitter of secretaris.`,
  whatReceipt: 'een link naar of omschrijving van de bon, factuur of offerte',
  paid: (id: string, amount: string, by: string) => `💸 ${id} is vergoed: ${amount} (door ${by}).`,
  needsApproval: (id: string) =>
    `${id} is nog niet goedgekeurd. Eerst ✅ van de programmamanager, dan bewijs, dan vergoeden.`,
  needsReceipt: (id: string) =>
    `Bij ${id} is nog geen bewijs ingediend. Vraag om de bon, factuur of offerte: /uitgave bewijs ${id} <link>.`,
  notPayer:
    'Alleen de programmamanager, of een gemeentelid dat uitgaven mag goedkeuren, zet een uitgave op vergoed.',
  withdrawn: (id: string) => `${id} is ingetrokken. Het bedrag telt niet meer mee.`,
  onlyAnnouncer: (id: string, name: string) =>
    `Alleen ${name}, die ${id} aanvroeg, kan de uitgave intrekken.`,
  listTitle: (year: number, count: number) => `Uitgaven ${year}: ${count}`,
  listEmpty: (year: number) => `Er zijn nog geen uitgaven in ${year}.`,
  listLine: (id: string, amount: string, category: string, description: string, step: string, who: string) =>
    `${id} ${amount} ${category} — ${description} — ${step} (${who})`,
  badYear: (typed: string, year: number) => `'${typed}' is geen jaar. Schrijf een jaar als ${year}.`,
  budgetTitle: (year: number) => `Budget ${year}`,
  budgetLine: (paid: string, approved: string, announced: string) =>
    `vergoed ${paid} · goedgekeurd ${approved} · aangevraagd ${announced}`,
  budgetLeft: (left: string, cap: string) => `over ${left} van ${cap}`,
  budgetNoCap: 'geen eigen plafond, telt mee in het totaal',
  warn80: (label: string, percent: number) => `⚠️ Let op: ${label} zit op ${percent}% van het plafond.`,
  warn100: (label: string) => `⛔ ${label}: het plafond is bereikt.`,
  whoApprover: 'de programmamanager of een gemeentelid dat uitgaven mag goedkeuren',
  whoAnnouncer: 'wie de uitgave aanvroeg',
  whoAnnouncerOrChair: 'wie de uitgave aanvroeg, de voorzitter of de secretaris',
};

export type ExpenseMessages = typeof nl;

const en: ExpenseMessages = {
  noun: 'expense',
  step: {
    aangevraagd: 'announced, awaiting approval',
    goedgekeurd: 'approved',
    afgewezen: 'rejected',
    'bewijs-ingediend': 'receipt submitted',
    vergoed: 'paid',
    ingetrokken: 'withdrawn',
  },
  category: {
    bestanden: 'files (sharing and archive)',
    kosten: 'travel and research costs',
    expertise: 'hired expertise',
    website: 'website and hosting',
  },
  total: 'total panel budget',
  title: (id, amount, description) => `💶 Expense ${id}: ${amount} — ${description}`,
  labels: {
    amount: 'Amount',
    category: 'Category',
    who: 'Announced by',
    what: 'For',
    step: 'Step',
    left: (category, year) => `Left for ${category} in ${year}`,
    approved: 'Approved by',
    rejected: 'Rejected by',
    reason: 'Reason',
    receipts: 'Receipt',
    paid: 'Paid by',
  },
  leftOf: (left, cap) => `${left} of ${cap}`,
  noCap: (totalLeft) => `no cap of its own; ${totalLeft} left in total`,
  hint: (id) =>
    `Programme manager: ✅ approves, ❌ rejects. Receipt (receipt, invoice or quote): /expense receipt ${id} <link or description>.`,
  whoAt: (name, date) => `${name}, ${date}`,
  unknownCategory: (typed, choices, meant) =>
    `I don't know the category '${typed}'.${meant} Choose from: ${choices}.`,
  categoryHint: {
    bestanden: 'sharing and archiving files',
    kosten: 'travel and research',
    expertise: 'hired experts',
    website: 'website, hosting and maintenance',
  },
  categoryChoice: (key, hint, cap) => `${key} (${hint}, ${cap} a year)`,
  noCapChoice: (key, hint) => `${key} (${hint}, no cap of its own)`,
  missingAmount: 'the amount',
  missingCategory: 'the category',
  missingDescription: 'what the expense is for',
  overCategory: (category, year, left, cap) =>
    `This does not fit the cap for ${category} in ${year}: ${left} is left (cap ${cap}). Nothing was recorded.`,
  overTotal: (year, left, cap) =>
    `This does not fit the total panel budget for ${year}: ${left} is left (budget ${cap}). Nothing was recorded.`,
  approved: (id, by, announcer) =>
    `✅ ${id} was approved by ${by}. ${announcer}, you can go ahead; then send the receipt with /expense receipt ${id}.`,
  approvedWithReceipt: (id, by) =>
    `✅ ${id} was approved by ${by}. The receipt is already there, so it can be paid.`,
  rejectedWithReason: (id, by, announcer, reason) =>
    `❌ ${id} was rejected by ${by}. ${announcer}, the reason: ${reason}. The amount no longer counts.`,
  rejectedAskReason: (id, by, announcer) =>
    `❌ ${id} was rejected by ${by}. ${announcer}, the amount no longer counts. ${by}, would you say why? Type here: /expense reject ${id} <reason>`,
  reasonAdded: (id, announcer, reason) =>
    `The reason for rejecting ${id} is recorded. ${announcer}, the reason: ${reason}.`,
  whatRejectionReason: 'the reason for the rejection',
  correctNotAllowed: (id: string) => `Only who announced ${id}, or the chair or secretary, can correct it.`,
  erased: (id: string) =>
    `The description of ${id} was erased after the retention period and can no longer change.`,
  confidentialHere: (id: string) =>
    `${id} is confidential and this channel is public. View it in the panel channel.`,
  notRejecter:
    'Only the programme manager, or a municipal member who may approve expenses, rejects an expense.',
  approvalStaysReceipt: (id, by) =>
    `${by}, the approval of ${id} stays: the receipt was already sent. Removing a ✅ does not undo that. Something wrong? Talk to the requester and the chair.`,
  approvalStaysPaid: (id, by) =>
    `${by}, the approval of ${id} stays: the expense was already paid. Removing a ✅ does not undo that.`,
  receiptOverCap: (id, text, asked, fitting) =>
    `🧾 The receipt for ${id} is kept: ${text}. Its amount (${asked}) does not fit the cap; ${fitting} still fits. The expense now waits for the approver, who can approve ${fitting} with ✅, or reject it with /expense reject ${id} <reason>.`,
  approvalUndone: (id, by) => `↩️ ${by} removed the approval of ${id}. The expense awaits approval again.`,
  rejectionUndone: (id, by) => `↩️ ${by} removed the rejection of ${id}. The expense awaits approval again.`,
  notApprover: (id) =>
    `Only the programme manager, or a municipal member who may approve expenses, can approve or reject ${id}. Nothing was changed.`,
  selfApproval: (id) =>
    `You cannot approve or reject your own expense ${id}. The programme manager or another approver does that. Nothing was changed.`,
  alreadyApproved: (id, by) => `${id} was already approved by ${by}.`,
  alreadyRejected: (id, by) => `${id} was already rejected by ${by}.`,
  removeApprovalFirst: (id) => `${id} is already approved. To reject it, the approver first removes the ✅.`,
  notNow: (id, step) => `That is not possible now: ${id} is '${step}'.`,
  receipt: (id, text) => `🧾 Receipt for ${id}: ${text}`,
  amountLower: (id, amount) => `The amount of ${id} is now ${amount}.`,
  amountHigher: (id, amount) =>
    `The amount of ${id} went up to ${amount}, so the expense needs approval (✅) again.`,
  receiptNotAllowed: (id) => `Only who announced ${id}, or the chair or secretary, can submit its receipt.`,
  whatReceipt: 'a link to or description of the receipt, invoice or quote',
  paid: (id, amount, by) => `💸 ${id} is paid: ${amount} (by ${by}).`,
  needsApproval: (id) =>
    `${id} is not approved yet. First ✅ from the programme manager, then a receipt, then payment.`,
  needsReceipt: (id) => `No receipt has been submitted for ${id}. Ask for it: /expense receipt ${id} <link>.`,
  notPayer:
    'Only the programme manager, or a municipal member who may approve expenses, marks an expense as paid.',
  withdrawn: (id) => `${id} is withdrawn. The amount no longer counts.`,
  onlyAnnouncer: (id, name) => `Only ${name}, who announced ${id}, can withdraw it.`,
  listTitle: (year, count) => `Expenses ${year}: ${count}`,
  listEmpty: (year) => `There are no expenses in ${year} yet.`,
  listLine: (id, amount, category, description, step, who) =>
    `${id} ${amount} ${category} — ${description} — ${step} (${who})`,
  badYear: (typed, year) => `'${typed}' is not a year. Write a year like ${year}.`,
  budgetTitle: (year) => `Budget ${year}`,
  budgetLine: (paid, approved, announced) => `paid ${paid} · approved ${approved} · announced ${announced}`,
  budgetLeft: (left, cap) => `${left} left of ${cap}`,
  budgetNoCap: 'no cap of its own, counts in the total',
  warn80: (label, percent) => `⚠️ Note: ${label} is at ${percent}% of its cap.`,
  warn100: (label) => `⛔ ${label}: the cap is reached.`,
  whoApprover: 'the programme manager or a municipal member who may approve expenses',
  whoAnnouncer: 'who announced the expense',
  whoAnnouncerOrChair: 'who announced the expense, the chair or the secretary',
};

export const expenseMessages: Record<Lang, ExpenseMessages> = { nl, en };
