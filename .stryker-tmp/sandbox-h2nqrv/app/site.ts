// @ts-nocheck
import { buildReport } from '../commands/website/index.ts';
import { websiteMessages } from '../commands/website/messages.ts';
import { StartupError } from '../src/core/errors.ts';
import { renderText } from '../src/port/rich-message.ts';
import { buildSite } from '../src/site/build.ts';
import { FolderBusyError } from '../src/store/lock.ts';
import { localDate } from '../src/time/time.ts';
import { start } from './start.ts';

/**
 * `npm run site`: builds the public website from the store in STADSPANEL_DATA_DIR (or
 * `data/`; `--demo` for the demo year in `demo/`) into `site.dir`, and says what changed.
 */
async function main(): Promise<number> {
  const demo = process.argv.includes('--demo');
  let running: Awaited<ReturnType<typeof start>>;
  try {
    running = await start(process.env, { demo });
  } catch (error) {
    if (error instanceof FolderBusyError) {
      console.error(websiteMessages.nl.locked);
      return 1;
    }
    throw error;
  }
  try {
    const { config, store, clock } = running;
    const changes = await buildSite(store.db, config, localDate(clock.now(), config.timezone));
    console.log(renderText(buildReport(changes, config.language)));
    return 0;
  } finally {
    await running.stop();
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(
      error instanceof StartupError
        ? `De website is niet gebouwd. ${error.message}`
        : `De website is niet gebouwd door een onverwachte fout: ${(error as Error).message}`,
    );
    process.exitCode = 1;
  },
);
