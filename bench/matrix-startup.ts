import { Buffer } from 'node:buffer';
import { once } from 'node:events';
import { startMatrix } from '../adapters/matrix/matrix-app.ts';
import { start } from '../app/start.ts';
import { silentLogger } from '../src/ops/log.ts';

/**
 * Started by bench/matrix-encryption.ts in a fresh process: the bot with Matrix (with or
 * without MATRIX_STORE_KEY) against the fake homeserver. Prints the time from start to
 * connected and the resident memory once settled, then stops at a line on stdin.
 */
const [baseUrl, dir, userId, storeKey] = process.argv.slice(2) as [string, string, string, string?];
const running = await start({ STADSPANEL_DATA_DIR: dir }, { logger: silentLogger });
const started = performance.now();
const matrix = await startMatrix(
  running.bot,
  {
    homeserverUrl: baseUrl,
    accessToken: 'bot-token',
    userId,
    ...(storeKey ? { storeKey: new Uint8Array(Buffer.from(storeKey, 'base64')) } : {}),
  },
  silentLogger,
  { dataDir: dir },
);
const readyMs = performance.now() - started;
await new Promise((resolve) => setTimeout(resolve, 500));
process.stdout.write(`${JSON.stringify({ readyMs, rss: process.memoryUsage().rss })}\n`);
await once(process.stdin, 'data');
await matrix.stop();
await running.stop();
process.exit(0);
