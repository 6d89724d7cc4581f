// @ts-nocheck
import { chmod, chown, mkdir, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FakeHomeserver } from '../fakes/homeserver.ts';
import { FakeSlackApi } from '../fakes/slack-api.ts';
import { BotProcess } from '../support/bot-process.ts';
import { tempDir } from '../support/harness.ts';
import { freePort } from '../support/ports.ts';
import {
  eventCallback,
  SIGNING_SECRET,
  sendToSlackEndpoint,
  slashCommand,
} from '../support/slack-requests.ts';

const bots: BotProcess[] = [];
const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const bot of bots.splice(0)) bot.kill();
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

function bot(env: Record<string, string>, options?: ConstructorParameters<typeof BotProcess>[1]): BotProcess {
  const started = new BotProcess(env, options);
  bots.push(started);
  return started;
}

async function slackApi(): Promise<{ api: FakeSlackApi; url: string }> {
  const api = new FakeSlackApi();
  const url = await api.start();
  cleanups.push(() => api.stop());
  return { api, url };
}

/** Exits non-zero with one Dutch sentence, no stack trace, and leaves the folder free for a restart. */
async function expectCleanRefusal(started: BotProcess, dir: string, sentence: RegExp): Promise<void> {
  const code = await started.exited;
  expect(code, started.output).not.toBe(0);
  expect(started.output).toMatch(sentence);
  expect(started.output).not.toMatch(/\n\s+at /);
  const next = bot({ STADSPANEL_DATA_DIR: dir });
  next.type('/help');
  await next.waitFor('Wat ik kan');
  next.child.stdin!.end();
  expect(await next.exited).toBe(0);
}

describe('empty environment variables count as unset', () => {
  it('starts Slack in HTTP mode when SLACK_APP_TOKEN= and the Matrix variables are empty', async () => {
    const { url } = await slackApi();
    const dir = await tempDir();
    const port = await freePort();
    const started = bot({
      STADSPANEL_DATA_DIR: dir,
      SLACK_BOT_TOKEN: 'xoxb-empty-test',
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_APP_TOKEN: '',
      SLACK_API_URL: url,
      PORT: String(port),
      MATRIX_HOMESERVER_URL: '',
      MATRIX_ACCESS_TOKEN: ' ',
      MATRIX_USER_ID: '',
      STADSPANEL_NOW: '',
    });
    await started.waitFor(`Slack: luistert op poort ${port}`);
    expect(started.output).not.toContain('Matrix');
  });
});

describe('Slack over HTTP', () => {
  it('answers 400 to a signed body that is JSON but not an object, and keeps running', async () => {
    const { api, url } = await slackApi();
    const dir = await tempDir();
    const port = await freePort();
    const started = bot({
      STADSPANEL_DATA_DIR: dir,
      SLACK_BOT_TOKEN: 'xoxb-body-test',
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: url,
      PORT: String(port),
    });
    await started.waitFor('Slack: luistert op poort');
    for (const body of ['null', '42', '[]', '"tekst"', 'true']) {
      const answer = await sendToSlackEndpoint(port, body, 'application/json');
      expect(answer.status, body).toBe(400);
    }
    const handled = await sendToSlackEndpoint(
      port,
      eventCallback({ type: 'app_mention', user: 'U0X', text: 'hoi', channel: 'C0PANEL', ts: '1.1' }),
      'application/json',
    );
    expect(handled.status).toBe(200);
    const command = slashCommand({ command: '/help', text: '', user: 'U0NOBODY', channel: 'C0PANEL' });
    expect((await sendToSlackEndpoint(port, command, 'application/x-www-form-urlencoded')).status).toBe(200);
    await api.waitFor('chat.postMessage');
    expect(started.running).toBe(true);
  });
});

describe('an adapter that cannot start', () => {
  it('says so when the homeserver answers 500, releases the lock and exits non-zero', async () => {
    const homeserver = new FakeHomeserver();
    const baseUrl = await homeserver.start();
    cleanups.push(() => homeserver.stop());
    homeserver.failWith = 500;
    const dir = await tempDir();
    const started = bot({
      STADSPANEL_DATA_DIR: dir,
      MATRIX_HOMESERVER_URL: baseUrl,
      MATRIX_ACCESS_TOKEN: 'bot-token',
      MATRIX_USER_ID: '@stadspanel:test.local',
    });
    await expectCleanRefusal(started, dir, /De Matrix-server .* (antwoordt met fout 500|geeft een fout)/);
    expect(started.output).not.toContain('bot-token');
  }, 60_000);

  it('says so when the homeserver cannot be reached', async () => {
    const dir = await tempDir();
    const port = await freePort();
    const started = bot({
      STADSPANEL_DATA_DIR: dir,
      MATRIX_HOMESERVER_URL: `http://127.0.0.1:${port}`,
      MATRIX_ACCESS_TOKEN: 'bot-token',
      MATRIX_USER_ID: '@stadspanel:test.local',
    });
    await expectCleanRefusal(
      started,
      dir,
      new RegExp(`De Matrix-server http://127.0.0.1:${port} is niet bereikbaar`),
    );
  }, 60_000);

  it('says so when the homeserver refuses the access token', async () => {
    const homeserver = new FakeHomeserver();
    const baseUrl = await homeserver.start();
    cleanups.push(() => homeserver.stop());
    const dir = await tempDir();
    const started = bot({
      STADSPANEL_DATA_DIR: dir,
      MATRIX_HOMESERVER_URL: baseUrl,
      MATRIX_ACCESS_TOKEN: 'wrong-token',
      MATRIX_USER_ID: '@stadspanel:test.local',
    });
    await expectCleanRefusal(started, dir, /MATRIX_ACCESS_TOKEN/);
  }, 60_000);

  it('says so when Slack refuses the bot token', async () => {
    const { api, url } = await slackApi();
    api.refusedTokens.add('xoxb-revoked');
    const dir = await tempDir();
    const started = bot({
      STADSPANEL_DATA_DIR: dir,
      SLACK_BOT_TOKEN: 'xoxb-revoked',
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: url,
      PORT: String(await freePort()),
    });
    await expectCleanRefusal(started, dir, /Slack weigert SLACK_BOT_TOKEN \(invalid_auth\)/);
    expect(started.output).not.toContain('xoxb-revoked');
  }, 60_000);

  it('says so when Slack cannot be reached, after trying again a few times', async () => {
    const dir = await tempDir();
    const closed = await freePort();
    const started = bot({
      STADSPANEL_DATA_DIR: dir,
      SLACK_BOT_TOKEN: 'xoxb-offline',
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: `http://127.0.0.1:${closed}/api/`,
      PORT: String(await freePort()),
    });
    await expectCleanRefusal(started, dir, /Slack is niet bereikbaar/);
    expect(started.output).toContain('nieuwe poging over 1 s (1 van 4)');
  }, 60_000);

  it('says so when the port is taken', async () => {
    const { url } = await slackApi();
    const taken: Server = createServer();
    const port = await new Promise<number>((resolve) =>
      taken.listen(0, () => resolve((taken.address() as { port: number }).port)),
    );
    cleanups.push(() => new Promise((resolve) => taken.close(() => resolve())));
    const dir = await tempDir();
    const started = bot({
      STADSPANEL_DATA_DIR: dir,
      SLACK_BOT_TOKEN: 'xoxb-port-test',
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: url,
      PORT: String(port),
    });
    await expectCleanRefusal(started, dir, new RegExp(`Poort ${port} is al in gebruik`));
  }, 60_000);
});

