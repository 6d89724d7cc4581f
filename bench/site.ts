import { spawn } from 'node:child_process';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { start } from '../app/start.ts';
import { silentLogger } from '../src/ops/log.ts';
import { DEMO_MEMBERS } from '../src/setup/config.ts';
import { buildSite } from '../src/site/build.ts';
import { generate, TEN_YEARS } from './generate.ts';
import { summarize, time } from './stats.ts';

/**
 * The public website of the ten-year store (issue 19): `npm run site` as a person runs it
 * (a new process, store and all, into an empty folder), and inside one process a first
 * build and a rebuild with nothing changed. Self-contained, so `npm run bench` can place
 * it where it likes; `node bench/site.ts` prints it alone.
 */
export const SITE_TARGET_MS = 5_000;

export interface SiteFigure {
  /** `npm run site` on the ten-year store into an empty folder, start to finish. */
  readonly commandMs: ReturnType<typeof summarize>;
  readonly buildMs: ReturnType<typeof summarize>;
  readonly rebuildMs: ReturnType<typeof summarize>;
  readonly files: number;
  readonly target: number;
}

const NOW = '2026-11-28T10:00';

export async function siteFigure(runs = 3): Promise<SiteFigure> {
  const data = await mkdtemp(join(tmpdir(), 'stadspanel-bench-site-'));
  const sites = await mkdtemp(join(tmpdir(), 'stadspanel-bench-site-out-'));
  try {
    const { db } = generate({ ...TEN_YEARS });
    // Every meeting held has its report published, so each gets its page.
    for (const meeting of db.meetings)
      if (meeting.date < NOW) meeting.summaryPostedAt = `${meeting.date}T20:00:00.000Z`;
    await writeFile(join(data, 'db.json'), JSON.stringify(db));
    const commandMs: number[] = [];
    for (let run = 0; run < runs; run++) {
      const dir = join(sites, `command-${run}`);
      await writeFile(join(data, 'config.json'), JSON.stringify({ members: DEMO_MEMBERS, site: { dir } }));
      commandMs.push(await time(() => runSiteCommand(data)));
    }
    const running = await start({ STADSPANEL_DATA_DIR: data, STADSPANEL_NOW: NOW }, { logger: silentLogger });
    const buildMs: number[] = [];
    const rebuildMs: number[] = [];
    try {
      for (let run = 0; run < runs; run++) {
        const config = { ...running.config, site: { dir: join(sites, `build-${run}`) } };
        buildMs.push(await time(() => buildSite(running.store.db, config, '2026-11-28')));
        rebuildMs.push(await time(() => buildSite(running.store.db, config, '2026-11-28')));
      }
    } finally {
      await running.stop();
    }
    const files = (await readdir(join(sites, 'build-0'), { recursive: true })).length;
    return {
      commandMs: summarize(commandMs),
      buildMs: summarize(buildMs),
      rebuildMs: summarize(rebuildMs),
      files,
      target: SITE_TARGET_MS,
    };
  } finally {
    await rm(data, { recursive: true, force: true });
    await rm(sites, { recursive: true, force: true });
  }
}

function runSiteCommand(dataDir: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['app/site.ts'], {
      env: { ...process.env, STADSPANEL_DATA_DIR: dataDir, STADSPANEL_NOW: NOW },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`npm run site exited ${code}`))));
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const figure = await siteFigure();
  console.log(
    `Website of the ten-year store (${figure.files} files): npm run site ${Math.round(figure.commandMs.median)} ms ` +
      `(target ≤ ${SITE_TARGET_MS} ms); build ${Math.round(figure.buildMs.median)} ms, rebuild ${Math.round(figure.rebuildMs.median)} ms`,
  );
}
