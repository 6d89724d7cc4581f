// @ts-nocheck
import type { Role } from '../domain/roles.ts';
import type { Lang } from './lang.ts';

/** Joins words the way people say them: "a, b of c". */
function joinOr(words: readonly string[], or: string): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} ${or} ${words.at(-1)}`;
}

/** A date for a hint, a few months from today, written out and in figures. */
export interface DateExample {
  readonly long: string;
  readonly numeric: string;
}

const nl = {
  roleName: {
    panel: 'panellid',
    voorzitter: 'voorzitter',
    secretaris: 'secretaris',
    gemeente: 'gemeente',
    pit: 'PIT-lid',
    programmamanager: 'programmamanager',
  } satisfies Record<Role, string>,
  lang: 'nl' as Lang,
  /** A role with its article, for lists of who may (`een panellid, de voorzitter of de secretaris`). */
  roleWithArticle: {
    panel: 'een panellid',
    voorzitter: 'de voorzitter',
    secretaris: 'de secretaris',
    gemeente: 'de gemeente',
    pit: 'een PIT-lid',
    programmamanager: 'de programmamanager',
  } satisfies Record<Role, string>,
  joinOr: (words: readonly string[]) => joinOr(words, 'of'),
  joinAnd: (words: readonly string[]) => joinOr(words, 'en'),

  editNotRun:
    '✏️ Je hebt een commando aangepast. Een aangepast commando voert de bot niet uit: er is niets veranderd. Typ het commando opnieuw, als nieuw bericht.',
  unknownCommand: (typed: string, suggestion: string | undefined) =>
    `Het commando '${typed}' ken ik niet.${suggestion ? ` Bedoel je ${suggestion}?` : ''} Typ /help voor alle commando's.`,
  unknownSubcommand: (command: string, typed: string, suggestion: string | undefined, choices: string) =>
    `'${typed}' ken ik niet bij /${command}.${suggestion ? ` Bedoel je '${suggestion}'?` : ''} Je kunt kiezen uit: ${choices}. Typ /help ${command} voor uitleg.`,
  notInRoster:
    'Je staat niet in de ledenlijst van het panel. Je kunt meelezen, maar niets wijzigen. Vraag de voorzitter of secretaris om je toe te voegen.',
  roleRefused: (allowed: string, yours: string) => `Dit mag alleen ${allowed}. Jij bent ${yours}.`,
  publicChannel: (panelChannel: string) =>
    `Dit is een openbaar kanaal: iedereen kan hier meelezen. Daarom verander ik hier niets. Typ dit in het kanaal ${panelChannel}.`,
  unclosedQuote:
    'Er mist een sluitend aanhalingsteken ("). Zet tekst met spaties tussen twee aanhalingstekens, zoals "Bodycams voor handhavers".',
  usage: (usage: string) => `Schrijf het zo: ${usage}`,
  missingArgument: (what: string, usage: string) => `Er mist nog ${what}. Schrijf het zo: ${usage}`,
  unknownOption: (key: string, where: string, meant: string | undefined, known: string, raw: string) =>
    `De optie '${key}:' hoort niet bij ${where}.${meant ? ` Bedoel je '${meant}:'?` : ''} ${known ? `Hier kun je kiezen uit: ${known}.` : 'Hier horen geen opties bij.'} Is '${raw}' gewoon tekst? Zet het dan tussen aanhalingstekens. Er is niets veranderd.`,
  duplicateOption: (key: string) => `Je gaf '${key}:' twee keer. Geef elke optie één keer.`,
  tooLong: (what: string, length: number, max: number) =>
    `Dit is te lang: ${what} mag hooguit ${max} tekens hebben, en dit zijn er ${length}. Maak het korter; er is niets vastgelegd.`,
  tooManyWords: (extra: string, usage: string) =>
    `Ik weet niet wat ik met '${extra}' moet. Schrijf het zo: ${usage}`,
  amount: {
    'not-an-amount': (typed: string) =>
      `'${typed}' is geen bedrag. Schrijf een bedrag als 45,20 of € 1.234,56.`,
    ambiguous: (typed: string) =>
      `'${typed}' kan ik op twee manieren lezen. Schrijf duizendtallen met een punt en centen met een komma, zoals 1.234 of 1,23.`,
    zero: (typed: string) => `Het bedrag '${typed}' moet groter zijn dan € 0,00.`,
    'too-large': (typed: string) =>
      `'${typed}' is te groot. Het hoogste bedrag dat ik aanneem is € 1.000.000,00.`,
  },
  date: {
    'not-a-date': (typed: string, example: DateExample) =>
      `'${typed}' is geen datum die ik kan lezen. Schrijf bijvoorbeeld ${example.long}, ${example.numeric}, morgen, volgende week dinsdag of over twee weken.`,
    'no-such-date': (typed: string, example: DateExample) =>
      `De datum '${typed}' bestaat niet. Kijk de dag en de maand na en schrijf hem bijvoorbeeld als ${example.long} of ${example.numeric}.`,
    'wrong-weekday': (typed: string, _example: DateExample, actual = '') =>
      `'${typed}' klopt niet: de dag en de datum passen niet bij elkaar. De eerstvolgende keer is dat ${actual}. Kijk de dag en de datum na, of laat de dag weg.`,
  },
  severalIds: (typed: string, ids: string) =>
    `${typed} kan meer dan één item zijn: ${ids}. Schrijf het hele nummer, met het jaar.`,
  notAnId: (typed: string, example: string) =>
    `'${typed}' is geen nummer van een item. Een nummer ziet eruit als ${example}.`,
  wrongKindOfId: (typed: string, expected: string, example: string) =>
    `${typed} is geen ${expected}. Geef het nummer van een ${expected}, zoals ${example}.`,
  notFound: (id: string) => `${id} bestaat niet. Kijk het nummer na, of zoek het op met de lijst.`,
  idNeeded: (example: string, usage: string) =>
    `Welk item bedoel je? Noem het nummer (zoals ${example}) of typ het commando in de draad van dat item. Schrijf het zo: ${usage}`,
  otherThread: (thread: string, noun: string, example: string, usage: string) =>
    `Deze draad gaat over ${thread}, niet over een ${noun}. Noem het nummer van de ${noun} (zoals ${example}) of typ het commando in de draad ervan. Schrijf het zo: ${usage}`,
  storeWriteFailed:
    'Opslaan lukte niet, dus er is niets gewijzigd. Probeer het over een minuut nog eens. Lukt het dan nog niet, meld het aan de beheerder.',
  internalError:
    'Sorry, er ging aan mijn kant iets mis. Er is niets gewijzigd. De beheerder kan in het logboek zien wat er gebeurde.',
  unknownTheme: (typed: string, themes: string, meant: string) =>
    `Het thema '${typed}' ken ik niet.${meant} Kies uit: ${themes}.`,
  developmentNoun: 'ontwikkeling',
  confidential: 'vertrouwelijk',
  confidentialUntil: (date: string) => `vertrouwelijk tot en met ${date}`,
  confidentialUntilPast: (date: string) =>
    `De datum bij tot: (${date}) is al voorbij, dan zou het meteen openbaar zijn. Kijk het jaartal na en geef een datum vanaf vandaag, of laat tot: weg.`,
  personalData:
    'Dit gaat over persoonsgegevens en dit kanaal is openbaar. Vraag het in het panelkanaal; in Slack ziet alleen jij het antwoord.',
  public: 'openbaar',
  hiddenConfidential: (count: number, noun: string) => `${count} ${noun} niet getoond: vertrouwelijk.`,
  withheldAbout: (count: number, noun: string) =>
    `${count} ${noun} niet getoond: gaat over een vertrouwelijk onderwerp.`,
  confidentialNotForYou: (ids: string, rostered: boolean) =>
    `${ids} is vertrouwelijk. Alleen leden met een getekende geheimhoudingsverklaring (afspraak 7c) kunnen dat lezen, en ${rostered ? 'jij hebt die verklaring nog niet getekend' : 'je staat niet in de ledenlijst'}. Vraag de secretaris ernaar. Er is niets getoond of veranderd.`,
  confidentialNotHere: (ids: string, who: string) =>
    `${ids} is vertrouwelijk, en in dit kanaal zit iemand die dat niet mag lezen: ${who}. Typ dit in een kanaal waarin alleen leden zitten die de geheimhoudingsverklaring tekenden (afspraak 7c). Er is niets getoond of veranderd.`,
  membersUnknown: 'ik kan niet nagaan wie er in dit kanaal zit',
  anyoneMayEnter:
    'misschien iedereen, want het kanaal is zelf zo ingesteld dat iedereen kan binnenkomen of meelezen (maak het besloten: alleen op uitnodiging, geschiedenis niet openbaar)',
  thisOne: 'Dit',
  newcomer: (chair: string, who: string, channel: string, rostered: boolean) =>
    `👋 ${chair}: ${who} zit nu in ${channel} en ${rostered ? 'heeft geen geheimhoudingsverklaring getekend' : 'staat niet in de ledenlijst'}. Vertrouwelijke zaken toon ik daar daarom alleen als aantal, tot iedereen daar in de ledenlijst staat met een getekende geheimhoudingsverklaring (afspraak 7c).`,
  newcomerReadsHistory:
    'Let op: wie later binnenkomt, kan in dit kanaal ook de berichten van vóór zijn komst lezen.',
  chairFallback: 'voorzitter',
  textNouns: {
    minute: ['notulenregel', 'notulenregels'],
    action: ['actiepunt', 'actiepunten'],
    field: ['onderdeel', 'onderdelen'],
    decision: ['besluit', 'besluiten'],
    line: ['regel', 'regels'],
  } as Record<'minute' | 'action' | 'field' | 'decision' | 'line', readonly [string, string]>,
  notRunTooOld: (sent: string, hours: number) =>
    `Dit commando kwam binnen terwijl de bot uit stond (${sent}). Het is meer dan ${hours} uur oud, dus ik voer het niet meer uit: intussen kan er veel veranderd zijn. Is het nog nodig? Typ het dan opnieuw.`,
  /** The note at the end of a message a platform adapter had to shorten to fit. */
  shortened: '… (ingekort)',
};

