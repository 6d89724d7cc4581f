import { stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Running } from '../app/start.ts';
import { syncCount } from '../src/store/store.ts';
import { command, floorFile, fsyncFloor, openBot, reaction, removeFolders, scaled, storeOf } from './bot.ts';
import { benchMatrixEncryption } from './matrix-encryption.ts';
import { bareNode, caughtUp, shellStartup, withFullJournal } from './process-startup.ts';
import { siteFigure } from './site.ts';
import { slackEndToEnd } from './slack-e2e.ts';
import { fmt, type Summary, summarize, time } from './stats.ts';

/**
 * `npm run bench`: the bot on stores of 1, 10, 30 and 100 busy years, measured through
 * `bot.receive` as every adapter uses it, against the machine's own floor (one durable
 * append) measured in the same run. Prints a table and writes bench/results.json.
 */
const MIN_COMPACTIONS = 5;
const started = performance.now();

type Kind = 'besluit' | 'advies nieuw' | 'uitgave' | 'goedkeuring ✅' | 'advies lijst' | 'advies toon';
const WRITES: readonly Kind[] = ['besluit', 'advies nieuw', 'uitgave', 'goedkeuring ✅'];

/**
 * The command mix, round after round, until the store has compacted at least `compactions`
 * times. With `disk`, the disk alone is sampled after each round (outside the commands'
 * timings): its tail in the same seconds tells the bot's tail from the machine's.
 */
async function commandMix(
  running: Running,
  compactions: number,
  disk?: { sample(): Promise<number>; readonly timings: number[] },
): Promise<Map<Kind, number[]>> {
  const kinds = new Map<Kind, number[]>();
  const add = (kind: Kind, ms: number) => {
    const timings = kinds.get(kind);
    if (timings) timings.push(ms);
    else kinds.set(kind, [ms]);
  };
  const from = running.store.compactions;
  for (let round = 0; running.store.compactions - from < compactions || round < 500; round++) {
    const long = 'over de druktemeter en de bodycams '.repeat(12);
    add(
      'besluit',
      await time(() => running.bot.receive(command('voorzitter', `/besluit Mix ${round} ${long}`))),
    );
    add(
      'advies nieuw',
      await time(() =>
        running.bot.receive(command('gemeente', `/advies nieuw "Mix ${round}" thema:privacy`)),
      ),
    );
    add(
      'uitgave',
      await time(() => running.bot.receive(command('panellid', `/uitgave 0,01 reis Mix ${round}`))),
    );
    const expense = running.store.db.expenses.at(-1)!;
    add(
      'goedkeuring ✅',
      await time(() => running.bot.receive(reaction('programmamanager', expense.message!, '✅'))),
    );
    add('advies lijst', await time(() => running.bot.receive(command('panellid', '/advies lijst'))));
    add(
      'advies toon',
      await time(() => running.bot.receive(command('panellid', '/advies toon ADV-2026-001'))),
    );
    if (disk) disk.timings.push(await disk.sample());
  }
  return kinds;
}

/** Write latency (a decision) over enough writes for `compactions` compactions. */
async function writeTail(running: Running, compactions: number, atLeast: number): Promise<number[]> {
  const timings: number[] = [];
  const from = running.store.compactions;
  const text = 'over de druktemeter '.repeat(20);
  while (running.store.compactions - from < compactions || timings.length < atLeast) {
    timings.push(
      await time(() =>
        running.bot.receive(command('voorzitter', `/besluit Ouder ${timings.length} ${text}`)),
      ),
    );
  }
  return timings;
}

async function burst(
  running: Running,
  count: number,
  together: boolean,
): Promise<{ ms: number; syncs: number }> {
  await running.store.idle();
  const syncs = syncCount();
  const begin = performance.now();
  const one = (index: number) => running.bot.receive(command('voorzitter', `/besluit Tegelijk ${index}`));
  if (together) await Promise.all(Array.from({ length: count }, (_, index) => one(index)));
  else for (let index = 0; index < count; index++) await one(index);
  return { ms: performance.now() - begin, syncs: syncCount() - syncs };
}

