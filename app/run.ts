import { join } from 'node:path';
import { type MatrixSettings, matrixSettings } from '../adapters/matrix/settings.ts';
import { runShell } from '../adapters/shell/run-shell.ts';
import { type SlackSettings, slackSettings } from '../adapters/slack/settings.ts';
import { StartupError } from '../src/core/errors.ts';
import type { Lang } from '../src/i18n/lang.ts';
import { consoleLogger, type Logger, loggerFor } from '../src/ops/log.ts';
import { onReloadSignal, onStopSignals } from '../src/ops/stop-signals.ts';
import { botVersion } from '../src/ops/version.ts';
import { nearest } from '../src/parse/suggest.ts';
import { loadConfig, startLanguage } from '../src/setup/config.ts';
import { setVariables } from '../src/setup/environment.ts';
import { serveBackups } from './backup/socket.ts';
import { fillDemo } from './demo.ts';
import { startHealthServer } from './health-server.ts';
import { type Environment, type Running, start } from './start.ts';
import { startLine } from './start-line.ts';
import { startTexts } from './start-texts.ts';

/**
 * `npm start`: the terminal shell with the demo roster when no platform is configured.
 * `npm run validate-config`: checks `<data dir>/config.json` and exits.
 */
/** The JSON logger, once chosen: a refusal to start is then logged as JSON too. */
let jsonLog: Logger | undefined;
/** The language of what the bot says while it starts: the one config.json asks for. */
let lang: Lang = 'nl';

async function main(): Promise<number> {
  const env = setVariables(process.env);
  const demo = process.argv.includes('--demo');
  lang = startLanguage(env.STADSPANEL_DATA_DIR || (demo ? 'demo' : 'data'));
  refuseUnknownOptions(process.argv.slice(2));
  if (process.argv.includes('--version')) {
    console.log(`stadspanel-bot ${botVersion()}`);
    return 0;
  }
  const logger = await loggerFor(env, lang);
  if (logger !== consoleLogger) jsonLog = logger;
  if (process.argv.includes('--validate-config')) {
    const loaded = await loadConfig(env.STADSPANEL_DATA_DIR ?? 'data');
    const t = startTexts[loaded.config.language];
    console.log(loaded.demo ? t.demoRoster(loaded.path) : t.valid(loaded.path, loaded.config.members.length));
    return 0;
  }
  const slack = slackSettings(env, lang);
  const matrix = matrixSettings(env, lang);
  const platforms = slack || matrix ? { slack, matrix } : undefined;
  // A reader that goes away (`npm start | head`) must not crash the bot or lose a change.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
  });
  // `npm start -- --herstel`: start despite a damaged journal (moved aside, lost changes named).
  const upSince = new Date();
  const running = await start(env, {
    demo,
    recover: process.argv.includes('--herstel'),
    logger,
    // As a service the bot keeps daily snapshots in backups/; the terminal is for trying out.
    snapshots: platforms !== undefined,
  });
  // As a service, the log starts with what runs where; the terminal has its own welcome.
  if (platforms) logger.info(await startLine(running, platformNames(platforms)));
  const health = await startHealth(running, env, upSince, logger);
  // `npm run backup` asks this bot for a copy over a socket in the data folder.
  const backups = await serveBackups(running.bot, running.dataDir, logger).catch((error: unknown) => {
    logger.warn(`npm run backup cannot reach this bot: ${(error as Error).message}`);
    return undefined;
  });
  const stop = once(running, [health, backups]);
  onReloadSignal(() => running.reload());
  if (platforms) {
    await runPlatforms(running, platforms, stop, logger);
    return 0;
  }
  onStopSignals(stop, logger);
  if (demo) await fillDemoData(running, env, logger);
  await runShell({
    bot: running.bot,
    clock: running.clock,
    input: process.stdin,
    output: process.stdout,
    interactive: process.stdin.isTTY === true,
    demo: running.demo,
    numberFile: join(running.dataDir, 'shell-nummer.txt'),
    fileDir: running.dataDir,
    onReady: () => running.scheduler.start(),
    onClockMoved: () => running.scheduler.tick(),
  });
  await stop();
  return 0;
}

const OPTIONS = ['--herstel', '--demo', '--validate-config', '--version'];

/** A mistyped `--herstl` must not start the bot as if nothing was asked. */
function refuseUnknownOptions(args: readonly string[]): void {
  const unknown = args.find((arg) => !OPTIONS.includes(arg));
  if (unknown === undefined) return;
  const near = nearest(
    unknown.replace(/^-+/, ''),
    OPTIONS.map((option) => option.slice(2)),
  );
  throw new StartupError(startTexts[lang].unknownOption(unknown, near, OPTIONS.join(', ')));
}

