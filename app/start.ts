import { resolve } from 'node:path';
import { commands } from '../commands/index.ts';
import { Bot } from '../src/bot.ts';
import { SettableClock } from '../src/clock.ts';
import { type Config, loadConfig } from '../src/config.ts';
import { BUILT_IN_TERMS, sameTerms, termsOf } from '../src/domain/agreements.ts';
import { type Environment, setVariables } from '../src/environment.ts';
import { StartupError } from '../src/errors.ts';
import { consoleLogger, type Logger } from '../src/log.ts';
import { Scheduler } from '../src/scheduler.ts';
import { STOP_WITHIN_MS, within } from '../src/stop-signals.ts';
import { folderError } from '../src/store/folder-error.ts';
import { AGREEMENTS_SINCE } from '../src/store/migrations.ts';
import { Store } from '../src/store/store.ts';
import { firstAgreementNote } from '../src/texts/agreements.ts';
import { parseInstant } from '../src/time.ts';

export type { Environment };

export interface Running {
  readonly bot: Bot;
  readonly store: Store;
  readonly clock: SettableClock;
  readonly config: Config;
  /** True when no config file was found and the demo roster is in use. */
  readonly demo: boolean;
  readonly dataDir: string;
  readonly scheduler: Scheduler;
  /** Waits for pending work, writes everything and lets go of the data folder. */
  stop(): Promise<void>;
}

/** Builds config, store, clock and bot from the environment; returns handles a test can stop. */
export interface StartOptions {
  /** Use the demo folder (`demo/`) unless STADSPANEL_DATA_DIR says otherwise. */
  readonly demo?: boolean;
  /** Start despite a damaged journal: move it aside and name the changes that were lost. */
  readonly recover?: boolean;
  readonly logger?: Logger;
}

export async function start(given: Environment, options: StartOptions = {}): Promise<Running> {
  const env = setVariables(given);
  const logger = options.logger ?? consoleLogger;
  const dataDir = resolve(env.STADSPANEL_DATA_DIR || (options.demo ? 'demo' : 'data'));
  const { config, demo } = await loadConfig(dataDir);
  let startTime: Date | undefined;
  if (env.STADSPANEL_NOW) {
    startTime = parseInstant(env.STADSPANEL_NOW, config.timezone);
    if (!startTime) {
      throw new StartupError(
        `STADSPANEL_NOW='${env.STADSPANEL_NOW}' is geen tijd. Schrijf bijvoorbeeld STADSPANEL_NOW=2026-11-30T09:00.`,
      );
    }
  }
  const clock = new SettableClock(startTime);
  const firstTerms = termsOf(config);
  const store = await Store.open(dataDir, { recover: options.recover === true, logger, firstTerms }).catch(
    (error: unknown) => {
      throw folderError(error, dataDir);
    },
  );
  if (store.upgradedFrom !== undefined && store.upgradedFrom < AGREEMENTS_SINCE) {
    logger.info(firstAgreementNote(config.language, firstTerms));
  } else if (store.created && !sameTerms(firstTerms, BUILT_IN_TERMS)) {
    logger.info(firstAgreementNote(config.language, firstTerms, 'new'));
  }
  const bot = new Bot({ config, store, clock, commands, logger });
  const scheduler = new Scheduler(bot);
  let stopped = false;
  return {
    bot,
    store,
    clock,
    config,
    demo,
    dataDir,
    scheduler,
    async stop() {
      if (stopped) return;
      stopped = true;
      scheduler.stop();
      // The command in hand is finished; a reply that cannot be sent does not hold up the stop.
      if (
        (await within(
          bot.idle().then(() => true),
          STOP_WITHIN_MS,
        )) === undefined
      ) {
        logger.warn(
          'Stoppen: niet elk antwoord kon nog worden verstuurd; wat is vastgelegd, blijft bewaard.',
        );
      }
      await store.close();
    },
  };
}
