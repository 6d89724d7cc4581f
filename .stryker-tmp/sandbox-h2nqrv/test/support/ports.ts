// @ts-nocheck
import { createServer } from 'node:net';

/** A loopback port that is free right now, for a bot process to listen on. */
export async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}
