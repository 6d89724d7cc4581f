// @ts-nocheck
import type { Lang } from './lang.ts';

/** The words of corrections, for every kind of item. */
const nl = {
  changedOn: (date: string, name: string, fields: string) => `Gewijzigd op ${date} door ${name} (${fields}).`,
  earlierHint: (command: string) => `Eerdere waarden: ${command}.`,
  historyTitle: 'Correcties',
  historyLine: (date: string, name: string, field: string, before: string, after: string) =>
    `${date}, ${name} — ${field}: ${before} → ${after}`,
  historyLinePublic: (date: string, name: string, field: string) => `${date}, ${name} — ${field} aangepast`,
  earlierOnlyInPanel: 'Wat er eerder stond, zie je alleen in het panelkanaal.',
  struck: '(geschrapt)',
  empty: '(leeg)',
  noHistory: 'Er is nog niets gecorrigeerd.',
  field: (field: string) => field,
  corrected: (id: string, field: string, value: string) =>
    `✏️ De ${field} van ${id} is nu: ${value}. De vorige staat in de geschiedenis.`,
  same: (id: string, field: string) => `De ${field} van ${id} is al zo. Er is niets veranderd.`,
  whatValue: (field: string) => `de nieuwe ${field}`,
};

export type CorrectionMessages = typeof nl;

const ENGLISH_FIELDS: Readonly<Record<string, string>> = {
  titel: 'title',
  omschrijving: 'description',
  aanwezigen: 'attendees',
  notulen: 'minute line',
};

const en: CorrectionMessages = {
  changedOn: (date, name, fields) => `Changed on ${date} by ${name} (${fields}).`,
  earlierHint: (command) => `Earlier values: ${command}.`,
  historyTitle: 'Corrections',
  historyLine: (date, name, field, before, after) => `${date}, ${name} — ${field}: ${before} → ${after}`,
  historyLinePublic: (date, name, field) => `${date}, ${name} — ${field} changed`,
  earlierOnlyInPanel: 'What was there before is shown only in the panel channel.',
  struck: '(struck)',
  empty: '(empty)',
  noHistory: 'Nothing has been corrected yet.',
  field: (field) => {
    const [word = '', number] = field.split(' ');
    const english = Object.hasOwn(ENGLISH_FIELDS, word) ? ENGLISH_FIELDS[word]! : word;
    return number ? `${english} ${number}` : english;
  },
  corrected: (id, field, value) =>
    `✏️ The ${field} of ${id} is now: ${value}. The previous one is in the history.`,
  same: (id, field) => `The ${field} of ${id} is already that. Nothing was changed.`,
  whatValue: (field) => `the new ${field}`,
};

export const correctionMessages: Record<Lang, CorrectionMessages> = { nl, en };
