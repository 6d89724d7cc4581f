import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App, LogLevel } from '@slack/bolt';
import { startSlack } from '../adapters/slack/slack-app.ts';
import { digestMessage } from '../commands/digest/render.ts';
import { reportMarkdown, reportMessage } from '../commands/jaarverslag/render.ts';
import { annualReport } from '../src/domain/annual-report.ts';
import { buildDigest } from '../src/domain/digest.ts';
import type { ChatEvent, MessageRef } from '../src/events.ts';
import { silentLogger } from '../src/log.ts';
import type { ChatAdapter } from '../src/port.ts';
import { type RichMessage, renderText } from '../src/rich-message.ts';
import { type Running, start } from '../src/start.ts';
import { FakeSlackApi } from '../test/fakes/slack-api.ts';
import { SIGNING_SECRET } from '../test/support/slack-requests.ts';
import { oneYear, type Shape, TEN_YEARS, writeStore } from './generate.ts';
import { benchMatrixEncryption } from './matrix-encryption.ts';
import { siteFigure } from './site.ts';
import { summarize, time } from './stats.ts';

/**
 * `npm run bench`: the bot on a store of ten busy years (and of one), measured through
 * the core, the store and Slack's HTTP path. Prints a table and writes bench/results.json.
 */
const NOW = '2026-11-28T10:00';

/** An adapter that renders every message to text, as the shell would, and keeps nothing. */
class RenderingAdapter implements ChatAdapter {
  readonly platform = 'shell' as const;
  #next = 1_000_000;
  rendered = 0;
  async post(channel: string, message: RichMessage): Promise<MessageRef> {
    this.rendered += renderText(message).length;
    return { platform: 'shell', channel, id: String(++this.#next) };
  }
  async reply(thread: MessageRef, message: RichMessage): Promise<MessageRef> {
    return this.post(thread.channel, message);
  }
  async update(_ref: MessageRef, message: RichMessage): Promise<void> {
    this.rendered += renderText(message).length;
  }
}

const folders: string[] = [];

async function storeOf(shape: Shape): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), `stadspanel-bench-${shape.years}y-`));
  folders.push(dir);
  await writeStore(dir, shape);
  return dir;
}

async function open(dir: string): Promise<Running> {
  const running = await start({ STADSPANEL_DATA_DIR: dir, STADSPANEL_NOW: NOW }, { logger: silentLogger });
  running.bot.attach(new RenderingAdapter());
  return running;
}

let eventCounter = 0;
function command(member: string, text: string): ChatEvent {
  return {
    kind: 'command',
    eventId: `bench-${++eventCounter}`,
    actor: { platform: 'shell', userId: member },
    channel: 'panel',
    text,
  };
}

/** The mix of issue 9: open a request, announce an expense, approve it, list, show. */
async function commandMix(running: Running, rounds: number): Promise<{ all: number[]; total: number }> {
  const all: number[] = [];
  const started = performance.now();
  for (let round = 0; round < rounds; round++) {
    all.push(
      await time(() =>
        running.bot.receive(command('gemeente', `/advies nieuw "Bench ${round}" thema:privacy`)),
      ),
    );
    all.push(await time(() => running.bot.receive(command('panellid', `/uitgave 0,01 reis Bench ${round}`))));
    const expense = running.store.db.expenses.at(-1)!;
    const [, channel, id] = expense.message!.split(':');
    const approve: ChatEvent = {
      kind: 'reaction',
      eventId: `bench-${++eventCounter}`,
      actor: { platform: 'shell', userId: 'programmamanager' },
      channel: channel!,
      emoji: '✅',
      added: true,
      target: { platform: 'shell', channel: channel!, id: id! },
    };
    all.push(await time(() => running.bot.receive(approve)));
    all.push(await time(() => running.bot.receive(command('panellid', '/advies lijst'))));
    all.push(await time(() => running.bot.receive(command('panellid', '/advies toon ADV-2026-001'))));
  }
  return { all, total: performance.now() - started };
}

/** Write latency on both stores, interleaved so both see the same machine at the same moment. */
async function writeLatency(stores: readonly Running[], rounds: number): Promise<number[][]> {
  const timings = stores.map(() => [] as number[]);
  for (let round = 0; round < rounds; round++) {
    for (const [index, running] of stores.entries()) {
      timings[index]!.push(
        await time(() => running.bot.receive(command('voorzitter', `/besluit Bench-besluit ${round}`))),
      );
    }
  }
  return timings;
}

