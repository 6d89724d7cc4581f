/**
 * `node bench/store.ts`: the store's own figures (issue 17, item 3), apart from the full
 * benchmark: the floor (one ~1 KB append + fdatasync), a write command's latency on
 * stores of 1, 10 and 100 years over enough writes to include compactions, and a burst
 * of 200 concurrent writes against the same 200 one by one, with the fdatasyncs each caused.
 */
import { mkdtemp, open, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ChatEvent, MessageRef } from '../src/events.ts';
import { silentLogger } from '../src/log.ts';
import type { ChatAdapter } from '../src/port.ts';
import { type RichMessage, renderText } from '../src/rich-message.ts';
import { type Running, start } from '../src/start.ts';
import { syncCount } from '../src/store/store.ts';
import { oneYear, type Shape, TEN_YEARS, writeStore } from './generate.ts';

const WRITES = Number(process.env.BENCH_WRITES ?? 3_000);
const folders: string[] = [];

class QuietAdapter implements ChatAdapter {
  readonly platform = 'shell' as const;
  #next = 0;
  async post(channel: string, message: RichMessage): Promise<MessageRef> {
    renderText(message);
    return { platform: 'shell', channel, id: String(++this.#next) };
  }
  async reply(thread: MessageRef, message: RichMessage): Promise<MessageRef> {
    return this.post(thread.channel, message);
  }
  async update(_ref: MessageRef, message: RichMessage): Promise<void> {
    renderText(message);
  }
}

function percentile(values: readonly number[], share: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)] ?? Number.NaN;
}

async function folder(name: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), `stadspanel-store-${name}-`));
  folders.push(dir);
  return dir;
}

async function floor(rounds: number): Promise<number> {
  const handle = await open(join(await folder('floor'), 'floor.jsonl'), 'a');
  const line = `${'x'.repeat(1_023)}\n`;
  const timings: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const started = performance.now();
    await handle.write(line);
    await handle.datasync();
    timings.push(performance.now() - started);
  }
  await handle.close();
  console.log(
    `floor over ${rounds}: p50 ${percentile(timings, 0.5).toFixed(2)}, p99 ${percentile(timings, 0.99).toFixed(2)}, p99.9 ${percentile(timings, 0.999).toFixed(2)}, max ${Math.max(...timings).toFixed(2)} ms`,
  );
  return percentile(timings, 0.5);
}

function scaled(years: number): Shape {
  const shape = (years === 1 ? oneYear() : { ...TEN_YEARS }) as Shape;
  if (years > 10) for (const key of Object.keys(shape) as Array<keyof Shape>) shape[key] *= years / 10;
  shape.years = years;
  return shape;
}

async function running(years: number): Promise<Running> {
  const dir = await folder(`${years}y`);
  await writeStore(dir, scaled(years));
  const bot = await start(
    { STADSPANEL_DATA_DIR: dir, STADSPANEL_NOW: '2026-11-28T10:00' },
    { logger: silentLogger },
  );
  bot.bot.attach(new QuietAdapter());
  return bot;
}

let events = 0;
function decision(text: string): ChatEvent {
  return {
    kind: 'command',
    eventId: `store-bench-${++events}`,
    actor: { platform: 'shell', userId: 'voorzitter' },
    channel: 'panel',
    text: `/besluit ${text}`,
  };
}

async function writes(bot: Running, count: number): Promise<number[]> {
  const timings: number[] = [];
  for (let index = 0; index < count; index++) {
    const started = performance.now();
    await bot.bot.receive(decision(`Bench-besluit ${index} ${'over de druktemeter '.repeat(20)}`));
    timings.push(performance.now() - started);
  }
  return timings;
}

async function burst(bot: Running, count: number): Promise<{ ms: number; syncs: number }> {
  await bot.store.idle();
  const syncs = syncCount();
  const started = performance.now();
  await Promise.all(Array.from({ length: count }, (_, index) => bot.bot.receive(decision(`Burst ${index}`))));
  const ms = performance.now() - started;
  return { ms, syncs: syncCount() - syncs };
}

async function sequential(bot: Running, count: number): Promise<{ ms: number; syncs: number }> {
  await bot.store.idle();
  const syncs = syncCount();
  const started = performance.now();
  for (let index = 0; index < count; index++) await bot.bot.receive(decision(`Een voor een ${index}`));
  return { ms: performance.now() - started, syncs: syncCount() - syncs };
}

const base = await floor(3_000);
console.log(`floor (1 KB append + fdatasync): median ${base.toFixed(2)} ms`);
const medians = new Map<number, number>();
for (const years of (process.env.BENCH_YEARS ?? '1,10,100').split(',').map(Number)) {
  const bot = await running(years);
  await writes(bot, 100);
  const compactions = bot.store.compactions;
  const timings = await writes(bot, WRITES);
  if (process.env.BENCH_TAIL)
    console.log(
      timings
        .map((ms, index) => [ms, index] as const)
        .sort((a, b) => b[0] - a[0])
        .slice(0, 12)
        .map(([ms, index]) => `#${index} ${ms.toFixed(2)}`)
        .join(', '),
    );
  const median = percentile(timings, 0.5);
  medians.set(years, median);
  console.log(
    `${years}y: write p50 ${median.toFixed(2)} ms (${(median / base).toFixed(2)}× floor), ` +
      `p99 ${percentile(timings, 0.99).toFixed(2)}, p99.9 ${percentile(timings, 0.999).toFixed(2)} (${(percentile(timings, 0.999) / median).toFixed(1)}× p50), ` +
      `max ${Math.max(...timings).toFixed(2)} (${(Math.max(...timings) / median).toFixed(1)}× p50), ` +
      `${bot.store.compactions - compactions} compactions`,
  );
  if (years === 10) {
    const together = await burst(bot, 200);
    const alone = await sequential(bot, 200);
    console.log(
      `burst of 200: ${together.ms.toFixed(0)} ms, ${together.syncs} syncs; one by one: ${alone.ms.toFixed(0)} ms, ${alone.syncs} syncs (${(alone.ms / together.ms).toFixed(1)}× faster together)`,
    );
  }
  await bot.stop();
}
const one = medians.get(1);
if (one) {
  for (const [years, median] of medians)
    if (years > 1) console.log(`ageing ${years}y ÷ 1y: ${(median / one).toFixed(2)}`);
}
for (const dir of folders) await rm(dir, { recursive: true, force: true });
