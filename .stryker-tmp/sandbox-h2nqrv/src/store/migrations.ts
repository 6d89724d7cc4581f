// @ts-nocheck
import { BUILT_IN_TERMS, recordFirstAgreement } from '../domain/agreements.ts';
import { type AgreementTerms, type Db, SCHEMA_VERSION } from './schema.ts';

/** The schema version from which the agreement is a record (`agreements`). */
export const AGREEMENTS_SINCE = 4;

/** What an upgrade needs to know besides the file: the terms the bot ran with (its config's). */
export interface MigrationContext {
  readonly firstTerms: AgreementTerms;
}

/**
 * Upgrades a store written by an older version, one step per version. Each step takes
 * the JSON of version N and returns that of N + 1. A file from a newer version is left
 * for the schema check to refuse.
 */
const steps: Record<
  number,
  (json: Record<string, unknown>, context: MigrationContext) => Record<string, unknown>
> = {
  /** 1 → 2: handled events get the time they were handled, so they can expire by age. */
  1: ({ processedEvents, ...rest }) => ({
    ...rest,
    handledEvents: (Array.isArray(processedEvents) ? processedEvents : []).map((key) => ({
      key: String(key),
      at: new Date().toISOString(),
    })),
  }),
  /** 2 → 3: a meeting's action points become items of their own (`ACT-2026-001`). */
  2: (json) => moveActionPoints(json),
  /**
   * 3 → 4: the agreement becomes a record. The terms the bot ran with (its config's caps
   * and answer window, or the built-in ones) become those of the first agreement
   * (2022–2025), so no figure of any year changes by upgrading.
   */
  3: (json, context) => {
    const upgraded = { ...json, agreements: [] as Db['agreements'] };
    recordFirstAgreement(upgraded, context.firstTerms, new Date().toISOString(), 'upgrade');
    return upgraded;
  },
};

interface OldMeeting {
  readonly id: string;
  readonly confidentiality?: string;
  readonly confidentialUntil?: string;
  readonly actions?: ReadonlyArray<{ owner: string; text: string; by: string; at: string }>;
}

function moveActionPoints(json: Record<string, unknown>): Record<string, unknown> {
  const counters = { ...((json.counters as Record<string, number> | undefined) ?? {}) };
  const actionPoints: unknown[] = [];
  const meetings = (Array.isArray(json.meetings) ? (json.meetings as OldMeeting[]) : []).map(
    ({ actions, ...meeting }) => {
      for (const action of actions ?? []) {
        const year = action.at.slice(0, 4);
        const number = (counters[`ACT-${year}`] ?? 0) + 1;
        counters[`ACT-${year}`] = number;
        actionPoints.push({
          id: `ACT-${year}-${String(number).padStart(3, '0')}`,
          meeting: meeting.id,
          owner: action.owner,
          text: action.text,
          confidentiality: meeting.confidentiality ?? 'openbaar',
          ...(meeting.confidentialUntil ? { confidentialUntil: meeting.confidentialUntil } : {}),
          by: action.by,
          at: action.at,
          reminders: {},
        });
      }
      return meeting;
    },
  );
  return { ...json, counters, meetings, actionPoints };
}

export function migrate(json: unknown, context: MigrationContext = { firstTerms: BUILT_IN_TERMS }): unknown {
  if (!json || typeof json !== 'object' || Array.isArray(json)) return json;
  let current = json as Record<string, unknown>;
  let version = typeof current.schemaVersion === 'number' ? current.schemaVersion : undefined;
  while (version !== undefined && version < SCHEMA_VERSION) {
    const step = steps[version];
    if (!step) break;
    current = { ...step(current, context), schemaVersion: version + 1 };
    version += 1;
  }
  return current;
}
