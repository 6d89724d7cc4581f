/**
 * A real bot process (real store, the real commands) that receives a burst of `/besluit`
 * commands at once, as a busy Slack channel delivers them, so their changes share one
 * journal write, then lists the decisions; it prints every answer as one JSON line and then kills itself with
 * SIGKILL, as a crash would. Run under `ulimit -f` it meets a disk that fills up mid-write.
 */
// @ts-nocheck


import { commands } from '../../commands/index.ts';
import { Bot } from '../../src/core/bot.ts';
import { silentLogger } from '../../src/ops/log.ts';
import { configSchema, DEMO_MEMBERS } from '../../src/setup/config.ts';
import { Store } from '../../src/store/store.ts';
import { SettableClock } from '../../src/time/clock.ts';
import { RecordingAdapter } from './recording-adapter.ts';

const dataDir = process.env.STADSPANEL_DATA_DIR!;
const count = Number(process.env.BURST ?? 40);
const store = await Store.open(dataDir, { logger: silentLogger });
const bot = new Bot({
  config: configSchema.parse({ members: DEMO_MEMBERS }),
  store,
  clock: new SettableClock(new Date('2026-11-28T10:00:00Z')),
  commands,
  logger: silentLogger,
});
const adapter = new RecordingAdapter('shell', () => bot.config.channels);
bot.attach(adapter);
await Promise.all(
  Array.from({ length: count }, (_, index) =>
    bot.receive({
      kind: 'command',
      eventId: `burst-${index}`,
      actor: { platform: 'shell', userId: 'secretaris' },
      channel: 'panel',
      text: `/besluit Besluit-${index} ${'met een lange toelichting '.repeat(10)}`,
    }),
  ),
);
// What the bot shows afterwards is what it kept.
await bot.receive({
  kind: 'command',
  eventId: 'burst-list',
  actor: { platform: 'shell', userId: 'secretaris' },
  channel: 'panel',
  text: '/besluit lijst',
});
process.stdout.write(`${JSON.stringify(adapter.sent.map((sent) => sent.text))}\n`, () =>
  process.kill(process.pid, 'SIGKILL'),
);
