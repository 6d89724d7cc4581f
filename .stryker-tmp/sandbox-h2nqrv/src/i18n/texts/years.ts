// @ts-nocheck
import type { Lang } from '../lang.ts';

const nl = {
  choose: (first: number, last: number) =>
    first === last
      ? `Kies ${first}, of laat het jaar weg voor dit jaar.`
      : `Kies een jaar van ${first} tot en met ${last}, of laat het jaar weg voor dit jaar.`,
  beforeFirst: (year: number, first: number) =>
    `De bot houdt de gegevens van het panel bij sinds ${first}. Over ${year} is er dus niets te tellen.`,
  notYet: (year: number) => `${year} is nog niet begonnen, dus er is nog niets te tellen.`,
};

export type YearMessages = typeof nl;

const en: YearMessages = {
  choose: (first, last) =>
    first === last
      ? `Choose ${first}, or leave out the year for this year.`
      : `Choose a year from ${first} to ${last}, or leave out the year for this year.`,
  beforeFirst: (year, first) =>
    `The bot has kept the panel's records since ${first}. So there is nothing to count for ${year}.`,
  notYet: (year) => `${year} has not started yet, so there is nothing to count yet.`,
};

export const yearMessages: Record<Lang, YearMessages> = { nl, en };