describe('a data folder the bot cannot use', () => {
  // Root without any capability: it still reads the code (its own files, wherever the clone
  // is), but a folder or lock of another user is as closed to it as to anybody else.
  const nobody = ['setpriv', '--inh-caps=-all', '--bounding-set=-all'];
  const OTHER_USER = 65534;

  it('says so for a folder it may not write', async () => {
    const dir = await tempDir();
    await chmod(dir, 0o755);
    await chown(dir, OTHER_USER, OTHER_USER);
    const started = bot({ STADSPANEL_DATA_DIR: dir }, { wrapper: nobody });
    started.child.stdin!.end('/help\n');
    const code = await started.exited;
    expect(code).not.toBe(0);
    expect(started.output).toContain(`De bot mag niet schrijven in de gegevensmap ${dir}`);
    expect(started.output).not.toMatch(/\n\s+at /);
  });

  it('says so for a folder mounted read-only (a Docker volume with :ro)', async () => {
    const dir = await tempDir();
    const started = bot(
      { STADSPANEL_DATA_DIR: dir },
      {
        wrapper: ['unshare', '--mount', 'sh', '-c', `mount --bind -o ro "${dir}" "${dir}" && exec "$0" "$@"`],
      },
    );
    started.child.stdin!.end('/help\n');
    expect(await started.exited).toBe(1);
    expect(started.output).toContain(
      `De gegevensmap ${dir} staat op een schijf die alleen gelezen kan worden`,
    );
    expect(started.output).not.toMatch(/\n\s+at /);
  });

  it('says so for a lock it may not touch', async () => {
    const dir = await tempDir();
    await chmod(dir, 0o1777);
    await writeFile(join(dir, 'db.lock.sqlite'), '', { mode: 0o644 });
    await chown(join(dir, 'db.lock.sqlite'), OTHER_USER, OTHER_USER);
    const started = bot({ STADSPANEL_DATA_DIR: dir }, { wrapper: nobody });
    started.child.stdin!.end('/help\n');
    const code = await started.exited;
    expect(code).not.toBe(0);
    expect(started.output).toContain(join(dir, 'db.lock.sqlite'));
    expect(started.output).toContain('geen toegang');
    expect(started.output).not.toMatch(/\n\s+at /);
  });

  it('says so for a lock folder of the previous release it may not read', async () => {
    const dir = await tempDir();
    await chmod(dir, 0o1777);
    await mkdir(join(dir, 'db.lock'), { mode: 0o700 });
    await writeFile(join(dir, 'db.lock', 'owner.json'), '{}');
    await chown(join(dir, 'db.lock', 'owner.json'), OTHER_USER, OTHER_USER);
    await chown(join(dir, 'db.lock'), OTHER_USER, OTHER_USER);
    const started = bot({ STADSPANEL_DATA_DIR: dir }, { wrapper: nobody });
    started.child.stdin!.end('/help\n');
    const code = await started.exited;
    expect(code).not.toBe(0);
    expect(started.output).toContain(join(dir, 'db.lock'));
    expect(started.output).toContain('oudere versie van de bot');
    expect(started.output).not.toMatch(/\n\s+at /);
  });
});

describe('shell mode', () => {
  it('does not load the Slack and Matrix libraries', async () => {
    const dir = await tempDir();
    const started = bot(
      { STADSPANEL_DATA_DIR: dir, NODE_OPTIONS: '--import ./test/support/loaded-modules.ts' },
      {},
    );
    started.child.stdin!.end('/help\n');
    expect(await started.exited).toBe(0);
    expect(started.output).toContain('Wat ik kan');
    const loaded = JSON.parse(/LOADED (.*)/.exec(started.output)![1]!) as string[];
    expect(loaded.some((url) => url.includes('node_modules/@date-fns'))).toBe(true);
    expect(loaded.filter((url) => /@slack|matrix-js-sdk/.test(url))).toEqual([]);
  });
});
