// @ts-nocheck
import type { Lang } from '../lang.ts';

export const decisionTexts = {
  nl: {
    recorded: (id: string, about: string | undefined, text: string) =>
      `✅ Besluit ${id} vastgelegd${about ? ` bij ${about}` : ''}: ${text}`,
    what: 'de tekst van het besluit',
    listTitle: (count: number, about: string | undefined) =>
      `Besluiten${about ? ` bij ${about}` : ''}: ${count}`,
    listEmpty: 'Er zijn nog geen besluiten vastgelegd.',
    older: (count: number) =>
      `En ${count} oudere. Noem een nummer om per item te zoeken: /besluit lijst ADV-2026-001.`,
    nouns: 'besluiten',
    noun: 'besluit',
    changedMark: (date: string) => `gewijzigd ${date}`,
    changedWord: 'gewijzigd',
    withdrawnWord: 'ingetrokken',
    withdrawnMark: (date: string) => `ingetrokken ${date}`,
    changed: (id: string, text: string) =>
      `✏️ Besluit ${id} is gewijzigd: ${text}. De vorige tekst blijft te zien met /besluit toon ${id}.`,
    withdrawnDone: (id: string) =>
      `↩️ Besluit ${id} is ingetrokken. Het blijft bewaard en te zien met /besluit toon ${id}.`,
    whatNewText: 'de nieuwe tekst van het besluit',
    needReason: (id: string) => `Zeg waarom ${id} wordt ingetrokken: /besluit intrekken ${id} reden:"…".`,
    isWithdrawn: (id: string) =>
      `${id} is ingetrokken en kan niet meer worden gewijzigd. Leg zo nodig een nieuw besluit vast met /besluit <tekst>.`,
    alreadyWithdrawn: (id: string) => `${id} is al ingetrokken. Er is niets veranderd.`,
    sameText: (id: string) => `${id} heeft die tekst al. Er is niets veranderd.`,
    quoteHint: (word: string, example: string) =>
      `Na '/besluit ${word}' verwacht ik het nummer van een besluit, zoals /besluit ${word} ${example} …. Begint de tekst van een nieuw besluit echt met '${word}'? Zet de tekst dan tussen aanhalingstekens: /besluit "${word} …".`,
    title: (id: string) => `⚖️ Besluit ${id}`,
    labels: { about: 'Bij', state: 'Stand', openness: 'Openbaarheid', versions: 'Versies' },
    stateCurrent: 'geldt',
    stateWithdrawn: (date: string, name: string, reason: string) =>
      `ingetrokken op ${date} door ${name} — reden: ${reason}`,
    version: (number: number, date: string, name: string, text: string, reason: string | undefined) =>
      `Versie ${number} (${date}, ${name}): ${text}${reason ? ` — reden: ${reason}` : ''}`,
    earlierVersion: (number: number, date: string, name: string) =>
      `Versie ${number} (${date}, ${name}): de tekst staat alleen in het panelkanaal.`,
    confidentialHere: (id: string) =>
      `${id} is vertrouwelijk en dit kanaal is openbaar. Bekijk het in het panelkanaal.`,
  },
  en: {
    recorded: (id: string, about: string | undefined, text: string) =>
      `✅ Decision ${id} recorded${about ? ` on ${about}` : ''}: ${text}`,
    what: 'the text of the decision',
    listTitle: (count: number, about: string | undefined) =>
      `Decisions${about ? ` on ${about}` : ''}: ${count}`,
    listEmpty: 'No decisions have been recorded yet.',
    older: (count: number) =>
      `And ${count} older ones. Give a number to search per item: /decision list ADV-2026-001.`,
    nouns: 'decisions',
    noun: 'decision',
    changedMark: (date: string) => `changed ${date}`,
    changedWord: 'changed',
    withdrawnWord: 'withdrawn',
    withdrawnMark: (date: string) => `withdrawn ${date}`,
    changed: (id: string, text: string) =>
      `✏️ Decision ${id} was changed: ${text}. The previous text stays visible with /decision show ${id}.`,
    withdrawnDone: (id: string) => `↩️ Decision ${id} was withdrawn. It is kept; see /decision show ${id}.`,
    whatNewText: 'the new text of the decision',
    needReason: (id: string) => `Say why ${id} is withdrawn: /decision withdraw ${id} reason:"…".`,
    isWithdrawn: (id: string) =>
      `${id} was withdrawn and can no longer be changed. Record a new decision with /decision <text> if needed.`,
    alreadyWithdrawn: (id: string) => `${id} was already withdrawn. Nothing was changed.`,
    sameText: (id: string) => `${id} already has that text. Nothing was changed.`,
    quoteHint: (word: string, example: string) =>
      `After '/decision ${word}' I expect the number of a decision, like /decision ${word} ${example} …. Does the text of a new decision really start with '${word}'? Then put the text in quotes: /decision "${word} …".`,
    title: (id: string) => `⚖️ Decision ${id}`,
    labels: { about: 'On', state: 'State', openness: 'Openness', versions: 'Versions' },
    stateCurrent: 'in force',
    stateWithdrawn: (date: string, name: string, reason: string) =>
      `withdrawn on ${date} by ${name} — reason: ${reason}`,
    version: (number: number, date: string, name: string, text: string, reason: string | undefined) =>
      `Version ${number} (${date}, ${name}): ${text}${reason ? ` — reason: ${reason}` : ''}`,
    earlierVersion: (number: number, date: string, name: string) =>
      `Version ${number} (${date}, ${name}): the text is shown only in the panel channel.`,
    confidentialHere: (id: string) =>
      `${id} is confidential and this channel is public. View it in the panel channel.`,
  },
} satisfies Record<Lang, unknown>;

/** A decision as one line in another item's view: its text, marked when it was changed or withdrawn. */
export function decisionLine(
  scope: { readonly lang: Lang },
  decision: { readonly text: string; readonly changes?: readonly unknown[]; readonly withdrawn?: unknown },
): string {
  const m = decisionTexts[scope.lang];
  if (decision.withdrawn) return `${decision.text} (${m.withdrawnWord})`;
  return decision.changes?.length ? `${decision.text} (${m.changedWord})` : decision.text;
}
