import { silentLogger } from '../src/log.ts';
import { start } from '../src/start.ts';

/** Started by the benchmark in a fresh process: time to ready, and memory once the store is loaded. */
const started = performance.now();
const running = await start({ STADSPANEL_DATA_DIR: process.argv[2] }, { logger: silentLogger });
const ready = performance.now() - started;
const rss = process.memoryUsage().rss;
await running.stop();
process.stdout.write(JSON.stringify({ ready, rss }));
