// @ts-nocheck
import type { Attendance } from '../../kit/roster.ts';
import type { Lang } from '../lang.ts';

const nl = {
  noun: 'overleg',
  nouns: 'overleggen',
  attendance: { panel: 'panel', gemeente: 'gemeente', pit: 'PIT' } satisfies Record<Attendance, string>,
  defaultTitle: (municipal: boolean): string =>
    municipal ? 'Kwartaaloverleg met de gemeente' : 'Panelvergadering',
  kind: (municipal: boolean): string =>
    municipal ? 'kwartaaloverleg met de gemeente en het PIT' : 'eigen vergadering van het panel',
  title: (id: string, title: string) => `🗓️ Overleg ${id}: ${title}`,
  summaryTitle: (id: string, title: string) => `📋 Verslag ${id}: ${title}`,
  withheldMark: (line: string) => `🔒 niet openbaar (gaat over een vertrouwelijk onderwerp): ${line}`,
  secretMark: (line: string) => `🔒 niet openbaar (vertrouwelijk): ${line}`,
  labels: {
    when: 'Wanneer',
    kind: 'Soort',
    openness: 'Openbaarheid',
    attendees: 'Aanwezig',
    requirement: 'Kwartaaleis (6d)',
    minutes: 'Notulen',
    decisions: 'Besluiten',
    actions: 'Actiepunten',
    discussed: 'Besproken',
  },
  hint: (_id: string) =>
    `In deze draad: /overleg aanwezig <namen>, /overleg notulen <tekst>, /overleg actie <naam> <tekst>, /besluit <tekst>, /overleg samenvatting.`,
  requirementMet: '✅ gemeente en PIT waren aanwezig',
  requirementMissing: (missing: string) => `⚠️ niet gehaald: ${missing} niet aanwezig`,
  missingMunicipality: 'gemeente',
  missingPit: 'PIT-lid',
  nobody: 'nog niemand genoteerd',
  none: 'geen',
  planned: (id: string, when: string) => `${id} staat gepland op ${when}.`,
  present: (id: string, names: string) => `Aanwezig bij ${id}: ${names}.`,
  unknownNames: (names: string) =>
    `Deze namen staan niet in de ledenlijst: ${names}. Gebruik het id, de naam of een vermelding (@naam) van een lid. Er is niets veranderd.`,
  whatNames: 'wie er aanwezig waren',
  whatMinutes: 'de tekst van de notulen',
  whatTitle: 'de titel van het overleg',
  whatAction: 'wie het actiepunt oppakt en wat het is',
  whatActionText: 'wat het actiepunt is',
  minutesAdded: (id: string, confidential = false) =>
    `Notulen bij ${id} aangevuld${confidential ? ' (🔒 vertrouwelijk: deze regel komt niet in het openbare verslag)' : ''}.`,
  actionAdded: (id: string, owner: string, text: string) => `Actiepunt bij ${id} voor ${owner}: ${text}`,
  unknownOwner: (name: string) =>
    `'${name}' staat niet in de ledenlijst. Noem het id, de naam of een vermelding van een lid.`,
  missingDate: 'de datum (zoals 12-3-2027)',
  notATime: (typed: string) => `'${typed}' is geen tijd. Schrijf een tijd als 19:30 of om 19.30.`,
  notYet: (id: string, date: string) =>
    `${id} is op ${date}. Aanwezigen en het verslag leg je vast op of na die dag. Kijk anders de datum na.`,
  summaryPosted: (id: string, where: string) => `Het verslag van ${id} staat in ${where}.`,
  previewTitle: (id: string, where: string) =>
    `👀 Voorbeeld: zo komt het verslag van ${id} in ${where}. Regels met 🔒 blijven daar weg.`,
  previewHint: (id: string) =>
    `Plaatsen: /overleg samenvatting ${id} publiceer, of een ✅ onder dit bericht (voorzitter of secretaris). Klopt er iets niet? Verbeter het eerst; dan maak je een nieuw voorbeeld.`,
  summaryUpdated: (id: string, where: string) =>
    `Het verslag van ${id} in ${where} is bijgewerkt. In de draad staat wat er veranderde.`,
  summaryUnchanged: (id: string, where: string) =>
    `Het verslag van ${id} in ${where} was al zo. Er is niets veranderd.`,
  changedTitle: (date: string) => `✏️ Dit verslag is bijgewerkt op ${date}.`,
  changedAdded: 'Nieuw of gewijzigd',
  /** A changed or removed line is named by its place only: a correction never repeats the old text in public. */
  changedPlace: (where: string) => `${where} is aangepast.`,
  removedPlace: (where: string) => `${where} is weggehaald.`,
  headingPlace: 'De kop',
  fieldPlace: (label: string) => `De regel '${label}'`,
  linePlace: (section: string, number: number) => `${section}: regel ${number}`,
  somePlace: (section: string) => (section ? `${section}: een regel` : 'Een regel'),
  onlyChairPublishes: (id: string) =>
    `Alleen de voorzitter of de secretaris plaatst het verslag van ${id}. Je ✅ telt daarom niet; er is niets geplaatst.`,
  listTitle: (count: number) => `Overleggen: ${count}`,
  listEmpty: 'Er zijn nog geen overleggen gepland.',
  statePlanned: 'gepland',
  stateUnrecorded: 'aanwezigheid niet vastgelegd',
  stateHeld: (count: number) => `gehouden, ${count} aanwezig`,
  quarterHeld: (label: string, id: string) => `${label}: ✅ overleg met gemeente en PIT gehouden (${id}).`,
  quarterPlanned: (label: string, id: string, date: string) =>
    `${label}: 📅 overleg met gemeente gepland op ${date} (${id}).`,
  quarterMissing: (label: string) =>
    `${label}: ⚠️ nog geen overleg met gemeente en PIT gehouden of gepland (afspraak 6d).`,
  quarterWithoutPit: (id: string) => `${id} was met de gemeente, maar zonder PIT-lid.`,
  quarterLabel: (quarter: number, year: number) => `Kwartaal ${quarter} van ${year}`,
  confidentialHere: (id: string) =>
    `${id} is vertrouwelijk en dit kanaal is openbaar. Bekijk het in het panelkanaal.`,
  kindOf: {
    ADV: 'adviesverzoek',
    ONT: 'ontwikkeling',
    GN: 'gespreksnotitie',
    UIT: 'uitgave',
    BES: 'besluit',
    OVL: 'overleg',
  } as Record<string, string>,
};

