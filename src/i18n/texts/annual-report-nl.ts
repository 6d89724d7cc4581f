import { plural } from '../lang.ts';

/**
 * The yearly report's words, for every rendering of it (chat, Markdown, the A4 page, the
 * website, the CSV file): each figure with one plain sentence that says what it means.
 */
export const nl = {
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

/** The words of the yearly report; every language has the same. */
export type ReportTexts = typeof nl;
