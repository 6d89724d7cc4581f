// @ts-nocheck
import type { Lang } from '../i18n/lang.ts';
import { messages } from '../i18n/messages.ts';
import {
  type Block,
  context,
  heading,
  list,
  message,
  paragraph,
  type RichMessage,
} from '../port/rich-message.ts';
import type { Config } from '../setup/config.ts';
import type { Db } from '../store/schema.ts';
import { type CalendarDate, formatDate, localDate } from '../time/time.ts';

/** What rendering an item needs besides the item; every handler's context is one. */
export interface RenderScope {
  readonly lang: Lang;
  readonly today: CalendarDate;
  readonly config: Config;
  /** The store, for the free-text rule: what a text names is looked up at rendering. */
  readonly db: Db;
  nameOf(memberId: string): string;
}

/** The calendar day of an instant, in the panel's time zone, as people write it. */
export function dayOf(scope: RenderScope, instant: string): string {
  return formatDate(localDate(new Date(instant), scope.config.timezone), scope.lang);
}

/**
 * A list of items as one message: a heading, a line per item (or a sentence when there
 * are none), and, when confidential items were held back, a line that only counts them.
 */
export function listMessage(parts: {
  readonly title: string;
  readonly lines: readonly string[];
  readonly empty: string;
  readonly hidden?: string | undefined;
  readonly after?: readonly Block[];
}): RichMessage {
  return message(
    heading(parts.title),
    parts.lines.length ? list(parts.lines) : paragraph(parts.empty),
    ...(parts.after ?? []),
    parts.hidden !== undefined && context(parts.hidden),
  );
}

/** "2 adviesverzoeken niet getoond: vertrouwelijk." — or nothing when none were held back. */
export function hiddenNote(lang: Lang, count: number, noun: string, nouns: string): string | undefined {
  return count > 0 ? messages[lang].hiddenConfidential(count, count === 1 ? noun : nouns) : undefined;
}