export type MeetingMessages = typeof nl;

const en: MeetingMessages = {
  noun: 'meeting',
  nouns: 'meetings',
  attendance: { panel: 'panel', gemeente: 'municipality', pit: 'PIT' },
  defaultTitle: (municipal) => (municipal ? 'Quarterly meeting with the municipality' : 'Panel meeting'),
  kind: (municipal) =>
    municipal ? 'quarterly meeting with the municipality and PIT' : "the panel's own meeting",
  title: (id, title) => `🗓️ Meeting ${id}: ${title}`,
  summaryTitle: (id, title) => `📋 Report ${id}: ${title}`,
  withheldMark: (line) => `🔒 not public (about a confidential matter): ${line}`,
  secretMark: (line) => `🔒 not public (confidential): ${line}`,
  labels: {
    when: 'When',
    kind: 'Kind',
    openness: 'Openness',
    attendees: 'Present',
    requirement: 'Quarterly requirement (6d)',
    minutes: 'Minutes',
    decisions: 'Decisions',
    actions: 'Action points',
    discussed: 'Discussed',
  },
  hint: () =>
    'In this thread: /meeting present <names>, /meeting minutes <text>, /meeting action <name> <text>, /decision <text>, /meeting summary.',
  requirementMet: '✅ municipality and PIT were present',
  requirementMissing: (missing) => `⚠️ not met: no ${missing} present`,
  missingMunicipality: 'municipality',
  missingPit: 'PIT member',
  nobody: 'nobody recorded yet',
  none: 'none',
  planned: (id, when) => `${id} is planned for ${when}.`,
  present: (id, names) => `Present at ${id}: ${names}.`,
  unknownNames: (names) =>
    `These names are not on the roster: ${names}. Use a member's id, name or mention (@name). Nothing was changed.`,
  whatNames: 'who was present',
  whatMinutes: 'the text of the minutes',
  whatTitle: 'the title of the meeting',
  whatAction: 'who takes the action point and what it is',
  whatActionText: 'what the action point is',
  minutesAdded: (id, confidential = false) =>
    `Minutes of ${id} added${confidential ? ' (🔒 confidential: this line stays out of the public report)' : ''}.`,
  actionAdded: (id, owner, text) => `Action point at ${id} for ${owner}: ${text}`,
  unknownOwner: (name) => `'${name}' is not on the roster. Give a member's id, name or mention.`,
  missingDate: 'the date (like 12-3-2027)',
  notATime: (typed) => `'${typed}' is not a time. Write a time like 19:30 or at 19.30.`,
  notYet: (id, date) =>
    `${id} is on ${date}. Record attendees and the report on or after that day. Otherwise check the date.`,
  summaryPosted: (id, where) => `The report of ${id} is in ${where}.`,
  previewTitle: (id, where) =>
    `👀 Preview: this is how the report of ${id} will appear in ${where}. Lines marked 🔒 stay out.`,
  previewHint: (id) =>
    `To post it: /meeting summary ${id} publish, or a ✅ on this message (chair or secretary). Something wrong? Correct it first; then make a new preview.`,
  summaryUpdated: (id, where) => `The report of ${id} in ${where} was updated. The thread says what changed.`,
  summaryUnchanged: (id, where) => `The report of ${id} in ${where} was already like this. Nothing changed.`,
  changedTitle: (date) => `✏️ This report was updated on ${date}.`,
  changedAdded: 'New or changed',
  changedPlace: (where) => `${where} was changed.`,
  removedPlace: (where) => `${where} was taken out.`,
  headingPlace: 'The heading',
  fieldPlace: (label) => `The line '${label}'`,
  linePlace: (section, number) => `${section}: line ${number}`,
  somePlace: (section) => (section ? `${section}: a line` : 'A line'),
  onlyChairPublishes: (id) =>
    `Only the chair or the secretary posts the report of ${id}. Your ✅ does not count; nothing was posted.`,
  listTitle: (count) => `Meetings: ${count}`,
  listEmpty: 'No meetings have been planned yet.',
  statePlanned: 'planned',
  stateUnrecorded: 'attendance not recorded',
  stateHeld: (count) => `held, ${count} present`,
  quarterHeld: (label, id) => `${label}: ✅ meeting with municipality and PIT held (${id}).`,
  quarterPlanned: (label, id, date) =>
    `${label}: 📅 meeting with the municipality planned on ${date} (${id}).`,
  quarterMissing: (label) =>
    `${label}: ⚠️ no meeting with municipality and PIT held or planned yet (agreement 6d).`,
  quarterWithoutPit: (id) => `${id} was with the municipality, but without a PIT member.`,
  quarterLabel: (quarter, year) => `Quarter ${quarter} of ${year}`,
  confidentialHere: (id) => `${id} is confidential and this channel is public. View it in the panel channel.`,
  kindOf: {
    ADV: 'advice request',
    ONT: 'development',
    GN: 'conversation note',
    UIT: 'expense',
    BES: 'decision',
    OVL: 'meeting',
  },
};

export const meetingMessages: Record<Lang, MeetingMessages> = { nl, en };
