import { plural } from '../lang.ts';
import type { ReportTexts } from './annual-report-nl.ts';

/** The yearly report's words in English, beside the Dutch ones in `annual-report.ts`. */
export const en: ReportTexts = {
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
