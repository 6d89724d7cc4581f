// @ts-nocheck
import { createHmac, randomBytes } from 'node:crypto';
import type { Poll } from '../../src/store/schema.ts';

/**
 * The rules of a poll, as pure functions: reading the question and its options, the
 * number emoji, and casting a vote. An open ballot keeps who chose what; a secret one
 * only counts, and knows who voted by a keyed digest (see the schema's `poll`).
 */

export const MIN_OPTIONS = 2;
export const MAX_OPTIONS = 10;

/** The number emoji the bot puts under a poll, one per option: 1️⃣ … 🔟. */
export const NUMBERS = ['1️⃣', '2️⃣', '3️⃣', '4️⃣', '5️⃣', '6️⃣', '7️⃣', '8️⃣', '9️⃣', '🔟'] as const;

/** The option an emoji stands for (`2️⃣` → 2), or undefined. */
export function optionOfEmoji(emoji: string): number | undefined {
  const index = NUMBERS.indexOf(emoji as (typeof NUMBERS)[number]);
  return index >= 0 ? index + 1 : undefined;
}

/** A reply that is a vote: a number alone (`2`, `2.`, `#2`), nothing else. */
const VOTE = /^#?(\d{1,2})\.?$/;

export function optionOfReply(text: string): number | undefined {
  const match = VOTE.exec(text.trim());
  return match ? Number(match[1]) : undefined;
}

export type PollLine =
  | { readonly ok: true; readonly question: string; readonly options: readonly string[] }
  | { readonly ok: false; readonly problem: 'no-question' | 'too-few' | 'too-many' | 'empty-option' };

/**
 * `"Wanneer het volgende overleg?" di 14 jan | do 16 jan`: the question (quoted, or up to
 * its question mark) and the options between bars.
 */
export function readPoll(words: readonly { readonly value: string; readonly quoted: boolean }[]): PollLine {
  let question: string | undefined;
  let rest = words;
  if (words[0]?.quoted) {
    question = words[0].value.trim();
    rest = words.slice(1);
  }
  const parts = rest
    .map((word) => word.value)
    .join(' ')
    .split('|')
    .map((part) => part.replace(/\s+/g, ' ').trim());
  if (question === undefined) {
    const first = parts[0] ?? '';
    const mark = first.lastIndexOf('?');
    if (mark < 0) return { ok: false, problem: 'no-question' };
    question = first.slice(0, mark + 1).trim();
    parts[0] = first.slice(mark + 1).trim();
  }
  if (!question || question === '?') return { ok: false, problem: 'no-question' };
  const options = parts.length === 1 && parts[0] === '' ? [] : parts;
  if (options.length < MIN_OPTIONS) return { ok: false, problem: 'too-few' };
  if (options.length > MAX_OPTIONS) return { ok: false, problem: 'too-many' };
  if (options.some((option) => option === '')) return { ok: false, problem: 'empty-option' };
  return { ok: true, question, options };
}

/** A fresh key for a secret ballot's digests. */
export function newKey(): string {
  return randomBytes(32).toString('base64url');
}

function ballotOf(poll: Poll, memberId: string): string {
  return createHmac('sha256', poll.key ?? '')
    .update(memberId)
    .digest('base64url');
}

export type VoteResult = 'counted' | 'changed' | 'same' | 'already-voted';

/**
 * Casts a member's vote (`option` counts from 1) on an open poll, in place. An open ballot
 * replaces an earlier vote; a secret one counts once and cannot change (nobody can tell
 * which count was theirs).
 */
export function castVote(poll: Poll, memberId: string, option: number): VoteResult {
  if (poll.secret) {
    const ballot = ballotOf(poll, memberId);
    if (poll.ballots.includes(ballot)) return 'already-voted';
    const counts = [...(poll.counts ?? poll.options.map(() => 0))];
    counts[option - 1] = (counts[option - 1] ?? 0) + 1;
    poll.counts = counts;
    // Sorted, so the order of the digests says nothing about the order of voting.
    poll.ballots = [...poll.ballots, ballot].sort();
    return 'counted';
  }
  const earlier = poll.votes.find((vote) => vote.by === memberId);
  if (earlier?.option === option) return 'same';
  poll.votes = [...poll.votes.filter((vote) => vote.by !== memberId), { by: memberId, option }];
  return earlier ? 'changed' : 'counted';
}

/** Takes back a member's vote for `option` (a removed reaction); only an open ballot can. */
export function withdrawVote(poll: Poll, memberId: string, option: number): boolean {
  if (poll.secret) return false;
  const before = poll.votes.length;
  poll.votes = poll.votes.filter((vote) => !(vote.by === memberId && vote.option === option));
  return poll.votes.length < before;
}

/** The votes per option, in order. */
export function tally(poll: Poll): number[] {
  if (poll.secret) return poll.options.map((_, index) => poll.counts?.[index] ?? 0);
  return poll.options.map((_, index) => poll.votes.filter((vote) => vote.option === index + 1).length);
}

/** Closes a poll, in place: a secret ballot's key and digests are erased, only the counts stay. */
export function close(poll: Poll, at: string, by: string | undefined): void {
  poll.closed = { at, ...(by ? { by } : {}) };
  if (poll.secret) {
    poll.counts = tally(poll);
    poll.ballots = [];
    delete poll.key;
  }
}

/** Whether a poll's date has passed: it is open through the whole of its `until` day. */
export function isDue(poll: Poll, today: string): boolean {
  return poll.closed === undefined && poll.until !== undefined && poll.until < today;
}