async function throughBot(running: Running, text: string, runs: number): Promise<Summary> {
  const timings: number[] = [];
  for (let run = 0; run < runs; run++)
    timings.push(await time(() => running.bot.receive(command('voorzitter', text))));
  return summarize(timings);
}

async function repeat<T>(runs: number, work: () => Promise<T>): Promise<T[]> {
  const results: T[] = [];
  for (let run = 0; run < runs; run++) results.push(await work());
  return results;
}

// 1. The floor: one ~1 KB append + fdatasync.
const floor = summarize(await fsyncFloor(2_000)).median;

// 2. The command mix on the ten-year store, with compactions in it; digest and report through the bot.
const tenDir = await storeOf(10);
const ten = await openBot(tenDir);
await commandMix(ten, 0); // warm-up
const diskFile = await floorFile();
const diskTimings: number[] = [];
const mix = await commandMix(ten, MIN_COMPACTIONS, { sample: diskFile.sample, timings: diskTimings });
await diskFile.close();
const disk = summarize(diskTimings);
const mixCompactions = ten.store.compactions;
const perKind = Object.fromEntries([...mix].map(([kind, timings]) => [kind, summarize(timings)]));
const writes = summarize(WRITES.flatMap((kind) => mix.get(kind) ?? []));
const all = summarize([...mix.values()].flat());
const digest = await throughBot(ten, '/digest', 30);
const report = await throughBot(ten, '/jaarverslag 2026', 30);
const together = await burst(ten, 200, true);
const oneByOne = await burst(ten, 200, false);
await ten.stop();

// 3. Ageing and scale: 1, 10, 30 and 100 years, writes with at least one compaction each.
interface ScaleRow {
  years: number;
  shape: ReturnType<typeof scaled>;
  dbMB: number;
  writeMs: Summary;
  digestMs: Summary;
  startupMs: number;
  rssMB: number;
}
const scale: ScaleRow[] = [];
for (const years of [1, 10, 30, 100]) {
  const dir = await storeOf(years);
  const dbBytes = (await stat(join(dir, 'db.json'))).size;
  const running = await openBot(dir);
  await writeTail(running, 0, 100); // warm-up
  const tail = summarize(await writeTail(running, 1, 1_000));
  const scaleDigest = await throughBot(running, '/digest', 10);
  await running.stop();
  await caughtUp(dir);
  const startup = await repeat(3, () => shellStartup(dir));
  scale.push({
    years,
    shape: scaled(years),
    dbMB: dbBytes / 1024 / 1024,
    writeMs: tail,
    digestMs: scaleDigest,
    startupMs: summarize(startup.map((run) => run.ms)).median,
    rssMB: summarize(startup.map((run) => run.rssMB)).median,
  });
}
const write = (years: number) => scale.find((row) => row.years === years)!;
const ageing10 = write(10).writeMs.median / write(1).writeMs.median;
const ageing100 = write(100).writeMs.median / write(1).writeMs.median;
const hundredDir = await storeOf(100);
const hundred = await openBot(hundredDir);
const hundredDigest = await throughBot(hundred, '/digest', 10);
await hundred.stop();
const hundredStartup = summarize(
  (await repeat(3, async () => shellStartup(await withFullJournal(hundredDir)))).map((run) => run.ms),
);

// 4. Start-up of the shell as a whole process, against a bare node, in the same run.
const journalDir = await withFullJournal(tenDir);
const shellRuns = await repeat(5, () => shellStartup(journalDir));
const bare = summarize(await repeat(5, bareNode)).median;
const shell = summarize(shellRuns.map((run) => run.ms));
const shellRss = summarize(shellRuns.map((run) => run.rssMB)).median;

