import { spawn } from 'node:child_process';
import { cp, readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { command, folder, NOW, openBot } from './bot.ts';

const ROOT = new URL('..', import.meta.url).pathname;
/** The store rewrites db.json whole once its journal reaches this share of db.json (or 1 MiB). */
const COMPACT_SHARE = 4;

/**
 * Lets the scheduler catch up once on the store at `dir` (reminders of overdue answers and
 * the like), as a bot that ran on it did: a generated store never had a scheduler, and a
 * start-up figure should not be that of the first start ever.
 */
export async function caughtUp(dir: string): Promise<void> {
  const running = await openBot(dir);
  await running.scheduler.start({ timer: false });
  await running.stop();
}

/**
 * A copy of the store at `dir` with a journal just below the size that starts a compaction,
 * as a bot finds it after a crash on a busy day: start-up then replays all of it.
 */
export async function withFullJournal(dir: string): Promise<string> {
  // db.json as the bot wrote it at its last compaction, not as the generator did.
  await caughtUp(dir);
  const running = await openBot(dir);
  const limit = Math.max(1 << 20, (await stat(join(dir, 'db.json'))).size / COMPACT_SHARE) * 0.9;
  const journal = join(dir, 'db.journal.jsonl');
  const size = async () => (await stat(journal).catch(() => ({ size: 0 }))).size;
  for (let index = 0; (await size()) < limit; index++) {
    await running.bot.receive(
      command('voorzitter', `/besluit Journaalbesluit ${index} ${'over de druktemeter '.repeat(20)}`),
    );
    await running.store.idle();
  }
  const copy = await folder('journal');
  await cp(dir, copy, { recursive: true, filter: (path) => !basename(path).startsWith('db.lock') });
  await running.stop();
  return copy;
}

function residentMB(pid: number): Promise<number> {
  return readFile(`/proc/${pid}/status`, 'utf8').then(
    (status) => Number(/VmRSS:\s+(\d+)/.exec(status)?.[1]) / 1024,
  );
}

/** The arguments of `node` in package.json's `start` script: exactly what `npm start` runs. */
async function startArguments(): Promise<string[]> {
  const script: string = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')).scripts.start;
  const [program, ...args] = script.split(/\s+/);
  if (program !== 'node') throw new Error(`npm start runs '${script}': the benchmark spawns node only`);
  return args;
}

let warm: Promise<string[]> | undefined;

/**
 * One start that is not timed, as after `npm install` and every later start: it builds the
 * bundle if a source changed and fills Node's compile cache. The first start after a change
 * pays for that once; the figure is that of every start after it.
 */
function warmStart(): Promise<string[]> {
  warm ??= (async () => {
    const args = await startArguments();
    await spawnShell(await folder('warm'), args);
    return args;
  })();
  return warm;
}

/**
 * What `npm start` runs (the `start` script), on a fresh copy of the store at `dir` (so
 * every run finds the same files, journal included): the time from spawn to the shell's
 * first reply to a command that writes, and the resident memory right after it.
 */
export async function shellStartup(dir: string): Promise<{ ms: number; rssMB: number }> {
  const args = await warmStart();
  const copy = await folder('start');
  await cp(dir, copy, { recursive: true, filter: (path) => !basename(path).startsWith('db.lock') });
  return spawnShell(copy, args);
}

function spawnShell(dir: string, args: readonly string[]): Promise<{ ms: number; rssMB: number }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, args, {
      cwd: ROOT,
      env: { ...process.env, STADSPANEL_DATA_DIR: dir, STADSPANEL_NOW: NOW },
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    child.stdin.write('/besluit Opstartmeting\n');
    let output = '';
    let done = false;
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (done || !output.includes('Opstartmeting')) return;
      done = true;
      const ms = performance.now() - started;
      void residentMB(child.pid!).then((rssMB) => {
        child.stdin.end();
        child.once('close', () => resolve({ ms, rssMB }));
      }, reject);
    });
    child.once(
      'close',
      (code) => !done && reject(new Error(`the shell exited (${code}) before replying: ${output}`)),
    );
  });
}

/** A bare `node -e 0`, spawned the same way: the start-up every process pays. */
export function bareNode(): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, ['-e', '0'], { stdio: 'ignore' });
    child.once('close', (code) =>
      code === 0 ? resolve(performance.now() - started) : reject(new Error(`exit ${code}`)),
    );
  });
}
