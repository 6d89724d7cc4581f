// @ts-nocheck
import { resolve } from 'node:path';
import { commands } from '../commands/index.ts';
import { Bot } from '../src/core/bot.ts';
import { StartupError } from '../src/core/errors.ts';
import { Scheduler } from '../src/core/scheduler.ts';
import { BUILT_IN_TERMS, sameTerms, termsOf } from '../src/domain/agreements.ts';
import { firstAgreementNote } from '../src/i18n/texts/agreements.ts';
import { consoleLogger, type Logger } from '../src/ops/log.ts';
import { STOP_WITHIN_MS, within } from '../src/ops/stop-signals.ts';
import { type Config, loadConfig } from '../src/setup/config.ts';
import { type Environment, setVariables } from '../src/setup/environment.ts';
import { folderError } from '../src/store/folder-error.ts';
import { AGREEMENTS_SINCE } from '../src/store/migrations.ts';
import { Store } from '../src/store/store.ts';
import { SettableClock } from '../src/time/clock.ts';
import { parseInstant } from '../src/time/time.ts';
import { DailySnapshots } from './backup/snapshots.ts';

export type { Environment };

export interface Running {
  readonly bot: Bot;
  readonly store: Store;
  readonly clock: SettableClock;
  /** The configuration in force: config.json with the roster as kept in chat (`bot.config`). */
  readonly config: Config;
  /** True when no config file was found and the demo roster is in use. */
  readonly demo: boolean;
  readonly dataDir: string;
  readonly scheduler: Scheduler;
  /** The daily snapshots in `backups/`, when asked for (as a service). */
  readonly snapshots: DailySnapshots | undefined;
  /** Waits for pending work, writes everything and lets go of the data folder. */
  stop(): Promise<void>;
  /**
   * Reads config.json again (SIGHUP) and takes it in use when it is right as a whole; when it
   * is not, says why (the same sentence as at start) and keeps the configuration in force.
   */
  reload(): Promise<boolean>;
}

/** Builds config, store, clock and bot from the environment; returns handles a test can stop. */
export interface StartOptions {
  /** Use the demo folder (`demo/`) unless STADSPANEL_DATA_DIR says otherwise. */
  readonly demo?: boolean;
  /** Start despite a damaged journal: move it aside and name the changes that were lost. */
  readonly recover?: boolean;
  readonly logger?: Logger;
  /** Keep a snapshot of the data folder in `backups/` at start and every day. */
  readonly snapshots?: boolean;
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
  const store = await Store.open(dataDir, {
    recover: options.recover === true,
    logger,
    firstTerms,
    timezone: config.timezone,
  }).catch((error: unknown) => {
    throw folderError(error, dataDir);
  });
  if (store.upgradedFrom !== undefined && store.upgradedFrom < AGREEMENTS_SINCE) {
    logger.info(firstAgreementNote(config.language, firstTerms));
  } else if (store.created && !sameTerms(firstTerms, BUILT_IN_TERMS)) {
    logger.info(firstAgreementNote(config.language, firstTerms, 'new'));
  }
  const bot = new Bot({ config, store, clock, commands, logger });
  const snapshots = options.snapshots ? new DailySnapshots(bot, dataDir) : undefined;
  const scheduler = new Scheduler(bot, snapshots ? [snapshots] : []);
  let stopped = false;
  return {
    bot,
    store,
    clock,
    get config() {
      return bot.config;
    },
    demo,
    dataDir,
    scheduler,
    snapshots,
    reload: () =>
      bot.exclusive(async () => {
        try {
          const loaded = await loadConfig(dataDir);
          bot.reloadConfig(loaded.config);
          logger.info(
            `${loaded.path} opnieuw gelezen: ${bot.config.members.length} leden in de ledenlijst (met de wijzigingen uit de chat).`,
          );
          return true;
        } catch (error) {
          const why = error instanceof StartupError ? error.message : String(error);
          logger.warn(`config.json is niet opnieuw geladen. ${why} De bot werkt verder zoals hij was.`);
          return false;
        }
      }),
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
      await snapshots?.idle();
      await store.close();
    },
  };
}
