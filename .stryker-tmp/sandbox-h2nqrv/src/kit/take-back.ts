// @ts-nocheck
import type { Bot } from '../core/bot.ts';
import { opennessTexts } from '../i18n/texts/openness.ts';
import { parseRef } from '../port/events.ts';
import {
  type Block,
  context as contextLine,
  message,
  paragraph,
  type RichMessage,
} from '../port/rich-message.ts';
import { localDate } from '../time/time.ts';
import { guardFor } from './confidentiality.ts';

/** What became confidential, and where the bot may have shown it. */
export interface TakenBack {
  /** The ids whose messages may show it (the item, or the meeting of a minute line). */
  readonly items: readonly string[];
  /** Text that shows it besides ids and titles (a minute line's text). */
  readonly texts: readonly string[];
  /** The item's own message, and how it reads now (where it may still be read). */
  readonly message?: string | undefined;
  readonly render?: (() => RichMessage) | undefined;
}

/**
 * The parts of a message that do not show something confidential: list lines, fields and
 * sentences that do are left out, with a note that a part was taken down. A heading that
 * shows it takes the whole message down. Undefined when nothing in it shows it.
 */
export function withoutShowing(
  content: RichMessage,
  shows: (text: string) => boolean,
  texts: { readonly takenDown: string; readonly partTakenDown: string },
): RichMessage | undefined {
  let changed = false;
  let whole = false;
  const kept = content.blocks.flatMap((block): Block[] => {
    if (block.kind === 'divider') return [block];
    if (block.kind === 'list') {
      const items = block.items.filter((item) => !shows(item));
      changed ||= items.length < block.items.length;
      return items.length > 0 ? [{ ...block, items }] : [];
    }
    if (block.kind === 'fields') {
      const fields = block.fields.filter((field) => !shows(`${field.label}: ${field.value}`));
      changed ||= fields.length < block.fields.length;
      return fields.length > 0 ? [{ ...block, fields }] : [];
    }
    if (!shows(block.text)) return [block];
    changed = true;
    whole ||= block.kind === 'heading';
    return [];
  });
  if (!changed) return undefined;
  if (whole || kept.every((block) => block.kind === 'divider')) return message(paragraph(texts.takenDown));
  return message(...kept, contextLine(texts.partTakenDown));
}

/**
 * After something became confidential: edits every message the bot posted that showed
 * it, where someone may not read confidential content now (a public channel, or one with
 * a guest). The item's own message there is taken down; elsewhere it is rendered anew
 * (it says it is confidential now). Other messages lose the parts that show it. Returns
 * how many messages were edited where someone may not read it.
 */
export async function takeBack(bot: Bot, what: TakenBack): Promise<number> {
  const t = opennessTexts[bot.config.language];
  const today = localDate(bot.clock.now(), bot.config.timezone);
  const guard = guardFor(bot.store.db, today, true)!;
  const shows = (text: string) => guard.names(text) || what.texts.some((part) => text.includes(part));
  const mayNotRead = async (ref: string) => {
    const parsed = parseRef(ref);
    return parsed !== undefined && (await bot.audience(parsed.platform, parsed.channel)).public;
  };
  let edited = 0;
  if (what.message) {
    if (await mayNotRead(what.message)) {
      await bot.update(what.message, message(paragraph(t.takenDown)));
      edited++;
    } else if (what.render) await bot.update(what.message, what.render());
  }
  const log = bot.posted;
  const seen = new Set(what.message ? [what.message] : []);
  for (const item of what.items) {
    for (const posted of await log.showing({ item })) {
      if (seen.has(posted.ref)) continue;
      seen.add(posted.ref);
      if (!(await mayNotRead(posted.ref))) continue;
      const scrubbed = withoutShowing(posted.message, shows, t);
      if (!scrubbed) continue;
      await bot.update(posted.ref, scrubbed);
      edited++;
    }
  }
  return edited;
}
