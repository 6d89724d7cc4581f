/**
 * The roles in the panel (the table in docs/ARCHITECTURE.md, "Roles"). A member can hold several.
 */
export const ROLES = ['panel', 'voorzitter', 'secretaris', 'gemeente', 'pit', 'programmamanager'] as const;
export type Role = (typeof ROLES)[number];

/** Who may run a sub-command: listed roles, or everyone (also people not in the roster). */
export type Allowed = readonly Role[] | 'everyone' | 'members';

export const CHAIR: readonly Role[] = ['voorzitter', 'secretaris'];

/**
 * The municipality's side: staff bound by their own duty of confidentiality (ambtsgeheim),
 * not by the panel's declaration of afspraak 7c.
 */
export const MUNICIPAL: readonly Role[] = ['gemeente', 'pit', 'programmamanager'];

/** What the role rules look at of a roster member (src/setup/config.ts's `Member`). */
interface RoleHolder {
  readonly roles: readonly Role[];
  /** A municipal member who may approve and pay expenses. */
  readonly approver?: boolean | undefined;
}

/** Whether a member holds any of the roles. */
export function hasRole(member: RoleHolder | undefined, roles: readonly Role[]): boolean {
  return member?.roles.some((role) => roles.includes(role)) ?? false;
}

/** May approve and pay expenses: the programme manager, or a municipal member marked approver. */
export function isApprover(member: RoleHolder | undefined): boolean {
  return (
    hasRole(member, ['programmamanager']) || (hasRole(member, ['gemeente']) && member?.approver === true)
  );
}
