// @ts-nocheck
import { createReadStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Bot } from '../../src/core/bot.ts';
import type { Logger } from '../../src/ops/log.ts';
import { pack, SOCKET, stage } from './archive.ts';

/**
 * The running bot answers `npm run backup` on a socket in its data folder (only its own user
 * may open it): it copies the folder in turn with the events, so the copy holds exactly what
 * it had confirmed, and sends the archive back as `ok\n` and its bytes (or `fout <why>\n`).
 */
export async function serveBackups(
  bot: Bot,
  dataDir: string,
  logger: Logger,
): Promise<{ stop(): Promise<void> }> {
  const path = join(dataDir, SOCKET);
  // A socket left by a bot that crashed: this bot holds the data folder now.
  await rm(path, { force: true });
  const server: Server = createServer((socket) => {
    socket.once('data', () => {
      void (async () => {
        const out = await mkdtemp(join(tmpdir(), 'stadspanel-archive-'));
        try {
          const folder = await bot.exclusive(() => stage(dataDir, bot.store));
          const file = join(out, 'backup.tar.gz');
          await pack(folder, file);
          socket.write('ok\n');
          await new Promise<void>((resolve, reject) =>
            createReadStream(file).on('error', reject).on('end', resolve).pipe(socket),
          );
        } catch (error) {
          logger.error('Een reservekopie kon niet worden gemaakt', error);
          socket.end(`fout ${(error as Error).message.split('\n')[0]}\n`);
        } finally {
          await rm(out, { recursive: true, force: true });
        }
      })();
    });
    socket.on('error', () => undefined);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen({ path, readableAll: false, writableAll: false }, () => resolve());
  });
  return {
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        void rm(path, { force: true });
      }),
  };
}