// 5. Slack end to end, bot against a bare Bolt app.
const slack = await slackEndToEnd(await storeOf(10), 1_000);
const slackBot = summarize(slack.bot);
const slackBare = summarize(slack.bare);
const slackDurable = summarize(slack.durable);

// 6. The website and Matrix encryption, in their own modules.
const site = await siteFigure();
const matrixEncryption = await benchMatrixEncryption();
await removeFolders();

const rows: Array<[string, string, string, boolean]> = [
  ['Floor: 1 KB append + fdatasync (median)', `${fmt(floor)} ms`, '—', true],
  [
    'Write command, ten years: median ÷ floor',
    `${(writes.median / floor).toFixed(2)} (${fmt(writes.median)} ms; ÷ the disk alone in the same seconds: ${(writes.median / disk.median).toFixed(2)})`,
    '≤ 2',
    writes.median <= 2 * floor,
  ],
  [
    `Write tail (${writes.runs} writes, ${mixCompactions} compactions): p99.9 ÷ median`,
    `${(writes.p999 / writes.median).toFixed(1)} (p99 ${fmt(writes.p99)}, p99.9 ${fmt(writes.p999)} ms)`,
    '≤ 10',
    writes.p999 <= 10 * writes.median,
  ],
  [
    `The disk alone in the same seconds (${disk.runs} appends + fdatasync between the rounds): p99.9 ÷ median`,
    `${(disk.p999 / disk.median).toFixed(1)} (median ${fmt(disk.median)}, p99 ${fmt(disk.p99)}, p99.9 ${fmt(disk.p999)} ms)`,
    '—',
    true,
  ],
  [
    'Write worst: max ÷ median',
    `${(writes.max / writes.median).toFixed(1)} (${fmt(writes.max)} ms)`,
    '≤ 25',
    writes.max <= 25 * writes.median,
  ],
  [
    'Burst of 200 at once: fdatasyncs',
    `${together.syncs} (one by one: ${oneByOne.syncs})`,
    '≤ 20',
    together.syncs <= 20,
  ],
  [
    'Burst of 200: one by one ÷ at once',
    `${(oneByOne.ms / together.ms).toFixed(1)} (${Math.round(oneByOne.ms)} ÷ ${Math.round(together.ms)} ms)`,
    '≥ 3',
    oneByOne.ms >= 3 * together.ms,
  ],
  [
    'Ageing: write median 10 y ÷ 1 y',
    `${ageing10.toFixed(2)} (${fmt(write(10).writeMs.median)} ÷ ${fmt(write(1).writeMs.median)} ms)`,
    '≤ 1.2',
    ageing10 <= 1.2,
  ],
  [
    'Ageing: write median 100 y ÷ 1 y',
    `${ageing100.toFixed(2)} (${fmt(write(100).writeMs.median)} ms)`,
    '≤ 1.5',
    ageing100 <= 1.5,
  ],
  [
    '/digest, hundred years (median)',
    `${fmt(hundredDigest.median)} ms`,
    '≤ 50 ms',
    hundredDigest.median <= 50,
  ],
  [
    'Start-up to first reply, hundred years + journal',
    `${Math.round(hundredStartup.median)} ms`,
    '≤ 2000 ms',
    hundredStartup.median <= 2_000,
  ],
  [
    'Slack end to end: bot ÷ bare Bolt (median)',
    `${(slackBot.median / slackBare.median).toFixed(2)} (${fmt(slackBot.median)} ÷ ${fmt(slackBare.median)} ms; p99 ${fmt(slackBot.p99)} ÷ ${fmt(slackBare.p99)} ms)`,
    '≤ 1.5',
    slackBot.median <= 1.5 * slackBare.median,
  ],
  [
    'Slack: bare Bolt + one 1 KB fdatasync ÷ bare (the disk alone, same run)',
    `${(slackDurable.median / slackBare.median).toFixed(2)} (${fmt(slackDurable.median)} ms, p99 ${fmt(slackDurable.p99)} ms; the bot ÷ this: ${(slackBot.median / slackDurable.median).toFixed(2)})`,
    '—',
    true,
  ],
  [
    'Shell start-up to first reply ÷ bare node -e 0',
    `${(shell.median / bare).toFixed(1)} (${Math.round(shell.median)} ÷ ${Math.round(bare)} ms)`,
    '≤ 5',
    shell.median <= 5 * bare,
  ],
  [
    'Shell resident memory after the first command',
    `${Math.round(shellRss)} MB`,
    '≤ 120 MB',
    shellRss <= 120,
  ],
  [
    '/jaarverslag through the bot, ten years (median)',
    `${fmt(report.median)} ms`,
    '≤ 50 ms',
    report.median <= 50,
  ],
  [
    'Website: npm run site, ten years',
    `${Math.round(site.commandMs.median)} ms (${site.files} files)`,
    `≤ ${site.target} ms`,
    site.commandMs.median <= site.target,
  ],
  [
    'Matrix with encryption: start-up ÷ without',
    `${matrixEncryption.startupRatio.toFixed(2)} (+${Math.round(matrixEncryption.extraMemoryMB)} MB resident)`,
    '≤ 5, ≤ +60 MB',
    matrixEncryption.startupRatio <= 5 && matrixEncryption.extraMemoryMB <= 60,
  ],
];

