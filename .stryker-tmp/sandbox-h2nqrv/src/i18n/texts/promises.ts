// @ts-nocheck
import type { Lang } from '../lang.ts';

const days = (n: number) => `${n} ${n === 1 ? 'dag' : 'dagen'}`;
const daysEn = (n: number) => `${n} ${n === 1 ? 'day' : 'days'}`;

const nl = {
  label: 'Toezegging',
  due: (date: string) => `uiterlijk ${date}`,
  postponed: (from: string, to: string, reason: string) => `uitgesteld van ${from} naar ${to} (${reason})`,
  done: (date: string, late: number) =>
    `uitgevoerd op ${date} (${late > 0 ? `${days(late)} te laat` : 'op tijd'})`,
  notDone: (date: string) => `niet uitgevoerd (${date})`,
  open: 'nog open',
  inList: (date: string) => `toezegging uiterlijk ${date}`,
  noPromise: (id: string) =>
    `${id} heeft geen toezegging. Die ontstaat als de gemeente reageert met opgevolgd of deels en een termijn: /advies reactie ${id} opgevolgd hoe:"…" termijn:<datum>.`,
  alreadySettled: (id: string, outcome: string) =>
    `De toezegging bij ${id} is al afgehandeld: ${outcome}. Er verandert niets.`,
  doneReply: (id: string, due: string, late: number) =>
    `✅ De toezegging bij ${id} is uitgevoerd, ${late > 0 ? `${days(late)} te laat` : 'op tijd'} (termijn ${due}).`,
  notDoneReply: (id: string) => `De toezegging bij ${id} staat op 'niet uitgevoerd', met de reden erbij.`,
  needReason: (id: string) =>
    `Zeg waarom de toezegging niet wordt uitgevoerd: /advies niet-uitgevoerd ${id} reden:"…". Er is niets vastgelegd.`,
  postponeNeeds: (id: string) =>
    `Geef de nieuwe termijn en de reden: /advies uitstel ${id} termijn:<datum> reden:"…". Er is niets vastgelegd.`,
  postponeNotLater: (current: string) =>
    `De nieuwe termijn moet na de huidige termijn (${current}) liggen. Er is niets vastgelegd.`,
  postponedReply: (id: string, from: string, to: string) =>
    `De toezegging bij ${id} is uitgesteld van ${from} naar ${to}. Zeven dagen voor ${to} en de dag erna vraag ik weer of het is gedaan.`,
  reminderBefore: (id: string, due: string, left: number) =>
    `⏰ de toezegging bij ${id} moet uiterlijk ${due} zijn uitgevoerd (nog ${days(left)}). Is het gedaan? Zeg het met /advies uitgevoerd ${id}. Lukt het niet op tijd: /advies uitstel ${id} termijn:<datum> reden:"…".`,
  reminderAfter: (id: string, due: string) =>
    `⏰ de termijn van de toezegging bij ${id} was ${due}. Is het gedaan? Zeg het met /advies uitgevoerd ${id}. Anders: /advies uitstel ${id} termijn:<datum> reden:"…" of /advies niet-uitgevoerd ${id} reden:"…".`,
};

export type PromiseMessages = typeof nl;

const en: PromiseMessages = {
  label: 'Promise',
  due: (date) => `by ${date}`,
  postponed: (from, to, reason) => `postponed from ${from} to ${to} (${reason})`,
  done: (date, late) => `done on ${date} (${late > 0 ? `${daysEn(late)} late` : 'on time'})`,
  notDone: (date) => `not done (${date})`,
  open: 'still open',
  inList: (date) => `promise by ${date}`,
  noPromise: (id) =>
    `${id} has no promise. It starts when the municipality answers followed or partly with a date: /advice answer ${id} followed how:"…" deadline:<date>.`,
  alreadySettled: (id, outcome) => `The promise on ${id} is already settled: ${outcome}. Nothing changes.`,
  doneReply: (id, due, late) =>
    `✅ The promise on ${id} is done, ${late > 0 ? `${daysEn(late)} late` : 'on time'} (due ${due}).`,
  notDoneReply: (id) => `The promise on ${id} is set to 'not done', with the reason.`,
  needReason: (id) =>
    `Say why the promise will not be kept: /advice not-done ${id} reason:"…". Nothing was recorded.`,
  postponeNeeds: (id) =>
    `Give the new date and the reason: /advice postpone ${id} deadline:<date> reason:"…". Nothing was recorded.`,
  postponeNotLater: (current) =>
    `The new date must be after the current one (${current}). Nothing was recorded.`,
  postponedReply: (id, from, to) =>
    `The promise on ${id} is postponed from ${from} to ${to}. Seven days before ${to} and the day after, I will ask again whether it is done.`,
  reminderBefore: (id, due, left) =>
    `⏰ the promise on ${id} is due by ${due} (${daysEn(left)} left). Is it done? Say so with /advice done ${id}. If it will be late: /advice postpone ${id} deadline:<date> reason:"…".`,
  reminderAfter: (id, due) =>
    `⏰ the promise on ${id} was due ${due}. Is it done? Say so with /advice done ${id}. Otherwise: /advice postpone ${id} deadline:<date> reason:"…" or /advice not-done ${id} reason:"…".`,
};

export const promiseMessages: Record<Lang, PromiseMessages> = { nl, en };
