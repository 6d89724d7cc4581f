// @ts-nocheck
import { type Lang, plural } from '../../src/i18n/lang.ts';

const nl = {
  title: (date: string) => `📊 Weekoverzicht ${date}`,
  headline: {
    overdue: (n: number) =>
      plural(n, 'antwoord van de gemeente te laat', 'antwoorden van de gemeente te laat'),
    dueSoon: (n: number) =>
      plural(n, 'antwoord van de gemeente binnen 14 dagen', 'antwoorden van de gemeente binnen 14 dagen'),
    awaitingApproval: (n: number) =>
      plural(n, 'uitgave wacht op goedkeuring', 'uitgaven wachten op goedkeuring'),
    quarter: 'nog geen kwartaaloverleg met gemeente en PIT',
    notes: (n: number) =>
      plural(n, 'notitie wacht op een handtekening', 'notities wachten op een handtekening'),
    quiet: (n: number) => plural(n, 'ontwikkeling zonder gesprek', 'ontwikkelingen zonder gesprek'),
    open: (n: number) => plural(n, 'open adviesverzoek', 'open adviesverzoeken'),
    allClear: 'Alles bij: er wacht niets.',
  },
  sections: {
    answers: '⏰ Antwoorden van de gemeente',
    open: '📨 Open adviesverzoeken',
    expenses: '💶 Uitgaven die wachten op goedkeuring',
    budget: (year: number) => `💰 Budget ${year}`,
    meetings: '🗓️ Overleggen',
    quiet: '🛰️ Ontwikkelingen zonder verzoek, notitie of overleg (4 weken of langer)',
    notes: '📝 Notities die wachten op een handtekening',
  },
  overdue: (days: number, due: string) => `${plural(days, 'dag', 'dagen')} te laat (uiterlijk ${due})`,
  dueSoon: (days: number, due: string) =>
    days === 0 ? `vandaag (uiterlijk ${due})` : `uiterlijk ${due} (nog ${plural(days, 'dag', 'dagen')})`,
  age: (days: number) => plural(days, 'dag', 'dagen'),
  budgetLine: (label: string, bar: string, spent: string, reserved: string, left: string) =>
    `${label} ${bar} — besteed ${spent} · gereserveerd ${reserved} · over ${left}`,
  budgetNoCap: (label: string, spent: string, reserved: string) =>
    `${label} — besteed ${spent} · gereserveerd ${reserved} (geen eigen plafond)`,
  next: (text: string) => `Volgende: ${text}`,
  nextConfidential: 'Volgende: een vertrouwelijk overleg',
  noNext: 'Er is geen volgend overleg gepland.',
  reported: (date: string) => `gemeld ${date}`,
  awaitingSides: (sides: string) => `wacht op: ${sides}`,
  hidden: {
    request: (n: number) => (n === 1 ? '1 vertrouwelijk verzoek' : `${n} vertrouwelijke verzoeken`),
    development: (n: number) =>
      n === 1 ? '1 vertrouwelijke ontwikkeling' : `${n} vertrouwelijke ontwikkelingen`,
    note: (n: number) => (n === 1 ? '1 vertrouwelijke notitie' : `${n} vertrouwelijke notities`),
  },
};

export type DigestMessages = typeof nl;

const en: DigestMessages = {
  title: (date) => `📊 Weekly digest ${date}`,
  headline: {
    overdue: (n) => plural(n, 'municipal answer late', 'municipal answers late'),
    dueSoon: (n) => plural(n, 'municipal answer due within 14 days', 'municipal answers due within 14 days'),
    awaitingApproval: (n) => plural(n, 'expense awaits approval', 'expenses await approval'),
    quarter: 'no quarterly meeting with municipality and PIT yet',
    notes: (n) => plural(n, 'note awaits a signature', 'notes await a signature'),
    quiet: (n) => plural(n, 'development without a conversation', 'developments without a conversation'),
    open: (n) => plural(n, 'open advice request', 'open advice requests'),
    allClear: 'All clear: nothing is waiting.',
  },
  sections: {
    answers: '⏰ Municipal answers',
    open: '📨 Open advice requests',
    expenses: '💶 Expenses awaiting approval',
    budget: (year) => `💰 Budget ${year}`,
    meetings: '🗓️ Meetings',
    quiet: '🛰️ Developments without a request, note or meeting (4 weeks or more)',
    notes: '📝 Notes awaiting a signature',
  },
  overdue: (days, due) => `${plural(days, 'day', 'days')} late (due ${due})`,
  dueSoon: (days, due) =>
    days === 0 ? `today (due ${due})` : `due ${due} (${plural(days, 'day', 'days')} left)`,
  age: (days) => plural(days, 'day', 'days'),
  budgetLine: (label, bar, spent, reserved, left) =>
    `${label} ${bar} — spent ${spent} · reserved ${reserved} · left ${left}`,
  budgetNoCap: (label, spent, reserved) =>
    `${label} — spent ${spent} · reserved ${reserved} (no cap of its own)`,
  next: (text) => `Next: ${text}`,
  nextConfidential: 'Next: a confidential meeting',
  noNext: 'No next meeting is planned.',
  reported: (date) => `reported ${date}`,
  awaitingSides: (sides) => `awaiting: ${sides}`,
  hidden: {
    request: (n) => (n === 1 ? '1 confidential request' : `${n} confidential requests`),
    development: (n) => (n === 1 ? '1 confidential development' : `${n} confidential developments`),
    note: (n) => (n === 1 ? '1 confidential note' : `${n} confidential notes`),
  },
};

export const digestMessages: Record<Lang, DigestMessages> = { nl, en };