const results = {
  node: process.version,
  platform: `${process.platform} ${process.arch}`,
  date: new Date().toISOString(),
  floorMs: floor,
  tenYears: {
    perKind,
    writes,
    all,
    compactions: mixCompactions,
    diskBetweenRounds: disk,
    digest,
    report,
    burst: { together, oneByOne },
  },
  scale,
  hundredYears: { digest: hundredDigest, startupWithJournal: hundredStartup },
  shell: { startup: shell, bareNode: bare, rssMB: shellRss },
  slack: { bot: slackBot, bare: slackBare, bareWithFdatasync: slackDurable },
  site,
  matrixEncryption,
  durationSeconds: (performance.now() - started) / 1000,
};

console.log(`Stadspanel bot benchmark — Node ${process.version}, floor ${fmt(floor)} ms\n`);
console.log('| figure | measured | target | met |\n| --- | --- | --- | --- |');
for (const [name, value, target, met] of rows)
  console.log(`| ${name} | ${value} | ${target} | ${met ? 'yes' : 'NO'} |`);
console.log('\nPer command kind, ten-year store (ms; × floor at the median):\n');
console.log('| kind | p50 | p99 | p99.9 | max | runs |\n| --- | --- | --- | --- | --- | --- |');
for (const [kind, figures] of [...Object.entries(perKind), ['mix', all] as const])
  console.log(
    `| ${kind} | ${fmt(figures.median)} (${(figures.median / floor).toFixed(1)}×) | ${fmt(figures.p99)} | ${fmt(figures.p999)} | ${fmt(figures.max)} | ${figures.runs} |`,
  );
console.log(
  '\nScale (writes include at least one compaction; start-up is the shell process to its first reply):\n',
);
console.log(
  '| years | db.json | start-up | memory | write p50 / p99 | /digest p50 |\n| --- | --- | --- | --- | --- | --- |',
);
for (const row of scale)
  console.log(
    `| ${row.years} | ${row.dbMB.toFixed(1)} MB | ${Math.round(row.startupMs)} ms | ${Math.round(row.rssMB)} MB | ${fmt(row.writeMs.median)} / ${fmt(row.writeMs.p99)} ms | ${fmt(row.digestMs.median)} ms |`,
  );
console.log(`\nFinished in ${results.durationSeconds.toFixed(0)} s; results in bench/results.json.`);
await writeFile(
  new URL('./results.json', import.meta.url),
  `${JSON.stringify({ ...results, met: Object.fromEntries(rows.map(([name, , , met]) => [name, met])) }, null, 2)}\n`,
);
