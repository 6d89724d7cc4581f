// @ts-nocheck
import type { Lang } from '../lang.ts';

/** `regel 2 van …` at the start of a sentence. */
const capital = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;

/** The words of `/<command> openbaarheid`: confidential after the fact, and public again. */
const nl = {
  which: (what: string, usage: string) =>
    `Zeg of ${what} vertrouwelijk of openbaar wordt, met één van die twee woorden: ${usage}. Er is niets veranderd.`,
  needReason: (what: string, usage: string) =>
    `Zeg waarom ${what} verandert, dan staat dat in het logboek: ${usage}. Er is niets veranderd.`,
  already: (what: string, label: string) => `${capital(what)} is al ${label}. Er is niets veranderd.`,
  nowConfidential: (what: string, label: string, edited: number) =>
    `🔒 ${capital(what)} is nu ${label}.${
      edited === 0
        ? ''
        : edited === 1
          ? ' Ik heb 1 bericht aangepast waar iemand het niet mag lezen.'
          : ` Ik heb ${edited} berichten aangepast waar iemand het niet mag lezen.`
    } Bij de volgende /website staat het er niet meer op.`,
  nowPublic: (what: string) => `${capital(what)} is nu openbaar. Bij de volgende /website staat het erop.`,
  line: (line: number, id: string) => `regel ${line} van de notulen van ${id}`,
  noSuchLine: (id: string, typed: string, count: number) =>
    `'${typed}' is geen regel van de notulen van ${id}: er zijn ${count} regels. De nummers staan bij /overleg toon ${id}. Er is niets veranderd.`,
  takenDown: '🔒 Dit bericht is weggehaald: wat erin stond, is nu vertrouwelijk.',
  partTakenDown: '🔒 Een deel van dit bericht is weggehaald: het is nu vertrouwelijk.',
  summary:
    'Iets vertrouwelijk maken (ook achteraf, eventueel tot een datum) of weer openbaar, met de reden. Berichten in kanalen waar iemand het niet mag lezen past de bot aan.',
};

const en: typeof nl = {
  which: (what, usage) =>
    `Say whether ${what} becomes confidential or public, with one of those two words: ${usage}. Nothing was changed.`,
  needReason: (what, usage) =>
    `Say why ${what} changes, so the audit log says so: ${usage}. Nothing was changed.`,
  already: (what, label) => `${capital(what)} is already ${label}. Nothing was changed.`,
  nowConfidential: (what, label, edited) =>
    `🔒 ${capital(what)} is now ${label}.${
      edited === 0
        ? ''
        : edited === 1
          ? ' I edited 1 message where someone may not read it.'
          : ` I edited ${edited} messages where someone may not read it.`
    } The next /website leaves it out.`,
  nowPublic: (what) => `${capital(what)} is public now. The next /website shows it.`,
  line: (line, id) => `line ${line} of the minutes of ${id}`,
  noSuchLine: (id, typed, count) =>
    `'${typed}' is not a line of the minutes of ${id}: there are ${count} lines. The numbers are in /meeting show ${id}. Nothing was changed.`,
  takenDown: '🔒 This message was taken down: what it showed is confidential now.',
  partTakenDown: '🔒 Part of this message was taken down: it is confidential now.',
  summary:
    'Make something confidential (also afterwards, possibly until a date) or public again, with the reason. The bot edits its messages in channels where someone may not read it.',
};

export const opennessTexts: Record<Lang, typeof nl> = { nl, en };
