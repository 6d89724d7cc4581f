// @ts-nocheck
import type { AdviceStep, AnswerDecision } from '../../store/schema.ts';
import type { Lang } from '../lang.ts';

const nl = {
  noun: 'adviesverzoek',
  nouns: 'adviesverzoeken',
  step: {
    ontvangen: 'ontvangen',
    'in-overweging': 'in overweging',
    'in-gesprek': 'in gesprek',
    'advies-uitgebracht': 'advies uitgebracht',
    'geen-advies': 'geen advies',
    'reactie-ontvangen': 'reactie ontvangen',
    afgerond: 'afgerond',
  } satisfies Record<AdviceStep, string>,
  decision: { opgevolgd: 'opgevolgd', deels: 'deels opgevolgd', niet: 'niet opgevolgd' } satisfies Record<
    AnswerDecision,
    string
  >,
  announcementTitle: (id: string, title: string) => `📨 Adviesverzoek ${id}: ${title}`,
  labels: {
    step: 'Stap',
    themes: 'Thema',
    development: 'Ontwikkeling',
    openness: 'Openbaarheid',
    opened: 'Geopend',
    answerDue: 'Reactie gemeente',
    answerInList: 'reactie',
    advice: 'Advies',
    declined: 'Geen advies',
    answer: 'Reactie gemeente',
    how: 'Hoe',
    deadline: 'Termijn',
    reason: 'Reden',
    note: 'Toelichting',
    timeline: 'Tijdlijn',
    decisions: 'Besluiten',
  },
  openedBy: (name: string, date: string) => `${name}, ${date}`,
  threadHint: (id: string) => `Praat verder in deze draad. Commando's die je hier typt gaan over ${id}.`,
  opened: (id: string) => `Adviesverzoek ${id} staat erin. De draad hieronder is voor het gesprek erover.`,
  moved: (id: string, step: string) => `${id} staat nu op '${step}'.`,
  issued: (id: string, due: string, days: number) =>
    `Advies voor ${id} is uitgebracht. De gemeente reageert uiterlijk ${due} (binnen ${days} dagen).`,
  declinedDone: (id: string) => `${id} staat op 'geen advies'. Rond het af met /advies afronden ${id}.`,
  answered: (id: string, decision: string, late: number, deadline?: string) =>
    `De reactie van de gemeente op ${id} staat erin: ${decision}${deadline ? `, uiterlijk ${deadline}` : ''}.${late > 0 ? ` De reactie kwam ${late} ${late === 1 ? 'dag' : 'dagen'} te laat.` : ' Op tijd.'}`,
  closed: (id: string) => `${id} is afgerond.`,
  lateLabel: (days: number) => `${days} ${days === 1 ? 'dag' : 'dagen'} te laat`,
  onTime: 'op tijd',
  dueIn: (date: string, days: number) =>
    days < 0
      ? `${-days} ${days === -1 ? 'dag' : 'dagen'} te laat (uiterlijk ${date})`
      : `uiterlijk ${date} (nog ${days} ${days === 1 ? 'dag' : 'dagen'})`,
  age: (days: number) => `${days} ${days === 1 ? 'dag' : 'dagen'} oud`,
  listTitle: (filter: string, count: number) => `Adviesverzoeken (${filter}): ${count}`,
  filterOpen: 'open',
  filterAll: 'alle',
  listEmpty: 'Er zijn geen adviesverzoeken die hierbij passen.',
  missing: {
    decision: 'of het advies wordt opgevolgd (opgevolgd, deels of niet)',
    how: 'hoe het wordt opgevolgd (hoe:"…")',
    reason: 'waarom het advies niet wordt opgevolgd (reden:"…")',
  },
  missingDeadline: (example: string) => `op welke termijn (termijn:${example})`,
  answerIncomplete: (id: string, missing: string) =>
    `De reactie op ${id} is nog niet compleet. Er mist: ${missing}. Volgens de afspraken (5a) zegt de gemeente of het advies wordt opgevolgd, en zo ja hoe en op welke termijn. De reactie is niet opgeslagen; stuur hem opnieuw, compleet.`,
  cannotMove: (id: string, current: string, wanted: string, first: string) =>
    `${id} staat op '${current}', dus '${wanted}' kan nu niet.${first}`,
  firstDo: (steps: string) => ` Zet het eerst op: ${steps}.`,
  alreadyClosed: (id: string) => `${id} is al afgerond. Er kan niets meer aan veranderen.`,
  notManualStep: (typed: string, meant: string) =>
    `'${typed}' kun je niet met /advies stap zetten.${meant} Kies in-overweging of in-gesprek. Advies uitbrengen gaat met /advies uitbrengen, geen advies met /advies geen, de reactie met /advies reactie.`,
  unknownFilter: (typed: string, choices: string, meant: string) =>
    `'${typed}' kan ik niet gebruiken om te filteren.${meant} Kies uit: ${choices}.`,
  unknownDecision: (typed: string, meant: string, choices: readonly string[]) =>
    `'${typed}' ken ik niet als reactie.${meant} Kies ${choices.join(', ')}. Er is niets opgeslagen; stuur de reactie opnieuw.`,
  confidentialHere: (id: string) =>
    `${id} is vertrouwelijk en dit kanaal is openbaar. Bekijk het in het panelkanaal.`,
  reminderSoon: (id: string, due: string, days: number) =>
    `⏰ Herinnering: de gemeente reageert uiterlijk ${due} op het advies bij ${id} (nog ${days} ${days === 1 ? 'dag' : 'dagen'}). De reactie zegt of, hoe en wanneer het advies wordt opgevolgd: /advies reactie ${id} <opgevolgd|deels|niet> hoe:"…" termijn:<datum>`,
  reminderOverdue: (id: string, due: string) =>
    `⏰ De reactie van de gemeente op het advies bij ${id} is te laat: die had er uiterlijk ${due} moeten zijn. Tot hij er is, staat hij in elk weekoverzicht.`,
  whatTitle: 'de titel van het verzoek',
  whatStep: 'de stap (in-overweging of in-gesprek)',
  deadlinePast: (date: string) =>
    `De termijn ${date} ligt in het verleden. Is het advies al uitgevoerd? Geef dan de datum van vandaag; kijk anders het jaartal na.`,
  alreadyAt: (id: string, step: string) => `${id} staat al op '${step}'.`,
  whatSummary: 'de samenvatting van het advies of een link ernaar',
  whatReason: 'de reden',
  timelineEntry: (date: string, step: string, who: string, note: string | undefined) =>
    `${date} ${step} — ${who}${note ? `: ${note}` : ''}`,
  adviceLine: (summary: string, who: string, date: string) => `${summary} (${who}, ${date})`,
};

