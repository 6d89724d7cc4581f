// @ts-nocheck
import type { Lang } from '../lang.ts';

const nl = {
  noun: 'actiepunt',
  nouns: 'actiepunten',
  line: (id: string, owner: string, text: string) => `📌 ${id} — ${owner}: ${text}`,
  due: (date: string) => `uiterlijk ${date}`,
  doneLine: (id: string, owner: string, text: string) => `✅ ${id} — ${owner}: ${text}`,
  doneBy: (who: string, date: string) => `klaar: ${who}, ${date}`,
  removedLine: (id: string, text: string) => `🗑️ ${id} — geschrapt: ${text}`,
  hint: (id: string) => `Klaar? Zet er een ✅ onder, of typ /actie klaar ${id}.`,
  changed: (date: string, who: string) => `gewijzigd op ${date} door ${who}`,
  doneReply: (id: string, owner: string) => `✅ ${id} is klaar. Dank je, ${owner}.`,
  alreadyDone: (id: string) => `${id} is al afgerond. Er verandert niets.`,
  removed: (id: string) => `${id} is geschrapt. Er kan niets meer aan veranderen.`,
  onlyOwner: (id: string, owner: string) =>
    `Alleen ${owner} (de eigenaar), de voorzitter of de secretaris kan ${id} afronden.`,
  listTitle: (filter: string, count: number) => `Actiepunten (${filter}): ${count}`,
  filters: { open: 'open', mijn: 'van mij', alle: 'alle' } as Record<string, string>,
  listEmpty: 'Er zijn geen actiepunten die hierbij passen.',
  unknownFilter: (typed: string) => `'${typed}' ken ik niet. Kies open, mijn of alle: /acties mijn.`,
  overdueMark: ' ⏰ te laat',
  reminderBefore: (id: string, text: string, due: string) =>
    `⏰ morgen (${due}) is de dag voor ${id}: ${text}. Klaar? Zet een ✅ onder het actiepunt of typ /actie klaar ${id}.`,
  reminderOverdue: (id: string, text: string, due: string) =>
    `⏰ ${id} (${text}) had er uiterlijk ${due} moeten zijn. Klaar? Typ /actie klaar ${id}. Lukt het niet, zeg het in deze draad.`,
  whatText: 'de nieuwe tekst van het actiepunt',
  changeReply: (id: string) => `${id} is gewijzigd. De oude tekst blijft bewaard in het logboek.`,
  removeReply: (id: string) => `${id} is geschrapt. Het blijft zichtbaar in de geschiedenis.`,
  noNumber: (meeting: string, count: number) =>
    `Welk actiepunt? Geef het nummer uit /overleg toon ${meeting} (1 tot en met ${count}), of het ACT-nummer.`,
  nothingChanged: 'Er verandert niets: geef een nieuwe tekst of voor:<datum>.',
};

export type ActionMessages = typeof nl;

const en: ActionMessages = {
  noun: 'action point',
  nouns: 'action points',
  line: (id, owner, text) => `📌 ${id} — ${owner}: ${text}`,
  due: (date) => `due ${date}`,
  doneLine: (id, owner, text) => `✅ ${id} — ${owner}: ${text}`,
  doneBy: (who, date) => `done: ${who}, ${date}`,
  removedLine: (id, text) => `🗑️ ${id} — removed: ${text}`,
  hint: (id) => `Done? Put a ✅ under it, or type /action done ${id}.`,
  changed: (date, who) => `changed on ${date} by ${who}`,
  doneReply: (id, owner) => `✅ ${id} is done. Thank you, ${owner}.`,
  alreadyDone: (id) => `${id} is already done. Nothing changes.`,
  removed: (id) => `${id} was removed. Nothing can change any more.`,
  onlyOwner: (id, owner) => `Only ${owner} (the owner), the chair or the secretary can mark ${id} done.`,
  listTitle: (filter, count) => `Action points (${filter}): ${count}`,
  filters: { open: 'open', mijn: 'mine', alle: 'all' },
  listEmpty: 'There are no action points that match.',
  unknownFilter: (typed) => `I don't know '${typed}'. Choose open, mine or all: /actions mine.`,
  overdueMark: ' ⏰ late',
  reminderBefore: (id, text, due) =>
    `⏰ tomorrow (${due}) ${id} is due: ${text}. Done? Put a ✅ under the action point or type /action done ${id}.`,
  reminderOverdue: (id, text, due) =>
    `⏰ ${id} (${text}) was due ${due}. Done? Type /action done ${id}. If it cannot be done, say so in this thread.`,
  whatText: 'the new text of the action point',
  changeReply: (id) => `${id} is changed. The old text stays in the audit trail.`,
  removeReply: (id) => `${id} is removed. It stays visible in the history.`,
  noNumber: (meeting, count) =>
    `Which action point? Give its number from /meeting show ${meeting} (1 to ${count}), or its ACT id.`,
  nothingChanged: 'Nothing changes: give a new text or due:<date>.',
};

export const actionMessages: Record<Lang, ActionMessages> = { nl, en };
