// @ts-nocheck
import type { Member } from '../setup/config.ts';
import type { Db } from '../store/schema.ts';

/**
 * The roster the bot works with: config.json's members (the starting roster), with the
 * changes made in chat (`/lid`) before them. A member changed in chat replaces the one with
 * the same id; a member taken off in chat is left out; members added in chat come last.
 */
export type RosterChanges = Db['roster'];

export function currentRoster(starting: readonly Member[], changes: RosterChanges): Member[] {
  const changed = new Map(changes.members.map((member) => [member.id, member]));
  const removed = new Set(changes.removed);
  const fromConfig = starting
    .filter((member) => !removed.has(member.id))
    .map((member) => changed.get(member.id) ?? member);
  const ids = new Set(starting.map((member) => member.id));
  return [...fromConfig, ...changes.members.filter((member) => !ids.has(member.id))];
}

/** Puts a member on the roster, or replaces their entry: the whole member is kept. */
export function putMember(roster: RosterChanges, member: Member): void {
  roster.members = [...roster.members.filter((entry) => entry.id !== member.id), { ...member }];
  roster.removed = roster.removed.filter((id) => id !== member.id);
}

/** Takes a member off the roster; one from config.json stays hidden until it is removed there too. */
export function removeMember(roster: RosterChanges, id: string, inConfig: boolean): void {
  roster.members = roster.members.filter((entry) => entry.id !== id);
  if (inConfig && !roster.removed.includes(id)) roster.removed = [...roster.removed, id];
}

/** Forgets everything the chat's roster changes hold about a former member (`/privacy vergeet`). */
export function forgetRosterEntries(roster: RosterChanges, id: string): void {
  roster.members = roster.members.filter((entry) => entry.id !== id);
  roster.removed = roster.removed.filter((removed) => removed !== id);
}

/** Why this roster cannot work, in the words of `messages`; undefined when it can. */
export type RosterProblem =
  | { readonly kind: 'idTwice'; readonly id: string }
  | { readonly kind: 'accountTwice'; readonly account: string; readonly ids: readonly [string, string] }
  | { readonly kind: 'noChair' };

export function rosterProblem(members: readonly Member[]): RosterProblem | undefined {
  const ids = new Set<string>();
  const accounts = new Map<string, string>();
  for (const member of members) {
    if (ids.has(member.id)) return { kind: 'idTwice', id: member.id };
    ids.add(member.id);
    for (const account of [member.slack, member.matrix]) {
      if (!account) continue;
      const other = accounts.get(account);
      if (other) return { kind: 'accountTwice', account, ids: [other, member.id] };
      accounts.set(account, member.id);
    }
  }
  const chair = members.some(
    (member) => member.roles.includes('voorzitter') || member.roles.includes('secretaris'),
  );
  return chair ? undefined : { kind: 'noChair' };
}
