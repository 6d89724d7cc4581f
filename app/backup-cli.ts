import { createWriteStream } from 'node:fs';
import { access, rename, rm } from 'node:fs/promises';
import { connect } from 'node:net';
import { join, resolve } from 'node:path';
import { StartupError } from '../src/core/errors.ts';
import type { Lang } from '../src/i18n/lang.ts';
import { startLanguage } from '../src/setup/config.ts';
import { Store } from '../src/store/store.ts';
import { pack, SOCKET, stage } from './backup/archive.ts';
import { checkArchive } from './backup/check.ts';
import { backupTexts } from './backup/texts.ts';

const dataDir = resolve(process.env.STADSPANEL_DATA_DIR?.trim() || 'data');
const lang: Lang = startLanguage(dataDir);
const t = backupTexts[lang];

/**
 * `npm run backup -- <file>`: one archive (tar.gz) of the data folder. While the bot runs, it
 * asks the bot over its socket, so the copy holds exactly what the bot had confirmed; when no
 * bot runs, it opens the store itself (taking the lock, as a bot would).
 */
async function main(args: readonly string[]): Promise<void> {
  const [given] = args;
  if (!given || args.length > 1) {
    throw new StartupError(t.nameOneFile);
  }
  const file = resolve(given);
  if (await exists(file)) throw new StartupError(t.exists(file));
  const asked = await fromRunningBot(dataDir, file);
  if (!asked) {
    const store = await Store.open(dataDir);
    try {
      await pack(await stage(dataDir, store), file);
    } finally {
      await store.close();
    }
  }
  const { items } = await checkArchive(file, false, lang);
  console.log(t.written(file, items, asked));
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

/** Asks the running bot; false when none listens on the data folder's socket. */
function fromRunningBot(dataDir: string, file: string): Promise<boolean> {
  const part = `${file}.part`;
  return new Promise<boolean>((done, fail) => {
    const socket = connect(join(dataDir, SOCKET));
    let header = '';
    let out: ReturnType<typeof createWriteStream> | undefined;
    socket.on('error', (error: NodeJS.ErrnoException) => {
      if (!out && (error.code === 'ENOENT' || error.code === 'ECONNREFUSED')) done(false);
      else fail(error);
    });
    socket.on('connect', () => socket.write('backup\n'));
    socket.on('data', (chunk: Buffer) => {
      if (out) return;
      header += chunk.toString('latin1');
      const end = header.indexOf('\n');
      if (end < 0) return;
      const first = header.slice(0, end);
      if (first !== 'ok') {
        socket.destroy();
        fail(new StartupError(t.botFailed(first.replace(/^fout /, ''))));
        return;
      }
      out = createWriteStream(part);
      out.write(Buffer.from(header.slice(end + 1), 'latin1'));
      socket.pipe(out);
      out.on('finish', () => {
        rename(part, file).then(() => done(true), fail);
      });
      out.on('error', fail);
    });
  }).catch(async (error: unknown) => {
    await rm(part, { force: true });
    throw error;
  });
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof StartupError ? error.in(lang) : error);
  process.exitCode = 1;
});
