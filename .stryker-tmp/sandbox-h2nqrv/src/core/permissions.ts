// @ts-nocheck
import type { Role } from '../domain/roles.ts';
import type { Messages } from '../i18n/messages.ts';
import type { Config, Member } from '../setup/config.ts';
import type { ChannelInfo, SubcommandSpec } from './command.ts';

/** Whether a member holds any of the roles. */
export function hasRole(member: Member | undefined, roles: readonly Role[]): boolean {
  return member?.roles.some((role) => roles.includes(role)) ?? false;
}

/** May approve and pay expenses: the programme manager, or a municipal member marked approver. */
export function isApprover(member: Member | undefined): boolean {
  return (
    hasRole(member, ['programmamanager']) || (hasRole(member, ['gemeente']) && member?.approver === true)
  );
}

/** The first configured channel that is not public, to point people to. */
export function panelChannelName(config: Config): string {
  return Object.entries(config.channels).find(([, channel]) => !channel.public)?.[0] ?? 'panel';
}

/**
 * Why this member may not run this sub-command here, as a sentence (`who`: for who they
 * are, not where they ask); undefined when they may. Strangers may read but not act;
 * changes never happen in a public channel.
 */
export function refusal(
  sub: SubcommandSpec,
  member: Member | undefined,
  channel: ChannelInfo,
  config: Config,
  t: Messages,
): { readonly text: string; readonly who: boolean } | undefined {
  if (sub.allowed !== 'everyone' && member === undefined) return { text: t.notInRoster, who: true };
  if (sub.changes && member === undefined) return { text: t.notInRoster, who: true };
  if (typeof sub.allowed !== 'string' && !hasRole(member, sub.allowed)) {
    // Who may, in words: the sub-command's own (`de programmamanager of een gemeentelid dat …`), or its roles with their articles.
    const allowed = sub.who?.[t.lang] ?? t.joinOr(sub.allowed.map((role) => t.roleWithArticle[role]));
    const yours = t.joinAnd(member!.roles.map((role) => t.roleName[role]));
    return { text: t.roleRefused(allowed, yours), who: true };
  }
  // Personal data stays out of public channels, and out of channels where others may not read it.
  const others = channel.outsiders.some((person) => person.member === undefined || person.member !== member);
  if (sub.personal && (channel.open || channel.openToAnyone || others))
    return { text: t.personalData, who: false };
  if (sub.changes && channel.open) return { text: t.publicChannel(panelChannelName(config)), who: false };
  return undefined;
}