/** `npm run demo`: a year of panel life in an empty folder, made with the commands members type. */
async function fillDemoData(running: Running, env: Environment, logger: Logger): Promise<void> {
  const t = startTexts[running.config.language];
  if (!running.demo) {
    console.error(t.demoNeedsDemoRoster(running.dataDir));
    return;
  }
  const now = running.clock.now();
  const result = await fillDemo(running.bot, running.clock);
  if (env.STADSPANEL_NOW) running.clock.set(now);
  else running.clock.release();
  const db = running.store.db;
  if (!result.filled) {
    console.error(t.demoHasData(running.dataDir));
    return;
  }
  for (const refusal of result.refusals) logger.warn(`Demo data: ${refusal}`);
  console.error(
    t.demoFilled(running.dataDir, {
      advice: db.adviceRequests.length,
      developments: db.developments.length,
      meetings: db.meetings.length,
      notes: db.notes.length,
      expenses: db.expenses.length,
    }),
  );
}

/**
 * Slack and Matrix (one or both, on one store) run until SIGINT or SIGTERM; the scheduler
 * posts digests meanwhile. Their SDKs are loaded only here, so the shell starts small.
 * A platform that cannot start stops the others and lets go of the data folder.
 */
async function runPlatforms(
  running: Running,
  settings: { slack: SlackSettings | undefined; matrix: MatrixSettings | undefined },
  stop: () => Promise<void>,
  logger: Logger,
): Promise<void> {
  const connected: Array<{ stop(): Promise<void> }> = [];
  const stopAll = async () => {
    for (const platform of connected.splice(0)) await platform.stop().catch(() => undefined);
    await stop();
  };
  onStopSignals(stopAll, logger);
  try {
    if (settings.slack) running.bot.connections.mark('slack', false);
    if (settings.matrix) running.bot.connections.mark('matrix', false);
    if (settings.slack) {
      const { startSlack } = await import('../adapters/slack/slack-app.ts');
      const { slashCommands } = await import('../adapters/slack/manifest.ts');
      const declared = slashCommands(running.bot.registry.commands);
      connected.push(await startSlack(running.bot, settings.slack, logger, declared));
    }
    if (settings.matrix) {
      const { startMatrix } = await import('../adapters/matrix/matrix-app.ts');
      connected.push(await startMatrix(running.bot, settings.matrix, logger, { dataDir: running.dataDir }));
    }
    await running.scheduler.start();
  } catch (error) {
    await stopAll();
    throw error;
  }
  // Runs until a stop signal; onStopSignals exits the process.
  await new Promise<never>(() => undefined);
}

function once(
  running: Running,
  services: ReadonlyArray<{ stop(): Promise<void> } | undefined>,
): () => Promise<void> {
  let stopping: Promise<void> | undefined;
  return () => {
    stopping ??= Promise.all(services.map((service) => service?.stop())).then(() => running.stop());
    return stopping;
  };
}

function platformNames(settings: Record<string, unknown>): string[] {
  return Object.keys(settings).filter((key) => settings[key] !== undefined);
}

/** `STADSPANEL_HEALTH_PORT`: serves `GET /healthz` on the loopback address while the bot runs. */
async function startHealth(running: Running, env: Environment, upSince: Date, logger: Logger) {
  if (env.STADSPANEL_HEALTH_PORT === undefined) return undefined;
  const port = Number(env.STADSPANEL_HEALTH_PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    await running.stop();
    throw new StartupError(startTexts[running.config.language].badHealthPort(env.STADSPANEL_HEALTH_PORT));
  }
  return startHealthServer({
    bot: running.bot,
    dataDir: running.dataDir,
    port,
    host: env.STADSPANEL_HEALTH_HOST ?? '127.0.0.1',
    upSince,
    logger,
  }).catch(async (error: unknown) => {
    await running.stop();
    throw error;
  });
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // With STADSPANEL_LOG=json the refusal is one JSON line too; otherwise the plain sentence.
    const t = startTexts[lang];
    if (jsonLog && error instanceof StartupError) jsonLog.error(t.notStarting(error.in(lang)));
    else if (jsonLog) jsonLog.error(t.unexpected, error);
    else if (error instanceof StartupError) {
      console.error(t.notStarting(error.in(lang)));
    } else {
      console.error(`${t.unexpected}:`, error);
    }
    // The data folder is already let go of; a platform SDK may still hold timers.
    process.exit(1);
  },
);
