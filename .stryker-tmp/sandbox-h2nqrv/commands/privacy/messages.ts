// @ts-nocheck
import type { Lang } from '../../src/i18n/lang.ts';

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
  posted: 'Berichten van de bot die dit lid noemen (bewaard om ze te kunnen aanpassen)',
  /** How a member shows in a corrected attendance (the words of other fields are on the schema: `memberField`). */
  attendance: 'in een gecorrigeerde aanwezigheid',
  /** The roster as changed in chat (`/lid`): a part of its own, not an item kind. */
  rosterPart: 'Ledenlijst (bijgehouden in de chat)',
  lang: 'nl' as Lang,
  none: 'geen',
  why: 'Dit bewaart de bot om de afspraken met de gemeente na te komen (wie wat deed, voor de verantwoording). Uitgaven: omschrijving en bonnen worden na de bewaartermijn gewist.',
  stillInConfig: (id: string) =>
    `${id} staat nog in config.json, de ledenlijst waarmee de bot start. Laat de beheerder ${id} daar weghalen (en de bot opnieuw laden), en vergeet ${id} daarna.`,
  stillMember: (id: string) =>
    `${id} staat nog in de ledenlijst. Vergeten kan alleen voor een oud-lid: haal ${id} eerst uit de ledenlijst met /lid weg ${id}.`,
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
  posted: "The bot's own messages that name this member (kept so they can be edited)",
  attendance: 'in a corrected attendance',
  rosterPart: 'Roster (kept in chat)',
  lang: 'en',
  none: 'none',
  why: 'The bot keeps this to keep the agreements with the municipality (who did what, for accountability). Expenses: description and receipts are erased after the retention period.',
  stillInConfig: (id) =>
    `${id} is still in config.json, the roster the bot starts with. Ask the administrator to remove ${id} there (and reload the bot), then forget ${id}.`,
  stillMember: (id) =>
    `${id} is still on the roster. Only a former member can be forgotten: take ${id} off the roster first with /member remove ${id}.`,
  unknownMember: (id) => `The bot keeps nothing about '${id}'. Check the id.`,
  unfinished: (id, label) =>
    `Forgetting ${id} is not finished yet: in the data the former member is already called '${label}', but the audit trail or the backups may still name ${id}. Saving did not fully work. Type /privacy forget ${id} once more to finish it.`,
  forgotten: (label) =>
    `The former member is now called '${label}' everywhere. All requests, decisions and amounts stay; only who it was is gone. Note: names in free text (minutes, notes) are not changed.`,
  erased: (ids) =>
    `🧹 After the retention period the description and receipts were erased from: ${ids}. Amount and category stay.`,
};

export const privacyMessages: Record<Lang, PrivacyMessages> = { nl, en };
