import type { Lang } from '../../src/i18n/lang.ts';
import type { Side } from '../../src/store/schema.ts';

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
  },
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
  noLongerEndorsed: (id: string) => `${id} is daardoor niet meer onderschreven.`,
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
  labels: { development: 'About', state: 'State', text: 'Text', signatures: 'Signed', openness: 'Openness' },
  endorsed: (date) => `endorsed by panel and municipality (${date})`,
  awaiting: (sides) => `awaiting a signature from: ${sides}`,
  noText: 'no text yet',
  noSignatures: 'nobody yet',
  hint: (id) =>
    `Set the text: /notitie tekst ${id} <text>. Sign: ✅ under this message or /notitie teken ${id}. Endorsed once panel and municipality signed (agreement 5b).`,
  signedBy: (name, side) => `${name} (${side})`,
  whatTitle: 'the title of the note',
  whatText: 'the text of the note',
  textSet: (id) => `The text of ${id} is recorded.`,
  textChangedCleared: (id, count) =>
    `The text of ${id} changed, so ${count === 1 ? 'the signature was' : `the ${count} signatures were`} cleared: whoever agrees signs again.`,
  signed: (id, name, side) => `✍️ ${name} signed ${id} for ${side}.`,
  nowEndorsed: (id) => `✅ ${id} is endorsed by panel and municipality.`,
  alreadySigned: (id) => `You already signed ${id}.`,
  noTextToSign: (id) => `${id} has no text yet. First add it with /notitie tekst ${id} <text>.`,
  unsigned: (id, name) => `${name} withdrew the signature under ${id}.`,
  noLongerEndorsed: (id) => `${id} is therefore no longer endorsed.`,
  onlyCheck: (id) => `Sign ${id} with ✅. Other reactions change nothing.`,
  listTitle: (count) => `Conversation notes: ${count}`,
  listEmpty: 'There are no conversation notes yet.',
  confidentialHere: (id) => `${id} is confidential and this channel is public. View it in the panel channel.`,
};

export const noteMessages: Record<Lang, NoteMessages> = { nl, en };
