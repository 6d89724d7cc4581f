/** A record lookup by user-typed text that never returns inherited properties (`__proto__`, `constructor`). */
// @ts-nocheck

export function lookup<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
