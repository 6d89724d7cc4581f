// @ts-nocheck
import { randomUUID } from 'node:crypto';
import { rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Bot } from '../src/core/bot.ts';
import { StartupError } from '../src/core/errors.ts';
import { healthReport } from '../src/ops/health/report.ts';
import type { Logger } from '../src/ops/log.ts';
import { botVersion } from '../src/ops/version.ts';

/** Whether a new file can be written (and removed) in the data folder right now. */
async function canWrite(dataDir: string): Promise<boolean> {
  const probe = join(dataDir, `.healthz-${randomUUID()}`);
  try {
    await writeFile(probe, 'ok');
    await rm(probe, { force: true });
    return true;
  } catch {
    return false;
  }
}

/**
 * `STADSPANEL_HEALTH_PORT`: `GET /healthz` on the loopback address (or `STADSPANEL_HEALTH_HOST`)
 * for systemd, a monitoring system or a load balancer. Everything else is 404.
 */
export async function startHealthServer(options: {
  readonly bot: Bot;
  readonly dataDir: string;
  readonly port: number;
  readonly host: string;
  readonly upSince: Date;
  readonly logger: Logger;
}): Promise<{ readonly port: number; stop(): Promise<void> }> {
  const { bot } = options;
  const server: Server = createServer((request, response) => {
    if (request.method !== 'GET' || request.url?.split('?')[0] !== '/healthz') {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found\n');
      return;
    }
    void canWrite(options.dataDir).then((writable) => {
      const report = healthReport({
        version: botVersion(),
        upSince: options.upSince,
        now: bot.clock.now(),
        store: { ...bot.store.state, writable },
        platforms: bot.connections.all(),
      });
      response
        .writeHead(report.status, { 'content-type': 'application/json', 'cache-control': 'no-store' })
        .end(`${JSON.stringify(report.body)}\n`);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'EADDRINUSE' || error.code === 'EACCES'
          ? new StartupError(
              `Poort ${options.port} voor STADSPANEL_HEALTH_PORT is al in gebruik of niet toegestaan. Kies een andere poort.`,
            )
          : error,
      ),
    );
    server.listen(options.port, options.host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  options.logger.info(`Gezondheid: http://${options.host}:${port}/healthz`);
  return {
    port,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
