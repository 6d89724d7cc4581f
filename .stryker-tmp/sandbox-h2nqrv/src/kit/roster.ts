// @ts-nocheck
import type { Member } from '../setup/config.ts';
import type { Side } from '../store/schema.ts';

/**
 * Finds roster members in what people type: an id (`anna`, also as `@anna`), a full name
 * (`Anna de Vries`) or a unique first name (`Anna`). A platform's mentions (`<@U012AB3CD>`)
 * reach the core already turned into roster ids by the adapter.
 */
export function findMember(members: readonly Member[], text: string): Member | undefined {
  const wanted = text
    .replace(/[,;]+$/, '')
    .trim()
    .replace(/^@/, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
  if (!wanted) return undefined;
  const exact = members.find((member) => member.id === wanted || member.name.toLowerCase() === wanted);
  if (exact) return exact;
  const byFirstName = members.filter((member) => member.name.toLowerCase().split(' ')[0] === wanted);
  return byFirstName.length === 1 ? byFirstName[0] : undefined;
}

const LONGEST_NAME = 5;
const FILLERS = new Set(['en', 'and', '&', ',']);

/**
 * Reads a list of members from words: `anna "Pieter Jansen" <@U045EF6GH>` or
 * `Anna de Vries, Pieter Jansen en Sanne`. Longer names win; what is not a member is
 * returned by name, so a refusal can say exactly which.
 */
export function findMembers(
  members: readonly Member[],
  words: readonly string[],
): { found: Member[]; unknown: string[] } {
  const found: Member[] = [];
  const unknown: string[] = [];
  const parts = words
    .flatMap((word) => word.split(/,/))
    .map((word) => word.trim())
    .filter(Boolean);
  let index = 0;
  while (index < parts.length) {
    if (FILLERS.has(parts[index]!.toLowerCase())) {
      index += 1;
      continue;
    }
    const match = longestMatch(members, parts, index);
    if (match) {
      if (!found.includes(match.member)) found.push(match.member);
      index += match.length;
    } else {
      unknown.push(parts[index]!);
      index += 1;
    }
  }
  return { found, unknown };
}

/** The member named by the words at the start, and how many words that took. */
export function longestMatch(
  members: readonly Member[],
  words: readonly string[],
  from = 0,
): { member: Member; length: number } | undefined {
  for (let length = Math.min(LONGEST_NAME, words.length - from); length >= 1; length--) {
    const member = findMember(members, words.slice(from, from + length).join(' '));
    if (member) return { member, length };
  }
  return undefined;
}

/** Which side someone is on for a conversation note: the panel's, or the municipality's. */
export function sideOf(member: Member): Side {
  return member.roles.some((role) => role === 'panel' || role === 'voorzitter' || role === 'secretaris')
    ? 'panel'
    : 'gemeente';
}

/** How someone attends a meeting: panel, municipality, or the municipality's PIT (§6d). */
export type Attendance = 'panel' | 'gemeente' | 'pit';

export function attendanceOf(member: Member): Attendance {
  if (member.roles.includes('pit')) return 'pit';
  if (member.roles.includes('gemeente') || member.roles.includes('programmamanager')) return 'gemeente';
  return 'panel';
}
