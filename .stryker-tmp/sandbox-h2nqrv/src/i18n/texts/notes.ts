// @ts-nocheck
import type { Side } from '../../store/schema.ts';
import type { Lang } from '../lang.ts';

const nl = {
  noun: 'gespreksnotitie',
  nouns: 'gespreksnotities',
  side: { panel: 'panel', gemeente: 'gemeente' } satisfies Record<Side, string>,
  onBehalfOf: { panel: 'het panel', gemeente: 'de gemeente' } satisfies Record<Side, string>,
  title: (id: string, title: string) => `📝 Gespreksnotitie ${id}: ${title}`,
  labels: {
    development: 'Over',
    state: 'Stand',
    text: 'Tekst',
    signatures: 'Getekend',
    openness: 'Openbaarheid',
    written: 'Opgesteld door',
    revised: 'Herzien door',
  },
  versionEndorsed: (version: number, date: string) =>
    `versie ${version} onderschreven op ${date} door panel en gemeente`,
  revisionAwaiting: (agreed: number, date: string, current: number, sides: string) =>
    `versie ${agreed} onderschreven op ${date}; versie ${current} wacht op handtekeningen van: ${sides}`,
  agreedText: (version: number) => `Geldende tekst (versie ${version}, onderschreven)`,
  proposedText: (version: number) => `Voorstel versie ${version}`,
  earlierVersions: (id: string, count: number) =>
    `Eerdere ${count === 1 ? 'versie' : 'versies'}: /notitie toon ${id} versie:1${count > 1 ? ` tot en met versie:${count}` : ''}.`,
  versionTitle: (id: string, title: string, version: number) =>
    `📝 Gespreksnotitie ${id}: ${title} — Versie ${version}`,
  revisedBy: (name: string, date: string) => `${name}, ${date}`,
  agreedUseRevise: (id: string) =>
    `${id} is onderschreven door panel en gemeente; die tekst verandert niet meer. Wil je iets anders afspreken? Stel een nieuwe versie voor met /notitie herzien ${id} <tekst>. Beide kanten tekenen dan opnieuw.`,
  notAgreedUseText: (id: string) =>
    `${id} is nog niet onderschreven door beide kanten. Verander de tekst met /notitie tekst ${id} <tekst>.`,
  whatRevision: 'de nieuwe tekst van de notitie',
  revisedDone: (id: string, version: number, agreed: number) =>
    `Versie ${version} van ${id} staat klaar en wacht op de handtekeningen van panel en gemeente. Tot dan blijft versie ${agreed} de afgesproken tekst.`,
  noSuchVersion: (id: string, typed: string, last: number) =>
    `'${typed}' is geen versie van deze notitie: ${id} heeft versie 1 tot en met ${last}. Bijvoorbeeld: /notitie toon ${id} versie:1.`,
  signatureStays: (id: string, name: string) =>
    `${name}, je handtekening onder ${id} blijft staan: de tekst is onderschreven door panel en gemeente en verandert niet meer. Wil je iets anders afspreken? Gebruik /notitie herzien ${id} <tekst>.`,
  endorsed: (date: string) => `onderschreven door panel en gemeente (${date})`,
  awaiting: (sides: string) => `wacht op een handtekening van: ${sides}`,
  noText: 'nog geen tekst',
  noSignatures: 'nog niemand',
  hint: (id: string) =>
    `Tekst zetten: /notitie tekst ${id} <tekst>. Tekenen: ✅ onder dit bericht of /notitie teken ${id}. Onderschreven zodra panel én gemeente tekenden (afspraak 5b).`,
  signedBy: (name: string, side: string) => `${name} (${side})`,
  whatTitle: 'de titel van de notitie',
  whatText: 'de tekst van de notitie',
  textSet: (id: string) => `De tekst van ${id} staat erin.`,
  textChangedCleared: (id: string, count: number) =>
    `De tekst van ${id} is veranderd. De ${count === 1 ? 'handtekening is' : `${count} handtekeningen zijn`} daarom vervallen: wie akkoord is, tekent opnieuw.`,
  signed: (id: string, name: string, side: string) => `✍️ ${name} tekende ${id} namens ${side}.`,
  nowEndorsed: (id: string) => `✅ ${id} is onderschreven door panel en gemeente.`,
  alreadySigned: (id: string) => `Je hebt ${id} al getekend.`,
  noTextToSign: (id: string) =>
    `${id} heeft nog geen tekst. Zet eerst de tekst erin met /notitie tekst ${id} <tekst>.`,
  unsigned: (id: string, name: string) => `${name} heeft de handtekening onder ${id} ingetrokken.`,
  onlyCheck: (id: string) => `Teken ${id} met ✅. Andere reacties veranderen niets.`,
  listTitle: (count: number) => `Gespreksnotities: ${count}`,
  listEmpty: 'Er zijn nog geen gespreksnotities.',
  confidentialHere: (id: string) =>
    `${id} is vertrouwelijk en dit kanaal is openbaar. Bekijk het in het panelkanaal.`,
};