export type Messages = typeof nl;

const en: Messages = {
  roleName: {
    panel: 'panel member',
    voorzitter: 'chair',
    secretaris: 'secretary',
    gemeente: 'municipality',
    pit: 'PIT member',
    programmamanager: 'programme manager',
  },
  lang: 'en',
  roleWithArticle: {
    panel: 'a panel member',
    voorzitter: 'the chair',
    secretaris: 'the secretary',
    gemeente: 'the municipality',
    pit: 'a PIT member',
    programmamanager: 'the programme manager',
  },
  joinOr: (words) => joinOr(words, 'or'),
  joinAnd: (words) => joinOr(words, 'and'),
  editNotRun:
    '✏️ You edited a command. The bot does not carry out edited commands: nothing was changed. Type the command again, as a new message.',
  unknownCommand: (typed, suggestion) =>
    `I don't know the command '${typed}'.${suggestion ? ` Did you mean ${suggestion}?` : ''} Type /help for all commands.`,
  unknownSubcommand: (command, typed, suggestion, choices) =>
    `I don't know '${typed}' for /${command}.${suggestion ? ` Did you mean '${suggestion}'?` : ''} You can choose: ${choices}. Type /help ${command} for help.`,
  notInRoster:
    "You are not on the panel's member list. You can read along, but not change anything. Ask the chair or secretary to add you.",
  roleRefused: (allowed, yours) => `Only ${allowed} may do this. You are ${yours}.`,
  publicChannel: (panelChannel) =>
    `This is a public channel: anyone can read along here. So I change nothing here. Type this in the channel ${panelChannel}.`,
  unclosedQuote:
    'A closing quote (") is missing. Put text with spaces between two quotes, like "Bodycams for enforcers".',
  usage: (usage) => `Write it like this: ${usage}`,
  missingArgument: (what, usage) => `Something is missing: ${what}. Write it like this: ${usage}`,
  unknownOption: (key, where, meant, known, raw) =>
    `The option '${key}:' does not belong to ${where}.${meant ? ` Did you mean '${meant}:'?` : ''} ${known ? `You can choose from: ${known}.` : 'It takes no options.'} Is '${raw}' just text? Then put it in quotes. Nothing was changed.`,
  duplicateOption: (key) => `You gave '${key}:' twice. Give each option once.`,
  tooLong: (what, length, max) =>
    `This is too long: ${what} may have at most ${max} characters, and this has ${length}. Make it shorter; nothing was recorded.`,
  tooManyWords: (extra, usage) => `I don't know what to do with '${extra}'. Write it like this: ${usage}`,
  amount: {
    'not-an-amount': (typed) => `'${typed}' is not an amount. Write an amount like 45.20 or €1,234.56.`,
    ambiguous: (typed) =>
      `'${typed}' can be read two ways. Write thousands with a comma and cents with a point, like 1,234 or 1.23.`,
    zero: (typed) => `The amount '${typed}' must be more than €0.00.`,
    'too-large': (typed) => `'${typed}' is too large. The highest amount I accept is €1,000,000.00.`,
  },
  date: {
    'not-a-date': (typed, example) =>
      `'${typed}' is not a date I can read. Write for example ${example.long}, ${example.numeric}, tomorrow, next tuesday or in two weeks.`,
    'no-such-date': (typed, example) =>
      `The date '${typed}' does not exist. Check the day and month and write it for example as ${example.long} or ${example.numeric}.`,
    'wrong-weekday': (typed, _example, actual = '') =>
      `'${typed}' is not right: the day of the week does not fit the date. The next time is ${actual}. Check the day and the date, or leave out the day.`,
  },
  severalIds: (typed, ids) =>
    `${typed} can be more than one item: ${ids}. Write the whole number, with the year.`,
  notAnId: (typed, example) => `'${typed}' is not an item number. A number looks like ${example}.`,
  wrongKindOfId: (typed, expected, example) =>
    `${typed} is not a ${expected}. Give the number of a ${expected}, like ${example}.`,
  notFound: (id) => `${id} does not exist. Check the number, or look it up in the list.`,
  idNeeded: (example, usage) =>
    `Which item do you mean? Give its number (like ${example}) or type the command in that item's thread. Write it like this: ${usage}`,
  otherThread: (thread, noun, example, usage) =>
    `This thread is about ${thread}, not about ${/^[aeiou]/i.test(noun) ? 'an' : 'a'} ${noun}. Give the number of the ${noun} (like ${example}) or type the command in its thread. Write it like this: ${usage}`,
  storeWriteFailed:
    'Saving failed, so nothing was changed. Try again in a minute. If it still fails, tell the administrator.',
  internalError:
    'Sorry, something went wrong on my side. Nothing was changed. The administrator can see what happened in the log.',
  unknownTheme: (typed, themes, meant) =>
    `I don't know the theme '${typed}'.${meant} Choose from: ${themes}.`,
  developmentNoun: 'development',
  confidential: 'confidential',
  confidentialUntil: (date) => `confidential until ${date}`,
  confidentialUntilPast: (date) =>
    `The date after until: (${date}) has passed, so it would be public at once. Check the year and give a date from today, or leave until: out.`,
  personalData:
    'This is about personal data and this channel is public. Ask in the panel channel; in Slack only you see the answer.',
  public: 'public',
  hiddenConfidential: (count, noun) => `${count} ${noun} not shown: confidential.`,
  withheldAbout: (count, noun) => `${count} ${noun} not shown: about a confidential matter.`,
  confidentialNotForYou: (ids, rostered) =>
    `${ids} is confidential. Only members who signed the confidentiality declaration (agreement 7c) can read it, and ${rostered ? 'you have not signed it yet' : 'you are not on the roster'}. Ask the secretary. Nothing was shown or changed.`,
  confidentialNotHere: (ids, who) =>
    `${ids} is confidential, and someone in this channel may not read it: ${who}. Type this in a channel where only members who signed the confidentiality declaration sit (agreement 7c). Nothing was shown or changed.`,
  membersUnknown: 'I cannot tell who is in this channel',
  anyoneMayEnter:
    'possibly anyone, as the channel itself is set so that anyone can come in or read along (make it private: invitation only, history not public)',
  thisOne: 'This',
  newcomer: (chair, who, channel, rostered) =>
    `👋 ${chair}: ${who} is now in ${channel} and ${rostered ? 'has not signed the confidentiality declaration' : 'is not on the roster'}. So I show confidential matters there only as a count, until everyone there is on the roster with a signed declaration (agreement 7c).`,
  newcomerReadsHistory:
    'Note: whoever comes in later can also read the messages from before they came in this channel.',
  chairFallback: 'chair',
  textNouns: {
    minute: ['line of minutes', 'lines of minutes'],
    action: ['action point', 'action points'],
    field: ['part', 'parts'],
    decision: ['decision', 'decisions'],
    line: ['line', 'lines'],
  },
  notRunTooOld: (sent: string, hours: number) =>
    `This command arrived while the bot was down (${sent}). It is more than ${hours} hours old, so I will not run it: much may have changed since. Still needed? Then type it again.`,
  shortened: '… (shortened)',
};

export const messages: Record<Lang, Messages> = { nl, en };
