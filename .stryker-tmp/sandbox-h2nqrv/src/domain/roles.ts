/**
 * The roles in the panel (the table in docs/ARCHITECTURE.md, "Roles"). A member can hold several.
 */
// @ts-nocheck

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
