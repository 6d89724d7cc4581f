// @ts-nocheck
import { type Lang, plural } from '../../src/i18n/lang.ts';

const nl = {
  questions: {
    advisering: 'de advisering door het panel',
    betekenis: 'de betekenis van het panel voor de gemeenschap',
  },
  sides: { panel: 'panel', gemeente: 'gemeente' },
  /** The option words for the two marks, as a member types them. */
  option: { advisering: 'advisering', betekenis: 'betekenis' },
  opened: (year: number, until: string, sent: number, unreachable: readonly string[]) =>
    `📋 De evaluatie ${year} is geopend, tot en met ${until}. Ik heb ${plural(sent, 'lid', 'leden')} een persoonlijk bericht gestuurd met de vragen.${
      unreachable.length > 0
        ? ` Geen bericht kon naar: ${unreachable.join(', ')} (geen id in de ledenlijst voor dit platform). Zij kunnen antwoorden met /evaluatie cijfer in een persoonlijk gesprek met de bot.`
        : ''
    } Antwoorden is anoniem: niemand, ook de voorzitter niet, kan zien wie wat antwoordde.`,
  invitation: (year: number, until: string, name: string) =>
    [
      `📋 Evaluatie ${year} van de samenwerking tussen het panel en de gemeente`,
      `Hoi ${name}, elk jaar kijken panel en gemeente samen terug. Geef twee cijfers van 1 tot en met 10:`,
      '• advisering: hoe goed adviseert het panel de gemeente?',
      '• betekenis: wat betekent het panel voor de inwoners van de gemeente?',
      'Je mag ook zeggen wat goed ging (goed:"…") en wat beter kan (beter:"…").',
      'Antwoord hier, in dit gesprek, bijvoorbeeld:',
      '/evaluatie cijfer advisering:8 betekenis:9 goed:"snelle adviezen" beter:"eerder horen wat de gemeente ermee doet"',
      `Je antwoord is anoniem. Je kunt één keer antwoorden, tot en met ${until}.`,
    ].join('\n'),
  reminder: (year: number, until: string, name: string) =>
    `⏰ Hoi ${name}, de evaluatie ${year} loopt nog tot en met ${until}. Heb je al geantwoord en krijg je dit toch? Dan ging je antwoord verloren toen de bot opnieuw startte; stuur het dan nog eens. Antwoord met /evaluatie cijfer advisering:<1-10> betekenis:<1-10>.`,
  kept: (waiting: number) =>
    waiting === 0
      ? 'Dank je, je antwoord is binnen en bewaard, samen met andere antwoorden. Niemand kan zien welk antwoord van wie is.'
      : `Dank je, je antwoord is binnen. De bot bewaart het zodra er nog ${plural(waiting, 'antwoord', 'antwoorden')} bij ${waiting === 1 ? 'is' : 'zijn'}: samen, zodat niemand kan zien welk antwoord van wie is. Start de bot voor die tijd opnieuw, dan vraagt hij je het nog eens.`,
  already: (year: number) =>
    `Je hebt al geantwoord op de evaluatie ${year}. Dat kan één keer, zodat ieders antwoord even zwaar telt. Er is niets veranderd.`,
  notHere:
    'Typ je cijfers niet hier: anderen in dit kanaal lezen mee. Haal je bericht weg als dat kan. Stuur je antwoord in het persoonlijke gesprek met de bot waarin je de vragen kreeg (in Slack mag ook het commando /evaluatie cijfer: dat ziet niemand anders). Er is niets bewaard.',
  noneOpen:
    'Er is nu geen evaluatie open. De voorzitter of de secretaris opent er een met /evaluatie start <jaar> tot:<datum>.',
  missingMarks: 'Geef beide cijfers, bijvoorbeeld: /evaluatie cijfer advisering:8 betekenis:9.',
  badMark: (question: string, typed: string) =>
    `'${typed}' is geen cijfer voor ${question}. Geef een heel cijfer van 1 tot en met 10, bijvoorbeeld ${question}:8.`,
  badAverage: (question: string, typed: string) =>
    `'${typed}' is geen cijfer voor ${question}. Schrijf het gemiddelde van 1 tot en met 10 met een komma, bijvoorbeeld ${question}:7,8.`,
  alreadyOpen: (year: number) => `De evaluatie ${year} is al open. Zie /evaluatie ${year}.`,
  alreadyClosed: (year: number) => `De evaluatie ${year} is al gesloten. Er is niets veranderd.`,
  badYear: (typed: string) =>
    `'${typed}' is geen jaar. Schrijf bijvoorbeeld /evaluatie start 2026 tot:15-1-2027.`,
  untilMissing: 'Zeg tot wanneer leden kunnen antwoorden, bijvoorbeeld: /evaluatie start 2026 tot:15-1-2027.',
  untilPast: (date: string) => `${date} is al voorbij. Kies een datum na vandaag.`,
  noEvaluation: (year: number) => `Er is geen evaluatie ${year}. Zie /evaluatie voor de jaren die er zijn.`,
  status: (year: number, until: string, counts: string) =>
    `📋 Evaluatie ${year}: open tot en met ${until}. Geantwoord: ${counts}. De uitslag komt als de evaluatie sluit (/evaluatie sluiten ${year}).`,
  counts: (panel: number, invitedPanel: number, gemeente: number, invitedGemeente: number) =>
    `panel ${panel} van ${invitedPanel}, gemeente ${gemeente} van ${invitedGemeente}`,
  resultsTitle: (year: number) => `📋 Evaluatie ${year}: de uitslag`,
  answers: (panel: number, gemeente: number) =>
    `Antwoorden: panel ${panel}, gemeente ${gemeente} (samen ${panel + gemeente}).`,
  tooFew: (minimum: number) =>
    `Te weinig antwoorden om cijfers te tonen: daarvoor zijn er minstens ${minimum} per kant nodig. Zo blijft elk antwoord anoniem.`,
  markLine: (question: string, total: string, panel: string, gemeente: string, low: number, high: number) =>
    `${question}: gemiddeld ${total} (panel ${panel}, gemeente ${gemeente}; laagste ${low}, hoogste ${high}).`,
  well: 'Wat ging goed:',
  better: 'Wat kan beter:',
  noPoints: 'niets genoemd',
  withheld: (count: number) =>
    `${plural(count, 'punt staat', 'punten staan')} hier niet: ${count === 1 ? 'het gaat' : 'ze gaan'} over een vertrouwelijk onderwerp.`,
  history: 'Door de jaren heen (gemiddelde cijfers):',
  historyLine: (year: number, advisering: string, betekenis: string, entered: boolean) =>
    `${year}: advisering ${advisering}, betekenis ${betekenis}${entered ? ' (ingevoerd)' : ''}`,
  years: (years: string) => `Evaluaties: ${years}. Typ /evaluatie <jaar> voor de uitslag.`,
  none: 'Er is nog geen evaluatie. De voorzitter of de secretaris opent er een met /evaluatie start <jaar> tot:<datum>.',
  earlierSaved: (year: number, advisering: string, betekenis: string) =>
    `De cijfers van ${year} staan erin: advisering ${advisering}, betekenis ${betekenis}. Ze staan naast de uitslag van later jaren.`,
  closedNotice: (year: number) =>
    `De evaluatie ${year} is gesloten. De sleutel van wie antwoordde is weggegooid.`,
};

