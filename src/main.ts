import { runShell } from '../adapters/shell/run-shell.ts';
import { loadConfig } from './config.ts';
import { StartupError } from './errors.ts';
import { consoleLogger } from './log.ts';
import { type Running, start } from './start.ts';

/**
 * `npm start`: the terminal shell with the demo roster when no platform is configured.
 * `npm run validate-config`: checks `<data dir>/config.json` and exits.
 */
async function main(): Promise<number> {
  if (process.argv.includes('--validate-config')) {
    const { config, demo, path } = await loadConfig(process.env.STADSPANEL_DATA_DIR || 'data');
    console.log(
      demo
        ? `Geen ${path}: de demoledenlijst wordt gebruikt.`
        : `${path} is in orde (${config.members.length} leden).`,
    );
    return 0;
  }
  const running = await start(process.env);
  const stop = once(running);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      void stop().then(() => process.exit(0));
    });
  }
  if (process.env.SLACK_BOT_TOKEN || process.env.SLACK_APP_TOKEN || process.env.MATRIX_ACCESS_TOKEN) {
    consoleLogger.warn(
      'Slack en Matrix zijn in deze versie nog niet beschikbaar; de bot draait in de terminal.',
    );
  }
  await runShell({
    bot: running.bot,
    clock: running.clock,
    input: process.stdin,
    output: process.stdout,
    interactive: process.stdin.isTTY === true,
    demo: running.demo,
  });
  await stop();
  return 0;
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
    process.exitCode = 1;
  },
);