async function startup(dir: string): Promise<{ ready: number; rss: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['bench/startup.ts', dir], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.on('close', (code) =>
      code === 0 ? resolve(JSON.parse(output)) : reject(new Error(`startup exited ${code}`)),
    );
  });
}

async function slackOverhead(dir: string, rounds: number): Promise<{ bot: number[]; bare: number[] }> {
  const api = new FakeSlackApi();
  const apiUrl = await api.start();
  const running = await start({ STADSPANEL_DATA_DIR: dir, STADSPANEL_NOW: NOW }, { logger: silentLogger });
  const slack = await startSlack(
    running.bot,
    { botToken: 'xoxb-bench', signingSecret: SIGNING_SECRET, appToken: undefined, apiUrl, port: 0 },
    silentLogger,
  );
  const bare = new App({
    token: 'xoxb-bench',
    signingSecret: SIGNING_SECRET,
    clientOptions: { slackApiUrl: apiUrl },
    deferInitialization: true,
    logLevel: LogLevel.ERROR,
  });
  await bare.init();
  bare.command('/advies', async ({ ack }) => {
    await ack();
  });
  const bareServer = (await bare.start(0)) as import('node:http').Server;
  const barePort = (bareServer.address() as { port: number }).port;
  const timings = await new Promise<{ bot: number[]; bare: number[] }>((resolve, reject) => {
    const client = spawn(
      process.execPath,
      ['bench/slack-client.ts', String(slack.port), String(barePort), String(rounds)],
      {
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    let output = '';
    client.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    client.on('close', (code) =>
      code === 0 ? resolve(JSON.parse(output)) : reject(new Error(`client exited ${code}`)),
    );
  });
  await slack.stop();
  await bare.stop();
  await running.stop();
  await api.stop();
  return timings;
}

async function main(): Promise<void> {
  const started = performance.now();
  const tenDir = await storeOf({ ...TEN_YEARS });
  const oneDir = await storeOf(oneYear());

  const startups = [];
  for (let run = 0; run < 5; run++) startups.push(await startup(tenDir));

  const ten = await open(tenDir);
  await commandMix(ten, 20); // warm-up
  const mix = await commandMix(ten, 300);
  const today = '2026-11-28';
  const digestTimes: number[] = [];
  const reportTimes: number[] = [];
  const scope = {
    lang: 'nl' as const,
    today,
    config: ten.config,
    db: ten.store.db,
    nameOf: (id: string) => id,
  };
  for (let run = 0; run < 40; run++) {
    digestTimes.push(
      await time(() => renderText(digestMessage(scope, buildDigest(ten.store.db, ten.config, today), false))),
    );
    reportTimes.push(
      await time(() => {
        const report = annualReport(ten.store.db, ten.config, 2026, today);
        renderText(reportMessage(report, 'nl'));
        reportMarkdown(report, 'nl');
      }),
    );
  }
  await ten.stop();

  const ageingStores = [await open(await storeOf({ ...TEN_YEARS })), await open(oneDir)];
  await writeLatency(ageingStores, 30); // warm-up
  const [tenWrites, oneWrites] = (await writeLatency(ageingStores, 400)) as [number[], number[]];
  for (const running of ageingStores) await running.stop();

  const slack = await slackOverhead(await storeOf({ ...TEN_YEARS }), 200);
  const site = await siteFigure();
  const matrixEncryption = await benchMatrixEncryption();

  const latency = summarize(mix.all);
  const ageing = summarize(tenWrites).median / summarize(oneWrites).median;
  const slackRatio = summarize(slack.bot).median / summarize(slack.bare).median;
  const ready = summarize(startups.map((run) => run.ready));
  const rss = summarize(startups.map((run) => run.rss / 1024 / 1024));
  const results = {
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    date: new Date().toISOString(),
    store: { tenYears: TEN_YEARS, oneYear: oneYear() },
    commandLatencyMs: { ...latency, target: { median: 5, p99: 25 } },
    throughputPerSecond: { value: mix.all.length / (mix.total / 1000), target: 300 },
    ageing: {
      ratio: ageing,
      tenYearWriteMs: summarize(tenWrites),
      oneYearWriteMs: summarize(oneWrites),
      target: 2,
    },
    slackOverhead: {
      ratio: slackRatio,
      botMs: summarize(slack.bot),
      bareBoltMs: summarize(slack.bare),
      target: 1.3,
    },
    startupMs: { ...ready, target: 1_500 },
    memoryMb: { ...rss, target: 150 },
    digestMs: { ...summarize(digestTimes), target: 50 },
    yearlyReportMs: { ...summarize(reportTimes), target: 50 },
    siteMs: site,
    matrixEncryption: { ...matrixEncryption, target: { startupRatio: 5, extraMemoryMB: 60 } },
    durationSeconds: (performance.now() - started) / 1000,
  };
  const rows: Array<[string, string, string, boolean]> = [
    [
      '1. Command latency (p50 / p99)',
      `${fmt(latency.median)} / ${fmt(latency.p99)} ms`,
      '≤ 5 / ≤ 25 ms',
      latency.median <= 5 && latency.p99 <= 25,
    ],
    [
      '2. Throughput',
      `${Math.round(results.throughputPerSecond.value)} /s`,
      '≥ 300 /s',
      results.throughputPerSecond.value >= 300,
    ],
    [
      '3. Ageing (write 10y ÷ 1y)',
      `${ageing.toFixed(2)} (${fmt(summarize(tenWrites).median)} ÷ ${fmt(summarize(oneWrites).median)} ms)`,
      '≤ 2',
      ageing <= 2,
    ],
    [
      '4. Slack overhead (bot ÷ bare Bolt)',
      `${slackRatio.toFixed(2)} (${fmt(summarize(slack.bot).median)} ÷ ${fmt(summarize(slack.bare).median)} ms)`,
      '≤ 1.3',
      slackRatio <= 1.3,
    ],
    ['5a. Start-up to ready', `${Math.round(ready.median)} ms`, '≤ 1500 ms', ready.median <= 1_500],
    ['5b. Resident memory', `${Math.round(rss.median)} MB`, '≤ 150 MB', rss.median <= 150],
    [
      '6a. Digest (p50 / p99)',
      `${fmt(results.digestMs.median)} / ${fmt(results.digestMs.p99)} ms`,
      '≤ 50 ms',
      results.digestMs.median <= 50,
    ],
    [
      '6b. Yearly report (p50 / p99)',
      `${fmt(results.yearlyReportMs.median)} / ${fmt(results.yearlyReportMs.p99)} ms`,
      '≤ 50 ms',
      results.yearlyReportMs.median <= 50,
    ],
    [
      '7. Website, npm run site (build / rebuild in-process)',
      `${Math.round(site.commandMs.median)} ms (${Math.round(site.buildMs.median)} / ${Math.round(site.rebuildMs.median)} ms, ${site.files} files)`,
      `≤ ${site.target} ms`,
      site.commandMs.median <= site.target,
    ],
    [
      '8a. Matrix start-up with encryption (restart ÷ without)',
      `${matrixEncryption.startupRatio.toFixed(2)} (${Math.round(matrixEncryption.restartMs.median)} ÷ ${Math.round(matrixEncryption.plainStartMs.median)} ms; new device ${Math.round(matrixEncryption.firstStartMs.median)} ms)`,
      '≤ 5',
      matrixEncryption.startupRatio <= 5,
    ],
    [
      '8b. Matrix memory with encryption (extra resident)',
      `+${Math.round(matrixEncryption.extraMemoryMB)} MB (${Math.round(matrixEncryption.encryptedRssMB.median)} MB; store ${Math.round(matrixEncryption.storeBytes / 1024)} KB)`,
      '≤ +60 MB',
      matrixEncryption.extraMemoryMB <= 60,
    ],
  ];
  console.log(
    `Stadspanel bot benchmark — ${process.version}, ten-year store (${TEN_YEARS.adviceRequests} requests, ${TEN_YEARS.expenses} expenses, ${TEN_YEARS.decisions} decisions, ${TEN_YEARS.audit} audit lines)\n`,
  );
  console.log(`| figure | measured | target | met |\n| --- | --- | --- | --- |`);
  for (const [name, value, target, met] of rows)
    console.log(`| ${name} | ${value} | ${target} | ${met ? 'yes' : 'NO'} |`);
  for (const folder of folders) await rm(folder, { recursive: true, force: true });
  console.log(`\nFinished in ${results.durationSeconds.toFixed(1)} s; results in bench/results.json.`);
  await writeFile(
    new URL('./results.json', import.meta.url),
    `${JSON.stringify({ ...results, met: Object.fromEntries(rows.map(([name, , , met]) => [name, met])) }, null, 2)}\n`,
  );
}

function fmt(value: number): string {
  return value < 10 ? value.toFixed(2) : value.toFixed(1);
}

await main();