export type AdviceMessages = typeof nl;

const en: AdviceMessages = {
  noun: 'advice request',
  nouns: 'advice requests',
  step: {
    ontvangen: 'received',
    'in-overweging': 'under consideration',
    'in-gesprek': 'in conversation',
    'advies-uitgebracht': 'advice issued',
    'geen-advies': 'no advice',
    'reactie-ontvangen': 'answer received',
    afgerond: 'closed',
  },
  decision: { opgevolgd: 'followed', deels: 'partly followed', niet: 'not followed' },
  announcementTitle: (id, title) => `📨 Advice request ${id}: ${title}`,
  labels: {
    step: 'Step',
    themes: 'Theme',
    development: 'Development',
    openness: 'Openness',
    opened: 'Opened',
    answerDue: 'Municipal answer',
    answerInList: 'answer',
    advice: 'Advice',
    declined: 'No advice',
    answer: 'Municipal answer',
    how: 'How',
    deadline: 'By',
    reason: 'Reason',
    note: 'Note',
    timeline: 'Timeline',
    decisions: 'Decisions',
  },
  openedBy: (name, date) => `${name}, ${date}`,
  threadHint: (id) => `Continue in this thread. Commands you type here are about ${id}.`,
  opened: (id) => `Advice request ${id} is recorded. The thread below is for the conversation about it.`,
  moved: (id, step) => `${id} is now '${step}'.`,
  issued: (id, due, days) =>
    `Advice on ${id} is issued. The municipality answers by ${due} (within ${days} days).`,
  declinedDone: (id) => `${id} is set to 'no advice'. Close it with /advice close ${id}.`,
  answered: (id, decision, late, deadline) =>
    `The municipality's answer on ${id} is recorded: ${decision}${deadline ? `, by ${deadline}` : ''}.${late > 0 ? ` It came ${late} ${late === 1 ? 'day' : 'days'} late.` : ' On time.'}`,
  closed: (id) => `${id} is closed.`,
  lateLabel: (days) => `${days} ${days === 1 ? 'day' : 'days'} late`,
  onTime: 'on time',
  dueIn: (date, days) =>
    days < 0
      ? `${-days} ${days === -1 ? 'day' : 'days'} late (due ${date})`
      : `due ${date} (${days} ${days === 1 ? 'day' : 'days'} left)`,
  age: (days) => `${days} ${days === 1 ? 'day' : 'days'} old`,
  listTitle: (filter, count) => `Advice requests (${filter}): ${count}`,
  filterOpen: 'open',
  filterAll: 'all',
  listEmpty: 'There are no advice requests that match.',
  missing: {
    decision: 'whether the advice is followed (followed, partly or not)',
    how: 'how it is followed (how:"…")',
    reason: 'why the advice is not followed (reason:"…")',
  },
  missingDeadline: (example) => `by when (deadline:${example})`,
  answerIncomplete: (id, missing) =>
    `The answer on ${id} is not complete yet. Missing: ${missing}. Under the agreement (5a) the municipality says whether the advice is followed, and if so how and by when. The answer was not saved; send it again, complete.`,
  cannotMove: (id, current, wanted, first) =>
    `${id} is at '${current}', so '${wanted}' is not possible now.${first}`,
  firstDo: (steps) => ` First set it to: ${steps}.`,
  alreadyClosed: (id) => `${id} is already closed. Nothing can change any more.`,
  notManualStep: (typed, meant) =>
    `'${typed}' cannot be set with /advice step.${meant} Choose considering or in-talks. Issue advice with /advice issue, no advice with /advice none, the answer with /advice answer.`,
  unknownFilter: (typed, choices, meant) => `I can't filter on '${typed}'.${meant} Choose from: ${choices}.`,
  unknownDecision: (typed, meant, choices) =>
    `I don't know '${typed}' as an answer.${meant} Choose ${choices.join(', ')}. Nothing was saved; send the answer again.`,
  confidentialHere: (id) => `${id} is confidential and this channel is public. View it in the panel channel.`,
  reminderSoon: (id, due, days) =>
    `⏰ Reminder: the municipality answers the advice on ${id} by ${due} (${days} ${days === 1 ? 'day' : 'days'} left). The answer says whether, how and when it is followed: /advice answer ${id} <followed|partly|not> how:"…" deadline:<date>`,
  reminderOverdue: (id, due) =>
    `⏰ The municipality's answer on the advice on ${id} is late: it was due ${due}. Until it arrives, it is in every weekly digest.`,
  whatTitle: 'the title of the request',
  whatStep: 'the step (considering or in-talks)',
  deadlinePast: (date) =>
    `The deadline ${date} has passed. Already done? Then give today's date; otherwise check the year.`,
  alreadyAt: (id, step) => `${id} is already '${step}'.`,
  whatSummary: 'the summary of the advice or a link to it',
  whatReason: 'the reason',
  timelineEntry: (date, step, who, note) => `${date} ${step} — ${who}${note ? `: ${note}` : ''}`,
  adviceLine: (summary, who, date) => `${summary} (${who}, ${date})`,
};

export const adviceMessages: Record<Lang, AdviceMessages> = { nl, en };
