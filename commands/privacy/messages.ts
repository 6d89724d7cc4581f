import type { Lang } from '../../src/i18n/lang.ts';
import type { ItemCollection } from '../../src/store/schema.ts';

const nl = {
  whatMember: 'het lid, met id of naam (zoals panellid of Chris Bakker)',
  onlySelfOrChair: 'Je kunt alleen je eigen gegevens inzien, of als voorzitter die van een ander.',
  title: (who: string) => `🔎 Wat de bot over ${who} bewaart`,
  roster: (name: string, roles: string, accounts: string) =>
    `In de ledenlijst: ${name}; rollen: ${roles}${accounts}.`,
  notInRoster: 'Staat niet (meer) in de ledenlijst.',
  accounts: (list: string) => `; accounts: ${list}`,
  line: (label: string, value: string) => `${label}: ${value}`,
  items: 'Genoemd in',
  audit: 'Regels in het logboek',
  evaluation: (year: number) =>
    `Evaluatie ${year}: je hebt meegedaan. Wat je antwoordde, staat nergens bij je naam; na het sluiten is ook niet meer na te gaan dat je meedeed.`,
  collections: {
    adviceRequests: 'Adviesverzoeken',
    decisions: 'Besluiten',
    expenses: 'Uitgaven',
    developments: 'Ontwikkelingen',
    meetings: 'Overleggen',
    notes: 'Notities',
    actionPoints: 'Actiepunten',
  } as Record<ItemCollection, string>,
  /** What the member did, by the field that holds their id (test/core/member-fields.test.ts checks every one). */
  fields: {
    openedBy: 'geopend',
    'advice.by': 'advies uitgebracht',
    'declined.by': 'geen advies',
    'answer.by': 'gereageerd',
    'history[].by': 'stap gezet',
    'promise.by': 'toezegging gedaan',
    'promise.postponements[].by': 'uitgesteld',
    'promise.outcome.by': 'uitkomst gemeld',
    'corrections[].by': 'gecorrigeerd',
    'corrections[].aanwezigen': 'in een gecorrigeerde aanwezigheid',
    by: 'vastgelegd',
    'changes[].by': 'gewijzigd',
    'withdrawn.by': 'ingetrokken',
    announcedBy: 'aangevraagd',
    'approval.by': 'goedgekeurd',
    'rejection.by': 'afgekeurd',
    'receipts[].by': 'bon ingediend',
    'paid.by': 'vergoed',
    reportedBy: 'gemeld',
    'phases[].by': 'fase gezet',
    plannedBy: 'gepland',
    'attendees[]': 'aanwezig',
    'minutes[].by': 'notulen',
    'minutes[].struck.by': 'notulen geschrapt',
    'publication.by': 'gepubliceerd',
    createdBy: 'begonnen',
    'signatures[].by': 'getekend',
    'versions[].signatures[].by': 'eerdere versie getekend',
    'versions[].revisedBy': 'herzien',
    owner: 'eigenaar',
    'done.by': 'afgevinkt',
    'removed.by': 'verwijderd',
  } as Record<string, string>,
  none: 'geen',
  why: 'Dit bewaart de bot om de afspraken met de gemeente na te komen (wie wat deed, voor de verantwoording). Uitgaven: omschrijving en bonnen worden na de bewaartermijn gewist.',
  stillMember: (id: string) =>
    `${id} staat nog in de ledenlijst. Vergeten kan alleen voor een oud-lid: haal ${id} eerst uit config.json en start de bot opnieuw.`,
  unknownMember: (id: string) => `Over '${id}' bewaart de bot niets. Kijk het id na.`,
  unfinished: (id: string, label: string) =>
    `Het vergeten van ${id} is nog niet af: in de gegevens heet het oud-lid al '${label}', maar het logboek of de reservekopieën noemen ${id} misschien nog. Opslaan lukte niet helemaal. Typ /privacy vergeet ${id} nog een keer om het af te maken.`,
  forgotten: (label: string) =>
    `Het oud-lid heet nu overal '${label}'. Alle verzoeken, besluiten en bedragen blijven staan; alleen wie het was, is weg. Let op: namen in vrije tekst (notulen, notities) past de bot niet aan.`,
  erased: (ids: string) =>
    `🧹 Na de bewaartermijn zijn omschrijving en bonnen gewist van: ${ids}. Bedrag en categorie blijven.`,
};

export type PrivacyMessages = typeof nl;

const en: PrivacyMessages = {
  whatMember: 'the member, by id or name (like panellid or Chris Bakker)',
  onlySelfOrChair: 'You can only see your own data, or as chair that of someone else.',
  title: (who) => `🔎 What the bot keeps about ${who}`,
  roster: (name, roles, accounts) => `On the roster: ${name}; roles: ${roles}${accounts}.`,
  notInRoster: 'Not (or no longer) on the roster.',
  accounts: (list) => `; accounts: ${list}`,
  line: (label, value) => `${label}: ${value}`,
  items: 'Named in',
  audit: 'Lines in the audit trail',
  evaluation: (year) =>
    `Evaluation ${year}: you took part. What you answered is nowhere next to your name; after closing, nobody can tell that you took part either.`,
  collections: {
    adviceRequests: 'Advice requests',
    decisions: 'Decisions',
    expenses: 'Expenses',
    developments: 'Developments',
    meetings: 'Meetings',
    notes: 'Notes',
    actionPoints: 'Action points',
  },
  fields: {
    openedBy: 'opened',
    'advice.by': 'advice issued',
    'declined.by': 'no advice',
    'answer.by': 'answered',
    'history[].by': 'step taken',
    'promise.by': 'promise made',
    'promise.postponements[].by': 'postponed',
    'promise.outcome.by': 'outcome reported',
    'corrections[].by': 'corrected',
    'corrections[].aanwezigen': 'in a corrected attendance',
    by: 'recorded',
    'changes[].by': 'changed',
    'withdrawn.by': 'withdrawn',
    announcedBy: 'announced',
    'approval.by': 'approved',
    'rejection.by': 'rejected',
    'receipts[].by': 'receipt submitted',
    'paid.by': 'paid',
    reportedBy: 'reported',
    'phases[].by': 'phase set',
    plannedBy: 'planned',
    'attendees[]': 'attended',
    'minutes[].by': 'minutes',
    'minutes[].struck.by': 'minutes struck',
    'publication.by': 'published',
    createdBy: 'started',
    'signatures[].by': 'signed',
    'versions[].signatures[].by': 'signed an earlier version',
    'versions[].revisedBy': 'revised',
    owner: 'owner',
    'done.by': 'ticked off',
    'removed.by': 'removed',
  },
  none: 'none',
  why: 'The bot keeps this to keep the agreements with the municipality (who did what, for accountability). Expenses: description and receipts are erased after the retention period.',
  stillMember: (id) =>
    `${id} is still on the roster. Only a former member can be forgotten: remove ${id} from config.json first and restart.`,
  unknownMember: (id) => `The bot keeps nothing about '${id}'. Check the id.`,
  unfinished: (id, label) =>
    `Forgetting ${id} is not finished yet: in the data the former member is already called '${label}', but the audit trail or the backups may still name ${id}. Saving did not fully work. Type /privacy forget ${id} once more to finish it.`,
  forgotten: (label) =>
    `The former member is now called '${label}' everywhere. All requests, decisions and amounts stay; only who it was is gone. Note: names in free text (minutes, notes) are not changed.`,
  erased: (ids) =>
    `🧹 After the retention period the description and receipts were erased from: ${ids}. Amount and category stay.`,
};

export const privacyMessages: Record<Lang, PrivacyMessages> = { nl, en };