export type EvaluationMessages = typeof nl;

const en: EvaluationMessages = {
  questions: {
    advisering: "the panel's advice",
    betekenis: 'the meaning of the panel for the community',
  },
  sides: { panel: 'panel', gemeente: 'municipality' },
  option: { advisering: 'advice', betekenis: 'meaning' },
  opened: (year, until, sent, unreachable) =>
    `📋 The evaluation ${year} is open, until ${until}. I sent ${plural(sent, 'member', 'members')} a direct message with the questions.${
      unreachable.length > 0
        ? ` No message could go to: ${unreachable.join(', ')} (no id in the roster for this platform). They can answer with /evaluation mark in a direct conversation with the bot.`
        : ''
    } Answering is anonymous: nobody, not even the chair, can see who answered what.`,
  invitation: (year, until, name) =>
    [
      `📋 Evaluation ${year} of the collaboration between the panel and the municipality`,
      `Hi ${name}, every year panel and municipality look back together. Give two marks from 1 to 10:`,
      '• advice: how well does the panel advise the municipality?',
      '• meaning: what does the panel mean for the residents?',
      'You may also say what went well (well:"…") and what could be better (better:"…").',
      'Answer here, in this conversation, for example:',
      '/evaluation mark advice:8 meaning:9 well:"quick advice" better:"hear sooner what the municipality does with it"',
      `Your answer is anonymous. You can answer once, until ${until}.`,
    ].join('\n'),
  reminder: (year, until, name) =>
    `⏰ Hi ${name}, the evaluation ${year} runs until ${until}. Did you answer already and still get this? Then your answer was lost when the bot restarted; please send it again. Answer with /evaluation mark advice:<1-10> meaning:<1-10>.`,
  kept: (waiting) =>
    waiting === 0
      ? 'Thank you, your answer is in and stored, together with other answers. Nobody can see which answer is whose.'
      : `Thank you, your answer is in. The bot stores it once ${plural(waiting, 'more answer comes', 'more answers come')} in: together, so nobody can see which answer is whose. If the bot restarts before then, it asks you again.`,
  already: (year) =>
    `You already answered the evaluation ${year}. That can be done once, so everyone's answer counts the same. Nothing was changed.`,
  notHere:
    'Do not type your marks here: others in this channel can read them. Remove your message if you can. Send your answer in the direct conversation with the bot in which you got the questions (in Slack the command /evaluation mark also works: nobody else sees it). Nothing was stored.',
  noneOpen:
    'No evaluation is open now. The chair or the secretary opens one with /evaluation start <year> until:<date>.',
  missingMarks: 'Give both marks, for example: /evaluation mark advice:8 meaning:9.',
  badMark: (question, typed) =>
    `'${typed}' is not a mark for ${question}. Give a whole number from 1 to 10, for example ${question}:8.`,
  badAverage: (question, typed) =>
    `'${typed}' is not a mark for ${question}. Write the average from 1 to 10, for example ${question}:7.8.`,
  alreadyOpen: (year) => `The evaluation ${year} is already open. See /evaluation ${year}.`,
  alreadyClosed: (year) => `The evaluation ${year} is already closed. Nothing was changed.`,
  badYear: (typed) => `'${typed}' is not a year. Write for example /evaluation start 2026 until:15-1-2027.`,
  untilMissing: 'Say until when members can answer, for example: /evaluation start 2026 until:15-1-2027.',
  untilPast: (date) => `${date} has passed. Choose a date after today.`,
  noEvaluation: (year) => `There is no evaluation ${year}. See /evaluation for the years there are.`,
  status: (year, until, counts) =>
    `📋 Evaluation ${year}: open until ${until}. Answered: ${counts}. The result comes when the evaluation closes (/evaluation close ${year}).`,
  counts: (panel, invitedPanel, gemeente, invitedGemeente) =>
    `panel ${panel} of ${invitedPanel}, municipality ${gemeente} of ${invitedGemeente}`,
  resultsTitle: (year) => `📋 Evaluation ${year}: the result`,
  answers: (panel, gemeente) =>
    `Answers: panel ${panel}, municipality ${gemeente} (${panel + gemeente} in all).`,
  tooFew: (minimum) =>
    `Too few answers to show marks: that takes at least ${minimum} per side. This keeps every answer anonymous.`,
  markLine: (question, total, panel, gemeente, low, high) =>
    `${question}: average ${total} (panel ${panel}, municipality ${gemeente}; lowest ${low}, highest ${high}).`,
  well: 'What went well:',
  better: 'What could be better:',
  noPoints: 'nothing mentioned',
  withheld: (count) =>
    `${plural(count, 'point is', 'points are')} left out here: ${count === 1 ? 'it concerns' : 'they concern'} a confidential subject.`,
  history: 'Over the years (average marks):',
  historyLine: (year, advisering, betekenis, entered) =>
    `${year}: advice ${advisering}, meaning ${betekenis}${entered ? ' (entered)' : ''}`,
  years: (years) => `Evaluations: ${years}. Type /evaluation <year> for the result.`,
  none: 'There is no evaluation yet. The chair or the secretary opens one with /evaluation start <year> until:<date>.',
  earlierSaved: (year, advisering, betekenis) =>
    `The marks of ${year} are in: advice ${advisering}, meaning ${betekenis}. They stand beside the results of later years.`,
  closedNotice: (year) => `The evaluation ${year} is closed. The key of who answered has been thrown away.`,
};

export const evaluationMessages: Record<Lang, EvaluationMessages> = { nl, en };
