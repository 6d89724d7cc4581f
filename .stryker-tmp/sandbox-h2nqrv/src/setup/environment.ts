/** The process environment, or a test's stand-in for it. */
// @ts-nocheck

export interface Environment {
  readonly [name: string]: string | undefined;
}

/**
 * The variables that are really set. An empty or blank value (`SLACK_APP_TOKEN=` on a
 * line of a `.env` or compose file) counts as unset, for every variable the bot reads.
 */
export function setVariables(env: Environment): Environment {
  return Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined && value.trim() !== ''),
  );
}
