// @ts-nocheck
import { chmod, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { healthReport } from '../../src/ops/health/report.ts';
import { DEMO_MEMBERS } from '../../src/setup/config.ts';
import { FakeSlackApi } from '../fakes/slack-api.ts';
import { BotProcess } from '../support/bot-process.ts';
import { tempDir, writeConfig } from '../support/harness.ts';
import { freePort } from '../support/ports.ts';
import { runShellProcess } from '../support/run-shell-process.ts';
import { SIGNING_SECRET, sendToSlackEndpoint, slashCommand } from '../support/slack-requests.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const VERSION: string = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')).version;
/** Root without any capability: the folder's permission bits hold for it as for anybody. */
const NOBODY = ['setpriv', '--inh-caps=-all', '--bounding-set=-all'];

const bots: BotProcess[] = [];
const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const bot of bots.splice(0)) bot.kill();
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

async function slackBot(env: Record<string, string> = {}) {
  const api = new FakeSlackApi();
  const url = await api.start();
  cleanups.push(() => api.stop());
  const dir = await tempDir();
  await chmod(dir, 0o755);
  await writeConfig(dir, {
    members: DEMO_MEMBERS.map((member) =>
      member.id === 'voorzitter' ? { ...member, slack: 'U0CHAIR' } : member,
    ),
    channels: { panel: { slack: 'C0PANEL' }, openbaar: { slack: 'C0PUBLIC', public: true } },
  });
  const port = await freePort();
  const healthPort = await freePort();
  const bot = new BotProcess(
    {
      STADSPANEL_DATA_DIR: dir,
      SLACK_BOT_TOKEN: 'xoxb-health-test',
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: url,
      PORT: String(port),
      STADSPANEL_HEALTH_PORT: String(healthPort),
      ...env,
    },
    { wrapper: NOBODY },
  );
  bots.push(bot);
  await bot.waitFor(`127.0.0.1:${healthPort}/healthz`);
  await bot.waitFor('Slack: luistert op poort');
  const command = async (text: string) => {
    const body = slashCommand({ command: '/besluit', text, user: 'U0CHAIR', channel: 'C0PANEL' });
    expect((await sendToSlackEndpoint(port, body, 'application/x-www-form-urlencoded')).status).toBe(200);
    await api.waitFor('chat.postMessage');
  };
  const health = async (path = '/healthz') => {
    const response = await fetch(`http://127.0.0.1:${healthPort}${path}`);
    return { status: response.status, body: (await response.text()) as string };
  };
  return { bot, dir, command, health };
}

describe('--version', () => {
  it('prints the version from package.json, from the sources and from npm start alike', async () => {
    for (const entry of ['app/main.ts', 'app/launch.js']) {
      const run = await runShellProcess([], {}, ['--version'], entry);
      expect(run.code).toBe(0);
      expect(run.stdout.trim()).toBe(`stadspanel-bot ${VERSION}`);
    }
  }, 60_000);
});

describe('GET /healthz', () => {
  it('answers 200 with the state while the bot runs, and 503 once the data folder turns read-only', async () => {
    const { bot, dir, command, health } = await slackBot();
    // The first line of the log says what runs where.
    expect(bot.output.split('\n').find((line) => line.includes(' start: gegevensmap '))).toMatch(
      new RegExp(`Stadspanel ${VERSION} start: gegevensmap ${dir}, Slack, \\d+ items, 6 leden \\(db\\.json`),
    );
    await command('Eerste besluit');
    const up = await health();
    expect(up.status).toBe(200);
    const body = JSON.parse(up.body);
    expect(body).toMatchObject({
      ok: true,
      version: VERSION,
      store: { canWrite: true },
      platforms: { slack: { connected: true } },
      problems: [],
    });
    expect(Date.parse(body.store.lastWrite)).toBeGreaterThan(Date.parse(body.upSince) - 1);
    expect(body.store.journalBytes).toBeGreaterThan(0);
    expect(body.store.items).toBeGreaterThan(0);
    // Nothing typed in the chat reaches the health answer.
    expect(up.body).not.toContain('Eerste besluit');

    await chmod(dir, 0o555);
    const down = await health();
    expect(down.status).toBe(503);
    expect(JSON.parse(down.body)).toMatchObject({
      ok: false,
      store: { canWrite: false },
      problems: ['the data folder cannot be written'],
    });
    await chmod(dir, 0o755);
    expect((await health()).status).toBe(200);
    expect((await health('/')).status).toBe(404);
    expect((await health('/health')).status).toBe(404);
  }, 60_000);

  it('STADSPANEL_LOG=json writes one JSON object per line, without what people typed', async () => {
    const { bot, command } = await slackBot({ STADSPANEL_LOG: 'json' });
    await command('Geheim-besluit-tekst-42');
    const lines = bot.output.trim().split('\n');
    const entries = lines.map((line) => JSON.parse(line) as { msg: string; level: number; time: string });
    expect(entries.some((entry) => entry.msg.includes(`Stadspanel ${VERSION} start`))).toBe(true);
    expect(entries.every((entry) => typeof entry.time === 'string' && entry.level >= 30)).toBe(true);
    expect(bot.output).not.toContain('Geheim-besluit-tekst-42');
  }, 60_000);
});

describe('STADSPANEL_LOG', () => {
  it('=json: a refusal to start is one JSON line too; another value is refused with a sentence', async () => {
    const dir = await tempDir();
    await writeConfig(dir, { members: [] });
    const json = await runShellProcess([], { STADSPANEL_DATA_DIR: dir, STADSPANEL_LOG: 'json' });
    expect(json.code).toBe(1);
    const line = JSON.parse(json.stderr.trim()) as { msg: string; level: number };
    expect(line.level).toBe(50);
    expect(line.msg).toContain('De bot start niet. Het configuratiebestand');
    const wrong = await runShellProcess([], { STADSPANEL_DATA_DIR: dir, STADSPANEL_LOG: 'jsn' });
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain("STADSPANEL_LOG='jsn' ken ik niet");
  }, 60_000);
});

describe('the health report', () => {
  const base = {
    version: '1.0.0',
    upSince: new Date('2026-12-05T08:00:00Z'),
    now: new Date('2026-12-05T10:00:00Z'),
    store: { items: 3, journalBytes: 10, writable: true },
  };
  const away = (seconds: number) =>
    new Map([
      ['matrix' as const, { connected: false, since: new Date(base.now.getTime() - seconds * 1000) }],
    ]);

  it('is 503 when a platform has been disconnected for more than a minute, not before', () => {
    expect(healthReport({ ...base, platforms: away(59) }).status).toBe(200);
    const long = healthReport({ ...base, platforms: away(61) });
    expect(long.status).toBe(503);
    expect(long.body.problems).toEqual(['matrix has been disconnected for 61 s']);
  });

  it('is 503 when the last change could not be written, until one is written again', () => {
    const failed = { ...base.store, lastWrite: base.upSince, lastFailure: base.now };
    expect(healthReport({ ...base, store: failed, platforms: new Map() }).status).toBe(503);
    const again = { ...failed, lastWrite: new Date(base.now.getTime() + 1) };
    expect(healthReport({ ...base, store: again, platforms: new Map() }).status).toBe(200);
  });
});
