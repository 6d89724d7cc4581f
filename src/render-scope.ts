import type { Config } from './config.ts';
import type { Lang } from './i18n/lang.ts';
import type { CalendarDate } from './time.ts';

/** What rendering an item needs besides the item; every handler's context is one. */
export interface RenderScope {
  readonly lang: Lang;
  readonly today: CalendarDate;
  readonly config: Config;
  nameOf(memberId: string): string;
}
