import { SCHEMA_VERSION } from './schema.ts';

/**
 * Upgrades a store written by an older version, one step per version. Each step takes
 * the JSON of version N and returns that of N + 1. A file from a newer version is left
 * for the schema check to refuse.
 */
const steps: Record<number, (json: Record<string, unknown>) => Record<string, unknown>> = {
  /** 1 → 2: handled events get the time they were handled, so they can expire by age. */
  1: ({ processedEvents, ...rest }) => ({
    ...rest,
    handledEvents: (Array.isArray(processedEvents) ? processedEvents : []).map((key) => ({
      key: String(key),
      at: new Date().toISOString(),
    })),
  }),
};

export function migrate(json: unknown): unknown {
  if (!json || typeof json !== 'object' || Array.isArray(json)) return json;
  let current = json as Record<string, unknown>;
  let version = typeof current.schemaVersion === 'number' ? current.schemaVersion : undefined;
  while (version !== undefined && version < SCHEMA_VERSION) {
    const step = steps[version];
    if (!step) break;
    current = { ...step(current), schemaVersion: version + 1 };
    version += 1;
  }
  return current;
}