export type NoteMessages = typeof nl;

const en: NoteMessages = {
  noun: 'conversation note',
  nouns: 'conversation notes',
  side: { panel: 'panel', gemeente: 'municipality' },
  onBehalfOf: { panel: 'the panel', gemeente: 'the municipality' },
  title: (id, title) => `📝 Conversation note ${id}: ${title}`,
  labels: {
    development: 'About',
    state: 'State',
    text: 'Text',
    signatures: 'Signed',
    openness: 'Openness',
    written: 'Written by',
    revised: 'Revised by',
  },
  versionEndorsed: (version, date) => `version ${version} endorsed on ${date} by panel and municipality`,
  revisionAwaiting: (agreed, date, current, sides) =>
    `version ${agreed} endorsed on ${date}; version ${current} awaits signatures from: ${sides}`,
  agreedText: (version) => `Agreed text (version ${version}, endorsed)`,
  proposedText: (version) => `Proposed version ${version}`,
  earlierVersions: (id, count) =>
    `Earlier ${count === 1 ? 'version' : 'versions'}: /note show ${id} version:1${count > 1 ? ` to version:${count}` : ''}.`,
  versionTitle: (id, title, version) => `📝 Conversation note ${id}: ${title} — Version ${version}`,
  revisedBy: (name, date) => `${name}, ${date}`,
  agreedUseRevise: (id) =>
    `${id} is endorsed by panel and municipality; that text no longer changes. To agree on something else, propose a new version with /note revise ${id} <text>. Both sides then sign again.`,
  notAgreedUseText: (id) =>
    `${id} is not endorsed by both sides yet. Change its text with /note text ${id} <text>.`,
  whatRevision: 'the new text of the note',
  revisedDone: (id, version, agreed) =>
    `Version ${version} of ${id} is ready and awaits the signatures of panel and municipality. Until then version ${agreed} stays the agreed text.`,
  noSuchVersion: (id, typed, last) =>
    `'${typed}' is not a version of this note: ${id} has versions 1 to ${last}. For example: /note show ${id} version:1.`,
  signatureStays: (id, name) =>
    `${name}, your signature under ${id} stays: the text is endorsed by panel and municipality and no longer changes. To agree on something else, use /note revise ${id} <text>.`,
  endorsed: (date) => `endorsed by panel and municipality (${date})`,
  awaiting: (sides) => `awaiting a signature from: ${sides}`,
  noText: 'no text yet',
  noSignatures: 'nobody yet',
  hint: (id) =>
    `Set the text: /note text ${id} <text>. Sign: ✅ under this message or /note sign ${id}. Endorsed once panel and municipality signed (agreement 5b).`,
  signedBy: (name, side) => `${name} (${side})`,
  whatTitle: 'the title of the note',
  whatText: 'the text of the note',
  textSet: (id) => `The text of ${id} is recorded.`,
  textChangedCleared: (id, count) =>
    `The text of ${id} changed, so ${count === 1 ? 'the signature was' : `the ${count} signatures were`} cleared: whoever agrees signs again.`,
  signed: (id, name, side) => `✍️ ${name} signed ${id} for ${side}.`,
  nowEndorsed: (id) => `✅ ${id} is endorsed by panel and municipality.`,
  alreadySigned: (id) => `You already signed ${id}.`,
  noTextToSign: (id) => `${id} has no text yet. First add it with /note text ${id} <text>.`,
  unsigned: (id, name) => `${name} withdrew the signature under ${id}.`,
  onlyCheck: (id) => `Sign ${id} with ✅. Other reactions change nothing.`,
  listTitle: (count) => `Conversation notes: ${count}`,
  listEmpty: 'There are no conversation notes yet.',
  confidentialHere: (id) => `${id} is confidential and this channel is public. View it in the panel channel.`,
};

export const noteMessages: Record<Lang, NoteMessages> = { nl, en };
