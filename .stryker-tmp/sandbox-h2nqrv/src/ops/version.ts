// @ts-nocheck
import { readFileSync } from 'node:fs';

let version: string | undefined;

/**
 * The bot's version, from package.json: one level up from this file, and from the bundle in
 * dist/ (see app/bundle.js) alike.
 */
export function botVersion(): string {
  version ??= (
    JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }
  ).version;
  return version;
}
