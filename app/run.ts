import { join } from 'node:path';
import { type MatrixSettings, matrixSettings } from '../adapters/matrix/settings.ts';
import { fillDemo } from '../adapters/shell/demo.ts';
import { runShell } from '../adapters/shell/run-shell.ts';
import { type SlackSettings, slackSettings } from '../adapters/slack/settings.ts';
import { loadConfig } from '../src/config.ts';
import { setVariables } from '../src/environment.ts';
import { StartupError } from '../src/errors.ts';
import { consoleLogger } from '../src/log.ts';
import { onReloadSignal, onStopSignals } from '../src/stop-signals.ts';
import { nearest } from '../src/suggest.ts';
import { type Environment, type Running, start } from './start.ts';

/**
 * `npm start`: the terminal shell with the demo roster when no platform is configured.
 * `npm run validate-config`: checks `<data dir>/config.json` and exits.
 */
async function main(): Promise<number> {
  refuseUnknownOptions(process.argv.slice(2));
  const env = setVariables(process.env);
  if (process.argv.includes('--validate-config')) {
    const { config, demo, path } = await loadConfig(env.STADSPANEL_DATA_DIR ?? 'data');
    console.log(
      demo
        ? `Geen ${path}: de demoledenlijst wordt gebruikt.`
        : `${path} is in orde (${config.members.length} leden).`,
    );
    return 0;
  }
  const demo = process.argv.includes('--demo');
  const slack = slackSettings(env);
  const matrix = matrixSettings(env);
  const platforms = slack || matrix ? { slack, matrix } : undefined;
  // A reader that goes away (`npm start | head`) must not crash the bot or lose a change.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
  });
  // `npm start -- --herstel`: start despite a damaged journal (moved aside, lost changes named).
  const running = await start(env, { demo, recover: process.argv.includes('--herstel') });
  const stop = once(running);
  onReloadSignal(() => running.reload());
  if (platforms) {
    await runPlatforms(running, platforms, stop);
    return 0;
  }
  onStopSignals(stop, consoleLogger);
  if (demo) await fillDemoData(running, env);
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

const OPTIONS = ['--herstel', '--demo', '--validate-config'];

/** A mistyped `--herstl` must not start the bot as if nothing was asked. */
function refuseUnknownOptions(args: readonly string[]): void {
  const unknown = args.find((arg) => !OPTIONS.includes(arg));
  if (unknown === undefined) return;
  const near = nearest(
    unknown.replace(/^-+/, ''),
    OPTIONS.map((option) => option.slice(2)),
  );
  throw new StartupError(
    `'${unknown}' ken ik niet.${near ? ` Bedoel je --${near}?` : ''} Ik ken: ${OPTIONS.join(', ')}.`,
  );
}

/** `npm run demo`: a year of panel life in an empty folder, made with the commands members type. */
async function fillDemoData(running: Running, env: Environment): Promise<void> {
  if (!running.demo) {
    console.error(
      `Demodata werkt alleen met de demoledenlijst. Er staat een config.json in ${running.dataDir}; ik voeg niets toe.`,
    );
    return;
  }
  const now = running.clock.now();
  const result = await fillDemo(running.bot, running.clock);
  if (env.STADSPANEL_NOW) running.clock.set(now);
  else running.clock.release();
  const db = running.store.db;
  if (!result.filled) {
    console.error(`${running.dataDir} heeft al gegevens; ik voeg geen demodata toe.`);
    return;
  }
  for (const refusal of result.refusals) consoleLogger.warn(`Demodata: ${refusal}`);
  console.error(
    `Demodata klaargezet in ${running.dataDir}: ${db.adviceRequests.length} adviesverzoeken, ${db.developments.length} ontwikkelingen, ` +
      `${db.meetings.length} overleggen, ${db.notes.length} notities, ${db.expenses.length} uitgaven. Probeer /advies lijst of /budget.`,
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
): Promise<void> {
  const connected: Array<{ stop(): Promise<void> }> = [];
  const stopAll = async () => {
    for (const platform of connected.splice(0)) await platform.stop().catch(() => undefined);
    await stop();
  };
  onStopSignals(stopAll, consoleLogger);
  try {
    if (settings.slack) {
      const { startSlack } = await import('../adapters/slack/slack-app.ts');
      connected.push(await startSlack(running.bot, settings.slack, consoleLogger));
    }
    if (settings.matrix) {
      const { startMatrix } = await import('../adapters/matrix/matrix-app.ts');
      connected.push(
        await startMatrix(running.bot, settings.matrix, consoleLogger, { dataDir: running.dataDir }),
      );
    }
    await running.scheduler.start();
  } catch (error) {
    await stopAll();
    throw error;
  }
  // Runs until a stop signal; onStopSignals exits the process.
  await new Promise<never>(() => undefined);
}

function once(running: Running): () => Promise<void> {
  let stopping: Promise<void> | undefined;
  return () => {
    stopping ??= running.stop();
    return stopping;
  };
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof StartupError) {
      console.error(`De bot start niet. ${error.message}`);
    } else {
      console.error('De bot start niet door een onverwachte fout:', error);
    }
    // The data folder is already let go of; a platform SDK may still hold timers.
    process.exit(1);
  },
);
