import type { Lang } from '../../src/i18n/lang.ts';

const nl = {
  title: (id: string, question: string) => `📊 Peiling ${id}: ${question}`,
  howToVote: (numbers: string) =>
    `Stem met een reactie (${numbers}) of met het nummer als antwoord in deze draad. Je kunt je stem veranderen tot de peiling sluit.`,
  howToVoteSecret: (id: string) =>
    `Geheime peiling: de bot bewaart alleen de aantallen, niet wie wat koos. Een reactie of antwoord hier ziet iedereen, dus stem met /peiling stem ${id} <nummer>: in Slack ziet niemand anders dat commando, in Matrix en de terminal typ je het in een gesprek met alleen de bot. Een geheime stem kun je niet meer veranderen.`,
  until: (date: string) => `Open tot en met ${date}.`,
  closedOn: (date: string) => `Gesloten op ${date}.`,
  votes: (count: number) => (count === 1 ? '1 stem' : `${count} stemmen`),
  voters: (count: number) =>
    count === 0
      ? 'Nog niemand heeft gestemd.'
      : count === 1
        ? 'Er heeft 1 lid gestemd.'
        : `Er hebben ${count} leden gestemd.`,
  result: (id: string, question: string) => `📊 Uitslag van ${id}: ${question}`,
  winner: (option: string, votes: string) => `De meeste stemmen: ${option} (${votes}).`,
  tie: (options: string, votes: string) => `Gelijk: ${options} (elk ${votes}).`,
  noVotes: 'Er is niet gestemd.',
  counted: (number: number, option: string) => `Je stem is geteld: ${number}. ${option}.`,
  changed: (number: number, option: string) => `Je stem is veranderd: nu ${number}. ${option}.`,
  same: (number: number) => `Je had al ${number} gekozen; er is niets veranderd.`,
  secretCounted: (id: string) =>
    `Je geheime stem bij ${id} is geteld. Niemand kan zien wat je koos, ook de bot niet.`,
  alreadyVoted: (id: string) =>
    `Je hebt al gestemd bij ${id}. Bij een geheime peiling kun je je stem niet veranderen: de bot weet niet welke stem van jou was.`,
  notInSecret: (id: string) =>
    `${id} is een geheime peiling: een reactie of antwoord in de draad ziet iedereen, dus die telt de bot niet. Stem met /peiling stem ${id} <nummer>, in Slack als commando of in een gesprek met alleen de bot.`,
  noSuchOption: (number: number, count: number) =>
    `Optie ${number} bestaat niet. Kies een nummer van 1 tot en met ${count}.`,
  isClosed: (id: string) =>
    `${id} is al gesloten. Je kunt niet meer stemmen; /peiling toon ${id} laat de uitslag zien.`,
  alreadyClosed: (id: string) => `${id} was al gesloten.`,
  closedBy: (id: string, name: string) => `${id} is gesloten door ${name}.`,
  closedByDate: (id: string) => `${id} is gesloten: de einddatum is voorbij.`,
  onlyOpenerCloses: (id: string, name: string) =>
    `Alleen ${name}, die ${id} begon, of de voorzitter of secretaris kan de peiling sluiten.`,
  noQuestion:
    'Zet de vraag tussen aanhalingstekens of laat hem eindigen op een vraagteken, en zet de opties erachter met | ertussen. Bijvoorbeeld: /peiling "Wanneer het volgende overleg?" di 14 jan | do 16 jan',
  tooFew:
    'Een peiling heeft minstens 2 opties, met | ertussen. Bijvoorbeeld: /peiling "Welke dag?" dinsdag | donderdag',
  tooMany: 'Een peiling heeft hoogstens 10 opties. Laat er een paar weg.',
  emptyOption:
    'Een van de opties is leeg: staan er twee | vlak na elkaar? Schrijf tussen elke twee | een optie.',
  untilPast: (date: string) => `De einddatum ${date} is al voorbij. Kies vandaag of een dag later.`,
  whichNumber: (count: number) =>
    `Welk nummer kies je? Schrijf bijvoorbeeld /peiling stem PEI-1 2 (1 tot en met ${count}).`,
  listTitle: 'Open peilingen',
  none: 'Er zijn geen open peilingen.',
  listLine: (id: string, question: string, votes: string, until: string | undefined) =>
    `${id} ${question} — ${votes}${until ? `, open tot en met ${until}` : ''}`,
  digestTitle: '📊 Open peilingen',
} as const;

