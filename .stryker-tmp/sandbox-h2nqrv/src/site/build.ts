// @ts-nocheck
import { resolve } from 'node:path';
import type { Config } from '../setup/config.ts';
import type { Db } from '../store/schema.ts';
import type { CalendarDate } from '../time/time.ts';
import { renderSite } from './render.ts';
import { type SiteChanges, writeSite } from './write.ts';

/** Where the site is written: `site.dir` from the config, relative to the folder the bot runs in. */
export function siteDir(config: Config): string {
  return resolve(config.site.dir);
}

/** Renders the public site from the store and writes it; says what changed since the last build. */
export function buildSite(db: Db, config: Config, today: CalendarDate): Promise<SiteChanges> {
  return writeSite(siteDir(config), renderSite(db, config, today));
}
