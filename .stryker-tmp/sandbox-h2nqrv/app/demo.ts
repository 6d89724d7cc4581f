// @ts-nocheck
import { Writable } from 'node:stream';
import { ShellAdapter } from '../adapters/shell/shell-adapter.ts';
import type { Bot } from '../src/core/bot.ts';
import { findItem, itemsOfKind, titleOf } from '../src/kit/items.ts';
import { type MessageRef, parseRef } from '../src/port/events.ts';
import { type RichMessage, renderText } from '../src/port/rich-message.ts';
import { DEMO_LENGTH_DAYS, DEMO_SCRIPT, type DemoStep } from '../src/setup/demo-script.ts';
import { type Db, ITEM_COLLECTIONS } from '../src/store/schema.ts';
import type { SettableClock } from '../src/time/clock.ts';
import { addDays, localDate, parseInstant } from '../src/time/time.ts';

/** The shell adapter, silent, remembering what the bot refused. */
class DemoAdapter extends ShellAdapter {
  readonly refusals: string[] = [];

  override post(channel: string, message: RichMessage): Promise<MessageRef> {
    if (message.tone === 'error') this.refusals.push(renderText(message));
    return super.post(channel, message);
  }

  override reply(thread: MessageRef, message: RichMessage): Promise<MessageRef> {
    if (message.tone === 'error') this.refusals.push(renderText(message));
    return super.reply(thread, message);
  }
}

export interface DemoResult {
  readonly filled: boolean;
  /** What the bot refused while filling: empty, unless the script no longer fits the rules. */
  readonly refusals: readonly string[];
}

/** Nothing recorded yet but the first agreement, which every new store starts with. */
export function isEmpty(db: Db): boolean {
  const recordedOnly = db.agreements.every((agreement) =>
    agreement.versions.every((version) => version.recorded),
  );
  return (
    recordedOnly &&
    Object.keys(ITEM_COLLECTIONS).every((prefix) => prefix === 'AFS' || itemsOfKind(db, prefix).length === 0)
  );
}

/**
 * Fills an empty store with a year of demo data by sending the script's commands and
 * reactions through `bot.receive`, as members would, with the clock moved to each day.
 */
export async function fillDemo(bot: Bot, clock: SettableClock): Promise<DemoResult> {
  if (!isEmpty(bot.store.db)) return { filled: false, refusals: [] };
  const adapter = new DemoAdapter(
    new Writable({ write: (_chunk, _encoding, done) => done() }),
    undefined,
    () => bot.config.channels,
  );
  bot.attach(adapter);
  const zone = bot.config.timezone;
  const start = addDays(localDate(clock.now(), zone), -DEMO_LENGTH_DAYS);
  for (const [index, step] of DEMO_SCRIPT.entries()) {
    clock.set(parseInstant(`${addDays(start, step.day)}T21:00`, zone)!);
    await bot.receive(toEvent(bot.store.db, step, index, start));
  }
  return { filled: true, refusals: adapter.refusals };
}

function toEvent(db: Db, step: DemoStep, index: number, start: string) {
  const base = {
    eventId: `demo-${index}`,
    actor: { platform: 'shell' as const, userId: step.as },
    channel: 'panel',
  };
  if ('say' in step) {
    const where = step.direct ? { channel: `@${step.as}`, direct: true } : {};
    return { kind: 'command' as const, ...base, ...where, text: fill(db, step.say, start) };
  }
  const id = fill(db, step.on, start);
  const item = findItem(db, id);
  const target = item?.message ? parseRef(item.message) : undefined;
  if (!target) throw new Error(`Demo step ${index}: ${step.on} has no message to react to`);
  return { kind: 'reaction' as const, ...base, emoji: step.react, added: true, target };
}

/** Replaces `{ADV:words}` by the newest matching id and `{date:N}` by the calendar date. */
function fill(db: Db, text: string, start: string): string {
  return text.replace(/\{(ADV|ONT|GN|OVL|UIT|ACT|date):([^}]+)\}/g, (_, kind: string, value: string) => {
    if (kind === 'date') return addDays(start, Number(value));
    const wanted = value.toLowerCase();
    const found = [...itemsOfKind(db, kind)]
      .reverse()
      .find((item) => titleOf(item).toLowerCase().includes(wanted));
    if (!found) throw new Error(`Demo: no ${kind} matching '${value}' yet`);
    return found.id;
  });
}
