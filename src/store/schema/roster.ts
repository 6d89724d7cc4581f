import * as z from 'zod';
import { ROLES } from '../../domain/roles.ts';
import { calendarDate, memberField } from './fields.ts';

/**
 * A member as the chair or secretary entered them in chat (`/lid nieuw`, `/lid rol`), whole.
 * The same fields as a member in config.json; the id is a member id, so `/privacy inzage`
 * finds it (and `/privacy vergeet` removes the entry).
 */
export const rosterMember = z.strictObject({
  id: memberField({ nl: 'toegevoegd of gewijzigd met /lid', en: 'added or changed with /member' }),
  name: z.string().min(1).max(100),
  roles: z.array(z.enum(ROLES)).min(1),
  slack: z.string().optional(),
  matrix: z.string().optional(),
  approver: z.boolean().optional(),
  geheimhouding: calendarDate.optional(),
  openbaar: z.boolean().optional(),
});
