// @ts-nocheck
import type { Phase } from '../../store/schema.ts';
import type { Lang } from '../lang.ts';

const nl = {
  noun: 'ontwikkeling',
  nouns: 'ontwikkelingen',
  phase: {
    verkenning: 'verkenning',
    ontwikkeling: 'ontwikkeling',
    implementatie: 'implementatie',
  } satisfies Record<Phase, string>,
  title: (id: string, title: string) => `🛰️ Ontwikkeling ${id}: ${title}`,
  labels: {
    phase: 'Fase',
    themes: 'Thema',
    openness: 'Openbaarheid',
    informed: 'Panel geïnformeerd',
    history: 'Fases',
    requests: 'Adviesverzoeken',
    notes: 'Gespreksnotities',
    meetings: 'Besproken in',
  },
  hint: (id: string) =>
    `Een adviesverzoek of notitie hierover: /advies nieuw <titel> ontwikkeling:${id} of /notitie nieuw <titel> ontwikkeling:${id}.`,
  whoAt: (name: string, date: string) => `${name}, ${date}`,
  missingPhase: 'Geef de fase: fase:verkenning, fase:ontwikkeling of fase:implementatie.',
  unknownPhase: (typed: string, meant: string) =>
    `De fase '${typed}' ken ik niet.${meant} Kies verkenning, ontwikkeling of implementatie.`,
  samePhase: (id: string, phase: string) => `${id} staat al in de fase '${phase}'.`,
  phaseChanged: (id: string, phase: string) => `${id} is nu in de fase '${phase}'.`,
  whatTitle: 'de titel van de ontwikkeling',
  listTitle: (count: number) => `Ontwikkelingen: ${count}`,
  listEmpty: 'Er zijn nog geen ontwikkelingen gemeld.',
  nothingLinked: 'Nog niets gekoppeld.',
  confidentialHere: (id: string) =>
    `${id} is vertrouwelijk en dit kanaal is openbaar. Bekijk het in het panelkanaal.`,
};

export type DevelopmentMessages = typeof nl;

const en: DevelopmentMessages = {
  noun: 'development',
  nouns: 'developments',
  phase: { verkenning: 'exploration', ontwikkeling: 'development', implementatie: 'implementation' },
  title: (id, title) => `🛰️ Development ${id}: ${title}`,
  labels: {
    phase: 'Phase',
    themes: 'Theme',
    openness: 'Openness',
    informed: 'Panel informed',
    history: 'Phases',
    requests: 'Advice requests',
    notes: 'Conversation notes',
    meetings: 'Discussed in',
  },
  hint: (id) =>
    `An advice request or note about it: /advice new <title> development:${id} or /note new <title> development:${id}.`,
  whoAt: (name, date) => `${name}, ${date}`,
  missingPhase: 'Give the phase: phase:exploration, phase:development or phase:implementation.',
  unknownPhase: (typed, meant) =>
    `I don't know the phase '${typed}'.${meant} Choose verkenning, ontwikkeling or implementatie.`,
  samePhase: (id, phase) => `${id} is already in the phase '${phase}'.`,
  phaseChanged: (id, phase) => `${id} is now in the phase '${phase}'.`,
  whatTitle: 'the title of the development',
  listTitle: (count) => `Developments: ${count}`,
  listEmpty: 'No developments have been reported yet.',
  nothingLinked: 'Nothing linked yet.',
  confidentialHere: (id) => `${id} is confidential and this channel is public. View it in the panel channel.`,
};

export const developmentMessages: Record<Lang, DevelopmentMessages> = { nl, en };
