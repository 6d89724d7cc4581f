import type { Lang } from '../../src/i18n/lang.ts';

const days = (value: number | undefined, none: string, unit: string) =>
  value === undefined ? none : `${String(value).replace('.', unit === 'dagen' ? ',' : '.')} ${unit}`;

const nl = {
  title: (year: number) => `📈 Jaarverslag ${year} (afspraak 8a)`,
  markdownTitle: (year: number) => `Jaarverslag Stadspanel ${year}`,
  fileName: (year: number) => `jaarverslag-${year}.md`,
  fileComment: (year: number) =>
    `📎 Het jaarverslag ${year} als Markdown-bestand, om bij de evaluatie te voegen (afspraak 8a).`,
  requests: (received: number, issued: number, declined: number, open: number) =>
    `Adviesverzoeken: ${received} ontvangen. ${issued} ${issued === 1 ? 'advies' : 'adviezen'} uitgebracht, ${declined} keer geen advies, ${open} nog open.`,
  toAdvice: (value: number | undefined) =>
    `Van verzoek tot advies: mediaan ${days(value, 'nog niet te zeggen', 'dagen')}.`,
  answers: (total: number, median: number | undefined) =>
    `Reacties van de gemeente: ${total} ontvangen, mediaan ${days(median, 'nog niet te zeggen', 'dagen')} na het advies.`,
  onTime: (count: number, total: number, share: string) => `Op tijd: ${count} van ${total} (${share}).`,
  complete: (count: number, total: number, share: string) =>
    `Meteen compleet (of, hoe en wanneer): ${count} van ${total} (${share}).`,
  outcome: (followed: number, partly: number, not: number) =>
    `Opgevolgd: ${followed}, deels: ${partly}, niet: ${not}.`,
  spendingTitle: 'Uitgaven tegen de plafonds:',
  spendingLine: (
    label: string,
    spent: string,
    reserved: string,
    cap: string | undefined,
    share: string | undefined,
  ) =>
    cap === undefined
      ? `${label}: besteed ${spent}, gereserveerd ${reserved} (geen eigen plafond)`
      : `${label}: besteed ${spent}, gereserveerd ${reserved}, van ${cap} (${share})`,
  notYet: 'nog niet',
  meetings: (held: number, withPit: number, quarters: string) =>
    `Overleggen: ${held} gehouden. Kwartalen met een overleg met gemeente en PIT: ${withPit} van 4 (${quarters}).`,
  notes: (count: number) => `Gespreksnotities onderschreven door panel en gemeente: ${count}.`,
  developments: (count: number, phases: string) => `Digitale ontwikkelingen gemeld: ${count} (${phases}).`,
  none: '—',
  table: {
    figure: 'Onderdeel',
    value: 'Aantal',
    received: 'Adviesverzoeken ontvangen',
    issued: 'Adviezen uitgebracht',
    declined: 'Geen advies',
    open: 'Nog open',
    toAdvice: 'Mediaan dagen tot advies',
    toAnswer: 'Mediaan dagen tot reactie',
    answers: 'Reacties ontvangen',
    onTime: 'Reacties op tijd',
    complete: 'Reacties meteen compleet',
    followed: 'Opgevolgd / deels / niet',
    category: 'Categorie',
    spent: 'Besteed',
    reserved: 'Gereserveerd',
    cap: 'Plafond',
    meetings: 'Overleggen gehouden',
    quarters: 'Kwartalen met gemeente en PIT',
    notes: 'Notities onderschreven',
    developments: 'Ontwikkelingen gemeld',
    sectionRequests: 'Adviesverzoeken en reacties',
    sectionMoney: 'Uitgaven',
    sectionOther: 'Overleg, notities en ontwikkelingen',
  },
  badWord: (typed: string) => `'${typed}' begrijp ik hier niet. Schrijf: /jaarverslag [jaar] [markdown].`,
};

export type ReportMessages = typeof nl;

const en: ReportMessages = {
  title: (year) => `📈 Yearly report ${year} (agreement 8a)`,
  markdownTitle: (year) => `Yearly report of the panel ${year}`,
  fileName: (year) => `annual-report-${year}.md`,
  fileComment: (year) =>
    `📎 The yearly report ${year} as a Markdown file, to add to the evaluation (agreement 8a).`,
  requests: (received, issued, declined, open) =>
    `Advice requests: ${received} received. ${issued} advice issued, ${declined} declined, ${open} still open.`,
  toAdvice: (value) => `From request to advice: median ${days(value, 'not known yet', 'days')}.`,
  answers: (total, median) =>
    `Municipal answers: ${total} received, median ${days(median, 'not known yet', 'days')} after the advice.`,
  onTime: (count, total, share) => `On time: ${count} of ${total} (${share}).`,
  complete: (count, total, share) =>
    `Complete at once (whether, how and when): ${count} of ${total} (${share}).`,
  outcome: (followed, partly, not) => `Followed: ${followed}, partly: ${partly}, not: ${not}.`,
  spendingTitle: 'Spending against the caps:',
  spendingLine: (label, spent, reserved, cap, share) =>
    cap === undefined
      ? `${label}: spent ${spent}, reserved ${reserved} (no cap of its own)`
      : `${label}: spent ${spent}, reserved ${reserved}, of ${cap} (${share})`,
  notYet: 'not yet',
  meetings: (held, withPit, quarters) =>
    `Meetings: ${held} held. Quarters with a meeting with municipality and PIT: ${withPit} of 4 (${quarters}).`,
  notes: (count) => `Conversation notes endorsed by panel and municipality: ${count}.`,
  developments: (count, phases) => `Digital developments reported: ${count} (${phases}).`,
  none: '—',
  table: {
    figure: 'Figure',
    value: 'Count',
    received: 'Advice requests received',
    issued: 'Advice issued',
    declined: 'No advice',
    open: 'Still open',
    toAdvice: 'Median days to advice',
    toAnswer: 'Median days to answer',
    answers: 'Answers received',
    onTime: 'Answers on time',
    complete: 'Answers complete at once',
    followed: 'Followed / partly / not',
    category: 'Category',
    spent: 'Spent',
    reserved: 'Reserved',
    cap: 'Cap',
    meetings: 'Meetings held',
    quarters: 'Quarters with municipality and PIT',
    notes: 'Notes endorsed',
    developments: 'Developments reported',
    sectionRequests: 'Advice requests and answers',
    sectionMoney: 'Spending',
    sectionOther: 'Meetings, notes and developments',
  },
  badWord: (typed) => `I don't understand '${typed}' here. Write: /report [year] [markdown].`,
};

export const reportMessages: Record<Lang, ReportMessages> = { nl, en };
