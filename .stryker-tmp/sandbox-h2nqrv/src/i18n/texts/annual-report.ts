// @ts-nocheck
import { type Lang, plural } from '../lang.ts';

/**
 * The yearly report's words, for every rendering of it (chat, Markdown, the A4 page, the
 * website, the CSV file): each figure with one plain sentence that says what it means.
 */
const nl = {
  defaultPanel: 'Stadspanel Data',
  title: (year: number, panel: string) => `Jaarverslag ${year} – ${panel}`,
  intro: (year: number) =>
    `Dit verslag laat zien wat het panel in ${year} deed: welke vragen om advies er kwamen, wat de gemeente met de adviezen deed, hoe vaak het panel met de gemeente sprak en wat het uitgaf. De cijfers zijn voor de jaarlijkse evaluatie van de afspraken tussen panel en gemeente.`,
  asOf: (date: string) => `Stand op ${date}.`,
  versionShort: { internal: 'interne versie', public: 'openbare versie' },
  fileName: (year: number, version: 'internal' | 'public', extension: string) =>
    `jaarverslag-${year}-${version === 'internal' ? 'intern' : 'openbaar'}.${extension}`,
  version: {
    internal:
      'Interne versie: met vertrouwelijke verzoeken (🔒). Alleen voor wie de geheimhoudingsverklaring tekende of voor de gemeente werkt.',
    public: 'Openbare versie: vertrouwelijke verzoeken staan er niet in, alleen hun aantal.',
  },
  figure: 'Onderwerp',
  value: 'Cijfer',
  meaning: 'Wat betekent dit?',
  none: '—',
  unknown: 'nog niet te zeggen',
  days: (value: number) => `${String(value).replace('.', ',')} dagen`,
  share: (count: number, total: number, percent: string) => `${count} van ${total} (${percent})`,
  sections: {
    requests: 'Vragen om advies',
    answers: 'Wat de gemeente met de adviezen deed',
    money: 'Geld',
    meetings: 'Overleg en contact',
    evaluation: 'De evaluatie: cijfers van panel en gemeente',
    rows: 'Alle verzoeken van dit jaar',
  },
  evaluation: {
    note: 'Elk jaar geven de leden van het panel en de mensen van de gemeente met wie het panel werkt twee cijfers van 1 tot 10, anoniem.',
    advisering: [
      'Cijfer voor de advisering door het panel',
      'Het gemiddelde van alle cijfers; tussen haakjes per kant.',
    ],
    betekenis: [
      'Cijfer voor de betekenis van het panel voor de gemeenschap',
      'Het gemiddelde van alle cijfers; tussen haakjes per kant.',
    ],
    marks: (total: string, panel: string, gemeente: string) =>
      `${total} (panel ${panel}, gemeente ${gemeente})`,
    answers: [
      'Antwoorden op de evaluatie',
      'Hoeveel leden antwoordden. Niemand kan zien wie wat antwoordde.',
    ],
    count: (panel: number, gemeente: number) => `panel ${panel}, gemeente ${gemeente}`,
    well: ['Wat goed ging', 'Wat leden noemden, zonder namen.'],
    better: ['Wat beter kan', 'Wat leden noemden, zonder namen.'],
    history: ['Cijfers door de jaren', 'Advisering en betekenis per jaar, zo zie je of het beter gaat.'],
    historyEntry: (year: number, advisering: string, betekenis: string) =>
      `${year}: ${advisering} en ${betekenis}`,
    state: ['Evaluatie', 'De jaarlijkse evaluatie van de afspraken tussen panel en gemeente.'],
    none: 'nog niet gehouden',
    open: (date: string) => `loopt nog, tot en met ${date}`,
    tooFew: 'te weinig antwoorden om cijfers te tonen (minstens 3 per kant)',
    nothing: 'niets genoemd',
  },
  requests: {
    received: ['Verzoeken ontvangen', 'Zo vaak vroeg de gemeente dit jaar het panel om advies.'],
    issued: ['Adviezen gegeven', 'Zoveel adviezen stuurde het panel dit jaar naar de gemeente.'],
    declined: [
      'Geen advies gegeven',
      'Zo vaak besloot het panel om geen advies te geven. In de lijst hieronder staat waarom.',
    ],
    open: ['Nog bezig', 'Verzoeken van dit jaar waarover het panel nog geen advies gaf.'],
    carried: ['Uit eerdere jaren', 'Verzoeken van vóór dit jaar die dit jaar nog niet klaar waren.'],
    toAdvice: [
      'Dagen tot een advies',
      'Het middelste getal van alle adviezen: de helft was sneller klaar, de andere helft duurde langer.',
    ],
  },
  answers: {
    received: ['Antwoorden gekregen', 'Zoveel antwoorden op een advies stuurde de gemeente dit jaar.'],
    onTime: [
      'Antwoorden op tijd',
      'De gemeente moet binnen een vaste termijn antwoorden. Een antwoord dat er na die termijn nog niet is, telt als te laat.',
    ],
    missing: [
      'Antwoorden te laat en nog niet binnen',
      'De termijn is voorbij, maar de gemeente heeft nog niet geantwoord.',
    ],
    complete: [
      'Antwoorden meteen compleet',
      'Een compleet antwoord zegt of, hoe en wanneer de gemeente het advies opvolgt. Zoveel antwoorden hadden dat meteen.',
    ],
    outcome: [
      'Advies opgevolgd / deels / niet',
      'Wat de gemeente met het advies doet: helemaal, voor een deel, of niet.',
    ],
    toAnswer: [
      'Dagen tot een antwoord',
      'Het middelste getal van alle antwoorden: de helft kwam sneller, de andere helft later.',
    ],
    promises: [
      'Toezeggingen op tijd nagekomen',
      'In een antwoord zegt de gemeente wanneer iets klaar is: een toezegging. Zoveel toezeggingen met een datum die voorbij is, kwamen op tijd uit.',
    ],
  },
  money: {
    line: (spent: string, reserved: string, cap: string | undefined, percent: string | undefined) =>
      cap === undefined
        ? `${spent} betaald, ${reserved} toegezegd (geen eigen plafond)`
        : `${spent} betaald, ${reserved} toegezegd, van ${cap} (${percent})`,
    explain:
      'Betaald: het geld is uitgegeven. Toegezegd: goedgekeurd of aangevraagd, maar nog niet betaald. Het plafond is het meeste dat het panel per jaar aan deze soort kosten mag uitgeven.',
    total: 'Alles samen',
    meaning: {
      bestanden: 'Bestanden delen en bewaren.',
      kosten: 'Reizen en onderzoek.',
      expertise: 'Deskundigen van buiten het panel inhuren.',
      website: 'De website van het panel. Telt mee in het totaal.',
      totaal: 'Alle soorten samen, tegen het plafond voor het hele jaar.',
    },
  },
  meetings: {
    held: ['Overleggen gehouden', 'Alle overleggen van het panel, met en zonder de gemeente.'],
    quarters: [
      'Kwartalen met overleg met gemeente en privacyteam',
      'Elk kwartaal praat het panel met de gemeente, en iemand van het privacyteam van de gemeente (PIT) is erbij.',
    ],
    quarter: {
      met: '✅',
      'without-pit': '❌ overleg zonder iemand van het privacyteam',
      'no-meeting': '❌ geen overleg met de gemeente',
      'not-yet': 'nog niet',
      'not-tracked': '– niet bijgehouden (van vóór de bot)',
    },
    notes: [
      'Gespreksnotities getekend',
      'Verslagen van een gesprek die het panel én de gemeente goedkeurden.',
    ],
    developments: [
      'Plannen van de gemeente gemeld',
      'Plannen met data waarover de gemeente het panel inlichtte, per fase.',
    ],
  },
  rows: {
    explain:
      'Per verzoek: wanneer het binnenkwam, wat het panel deed en wat de gemeente antwoordde. Verzoeken uit eerdere jaren die nog liepen, staan er ook in.',
    columns: ['Verzoek', 'Ontvangen', 'Advies', 'Antwoord gemeente', 'Toezegging'],
    confidential: 'vertrouwelijk verzoek',
    confidentialTitle: 'Vertrouwelijke verzoeken (🔒, niet openbaar)',
    hidden: (count: number) =>
      `${plural(count, 'vertrouwelijk verzoek staat', 'vertrouwelijke verzoeken staan')} niet in deze versie.`,
    carried: (year: string) => `uit ${year}, liep nog`,
    given: (date: string) => `advies op ${date}`,
    declined: (date: string, reason: string | undefined) =>
      `geen advies gegeven (${date})${reason ? `: ${reason}` : ''}`,
    pending: 'nog geen advies',
    decision: { opgevolgd: 'opgevolgd', deels: 'deels opgevolgd', niet: 'niet opgevolgd' },
    answered: (decision: string, daysLate: number, complete: boolean) =>
      `${decision}, ${daysLate > 0 ? `${plural(daysLate, 'dag', 'dagen')} te laat` : 'op tijd'}${complete ? '' : ', niet meteen compleet'}`,
    overdue: (daysLate: number, due: string) =>
      `nog geen antwoord: ${plural(daysLate, 'dag', 'dagen')} te laat (moest er ${due} zijn)`,
    awaiting: (due: string) => `nog geen antwoord, uiterlijk ${due}`,
    noAnswerNeeded: 'geen antwoord nodig (geen advies)',
    promise: {
      'on-time': 'op tijd',
      postponed: (n: number) => `op tijd na ${n}× uitstel`,
      late: (days: number, n: number) =>
        `${plural(days, 'dag', 'dagen')} te laat${n > 0 ? `, ${n}× uitgesteld` : ''}`,
      open: (due: string) => `open, uiterlijk ${due}`,
      'not-done': 'niet gedaan',
    },
  },
};