export type PollMessages = {
  readonly [K in keyof typeof nl]: (typeof nl)[K] extends string ? string : (typeof nl)[K];
};

const en: PollMessages = {
  title: (id, question) => `📊 Poll ${id}: ${question}`,
  howToVote: (numbers) =>
    `Vote with a reaction (${numbers}) or with the number as a reply in this thread. You can change your vote until the poll closes.`,
  howToVoteSecret: (id) =>
    `Secret poll: the bot keeps only the counts, not who chose what. Everyone sees a reaction or reply here, so vote with /poll vote ${id} <number>: in Slack nobody else sees that command, in Matrix and the terminal type it in a conversation with only the bot. A secret vote cannot be changed.`,
  until: (date) => `Open until and including ${date}.`,
  closedOn: (date) => `Closed on ${date}.`,
  votes: (count) => (count === 1 ? '1 vote' : `${count} votes`),
  voters: (count) =>
    count === 0 ? 'Nobody has voted yet.' : count === 1 ? '1 member voted.' : `${count} members voted.`,
  result: (id, question) => `📊 Result of ${id}: ${question}`,
  winner: (option, votes) => `Most votes: ${option} (${votes}).`,
  tie: (options, votes) => `A tie: ${options} (${votes} each).`,
  noVotes: 'Nobody voted.',
  counted: (number, option) => `Your vote was counted: ${number}. ${option}.`,
  changed: (number, option) => `Your vote changed: now ${number}. ${option}.`,
  same: (number) => `You had already chosen ${number}; nothing changed.`,
  secretCounted: (id) =>
    `Your secret vote on ${id} was counted. Nobody can see what you chose, not even the bot.`,
  alreadyVoted: (id) =>
    `You already voted on ${id}. In a secret poll you cannot change your vote: the bot does not know which vote was yours.`,
  notInSecret: (id) =>
    `${id} is a secret poll: everyone sees a reaction or a reply in the thread, so the bot does not count it. Vote with /poll vote ${id} <number>, in Slack as a command or in a conversation with only the bot.`,
  noSuchOption: (number, count) => `There is no option ${number}. Choose a number from 1 to ${count}.`,
  isClosed: (id) => `${id} is closed. You can no longer vote; /poll show ${id} shows the result.`,
  alreadyClosed: (id) => `${id} was already closed.`,
  closedBy: (id, name) => `${id} was closed by ${name}.`,
  closedByDate: (id) => `${id} is closed: its end date has passed.`,
  onlyOpenerCloses: (id, name) =>
    `Only ${name}, who started ${id}, or the chair or secretary can close the poll.`,
  noQuestion:
    'Put the question in quotes or end it with a question mark, and the options after it with | between them. For example: /poll "When is the next meeting?" Tue 14 Jan | Thu 16 Jan',
  tooFew:
    'A poll has at least 2 options, with | between them. For example: /poll "Which day?" Tuesday | Thursday',
  tooMany: 'A poll has at most 10 options. Leave a few out.',
  emptyOption:
    'One of the options is empty: are there two | right after each other? Write an option between every two |.',
  untilPast: (date) => `The end date ${date} has passed. Choose today or a later day.`,
  whichNumber: (count) => `Which number do you choose? Write for example /poll vote PEI-1 2 (1 to ${count}).`,
  listTitle: 'Open polls',
  none: 'There are no open polls.',
  listLine: (id, question, votes, until) =>
    `${id} ${question} — ${votes}${until ? `, open until ${until}` : ''}`,
  digestTitle: '📊 Open polls',
};

export const pollMessages: Record<Lang, PollMessages> = { nl, en };