export type ReportTexts = typeof nl;

const en: ReportTexts = {
  defaultPanel: 'Data panel',
  title: (year, panel) => `Yearly report ${year} – ${panel}`,
  intro: (year) =>
    `This report shows what the panel did in ${year}: which requests for advice came in, what the municipality did with the advice, how often the panel met the municipality and what it spent. The figures are for the yearly evaluation of the agreement between panel and municipality.`,
  asOf: (date) => `As of ${date}.`,
  versionShort: { internal: 'internal version', public: 'public version' },
  fileName: (year, version, extension) => `annual-report-${year}-${version}.${extension}`,
  version: {
    internal:
      'Internal version: with confidential requests (🔒). Only for those who signed the confidentiality declaration or work for the municipality.',
    public: 'Public version: confidential requests are left out, only their number is given.',
  },
  figure: 'Subject',
  value: 'Figure',
  meaning: 'What does it mean?',
  none: '—',
  unknown: 'not known yet',
  days: (value) => `${value} days`,
  share: (count, total, percent) => `${count} of ${total} (${percent})`,
  sections: {
    requests: 'Requests for advice',
    answers: 'What the municipality did with the advice',
    money: 'Money',
    meetings: 'Meetings and contact',
    evaluation: 'The evaluation: marks from panel and municipality',
    rows: 'All requests of this year',
  },
  evaluation: {
    note: 'Every year the panel members and the municipal staff the panel works with give two marks from 1 to 10, anonymously.',
    advisering: ["Mark for the panel's advice", 'The average of all marks; per side in brackets.'],
    betekenis: [
      'Mark for the meaning of the panel for the community',
      'The average of all marks; per side in brackets.',
    ],
    marks: (total, panel, gemeente) => `${total} (panel ${panel}, municipality ${gemeente})`,
    answers: ['Answers to the evaluation', 'How many members answered. Nobody can see who answered what.'],
    count: (panel, gemeente) => `panel ${panel}, municipality ${gemeente}`,
    well: ['What went well', 'What members mentioned, without names.'],
    better: ['What could be better', 'What members mentioned, without names.'],
    history: ['Marks over the years', 'Advice and meaning per year, so you can see whether it improves.'],
    historyEntry: (year, advisering, betekenis) => `${year}: ${advisering} and ${betekenis}`,
    state: ['Evaluation', 'The yearly evaluation of the agreement between panel and municipality.'],
    none: 'not held yet',
    open: (date) => `still running, until ${date}`,
    tooFew: 'too few answers to show marks (at least 3 per side)',
    nothing: 'nothing mentioned',
  },
  requests: {
    received: ['Requests received', 'How often the municipality asked the panel for advice this year.'],
    issued: ['Advice given', 'How many pieces of advice the panel sent to the municipality this year.'],
    declined: ['No advice given', 'How often the panel decided not to give advice. The list below says why.'],
    open: ['Still in progress', 'Requests of this year on which the panel has not given advice yet.'],
    carried: ['From earlier years', 'Requests from before this year that were not finished when it began.'],
    toAdvice: [
      'Days until advice',
      'The middle value of all advice: half was ready sooner, the other half took longer.',
    ],
  },
  answers: {
    received: ['Answers received', 'How many answers to advice the municipality sent this year.'],
    onTime: [
      'Answers on time',
      'The municipality must answer within a fixed term. An answer that has not come after that term counts as late.',
    ],
    missing: [
      'Answers late and still missing',
      'The term has passed, but the municipality has not answered yet.',
    ],
    complete: [
      'Answers complete at once',
      'A complete answer says whether, how and when the municipality follows the advice. This many answers did so at once.',
    ],
    outcome: [
      'Advice followed / partly / not',
      'What the municipality does with the advice: fully, in part, or not.',
    ],
    toAnswer: [
      'Days until an answer',
      'The middle value of all answers: half came sooner, the other half later.',
    ],
    promises: [
      'Promises kept on time',
      'In an answer the municipality says when something will be done: a promise. This many promises whose date has passed came true on time.',
    ],
  },
  money: {
    line: (spent, reserved, cap, percent) =>
      cap === undefined
        ? `${spent} paid, ${reserved} committed (no cap of its own)`
        : `${spent} paid, ${reserved} committed, of ${cap} (${percent})`,
    explain:
      'Paid: the money has been spent. Committed: approved or requested, but not paid yet. The cap is the most the panel may spend on this kind of cost per year.',
    total: 'All together',
    meaning: {
      bestanden: 'Sharing and keeping files.',
      kosten: 'Travel and research.',
      expertise: 'Hiring experts from outside the panel.',
      website: "The panel's website. Counts in the total.",
      totaal: 'All kinds together, against the cap for the whole year.',
    },
  },
  meetings: {
    held: ['Meetings held', 'All meetings of the panel, with and without the municipality.'],
    quarters: [
      'Quarters with a meeting with municipality and privacy team',
      'Every quarter the panel meets the municipality, with someone from its privacy team (PIT).',
    ],
    quarter: {
      met: '✅',
      'without-pit': '❌ meeting without anyone from the privacy team',
      'no-meeting': '❌ no meeting with the municipality',
      'not-yet': 'not yet',
      'not-tracked': '– not recorded (before the bot)',
    },
    notes: [
      'Conversation notes signed',
      'Notes of a conversation that both the panel and the municipality approved.',
    ],
    developments: [
      'Municipal plans reported',
      'Plans involving data that the municipality told the panel about, per phase.',
    ],
  },
  rows: {
    explain:
      'Per request: when it came in, what the panel did and what the municipality answered. Requests from earlier years that were still running are included.',
    columns: ['Request', 'Received', 'Advice', 'Municipal answer', 'Promise'],
    confidential: 'confidential request',
    confidentialTitle: 'Confidential requests (🔒, not public)',
    hidden: (count) =>
      `${plural(count, 'confidential request is', 'confidential requests are')} left out of this version.`,
    carried: (year) => `from ${year}, still running`,
    given: (date) => `advice on ${date}`,
    declined: (date, reason) => `no advice given (${date})${reason ? `: ${reason}` : ''}`,
    pending: 'no advice yet',
    decision: { opgevolgd: 'followed', deels: 'partly followed', niet: 'not followed' },
    answered: (decision, daysLate, complete) =>
      `${decision}, ${daysLate > 0 ? `${plural(daysLate, 'day', 'days')} late` : 'on time'}${complete ? '' : ', not complete at once'}`,
    overdue: (daysLate, due) => `no answer yet: ${plural(daysLate, 'day', 'days')} late (was due ${due})`,
    awaiting: (due) => `no answer yet, due ${due}`,
    noAnswerNeeded: 'no answer needed (no advice)',
    promise: {
      'on-time': 'on time',
      postponed: (n) => `on time after ${n}× postponement`,
      late: (days, n) => `${plural(days, 'day', 'days')} late${n > 0 ? `, postponed ${n}×` : ''}`,
      open: (due) => `open, due ${due}`,
      'not-done': 'not done',
    },
  },
};

export const annualReportTexts: Record<Lang, ReportTexts> = { nl, en };
