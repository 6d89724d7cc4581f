import { spawn } from 'node:child_process';
import { chmod, chown, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { bundled } from '../../app/bundle.js';
import { BotProcess } from '../support/bot-process.ts';
import { tempDir } from '../support/harness.ts';
import { freePort } from '../support/ports.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const UNIT = join(ROOT, 'deploy', 'stadspanel.service');
const CODE = '/opt/stadspanel';
const DATA = '/var/lib/stadspanel';
const NOBODY = 65534;

/** The `Key=value` lines of the unit's [Service] section, in order. */
async function serviceLines(): Promise<Array<[string, string]>> {
  const text = await readFile(UNIT, 'utf8');
  const section = text.split(/^\[Service\]$/m)[1]!.split(/^\[/m)[0]!;
  return section
    .split('\n')
    .filter((line) => /^[A-Za-z]+=/.test(line))
    .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]);
}

/**
 * A shell line that sets up, in a mount namespace of its own, what the unit promises: the
 * code at /opt/stadspanel read-only, the data folder at /var/lib/stadspanel, a private /tmp,
 * and the rest of the system read-only (ProtectSystem=strict).
 */
function sandbox(data: string): string {
  return [
    'set -e',
    'mount -t tmpfs tmpfs /opt',
    `mkdir ${CODE}`,
    `mount --bind "${ROOT}" ${CODE}`,
    'mount -t tmpfs tmpfs /var/lib',
    `mkdir ${DATA}`,
    `mount --bind "${data}" ${DATA}`,
    'mount -t tmpfs -o mode=1777 tmpfs /tmp',
    `mount -o remount,bind,ro ${CODE}`,
    'mount -o remount,ro /opt',
    'mount -o remount,ro /var/lib',
    'mount -o remount,bind,ro /',
  ].join('; ');
}

const bots: BotProcess[] = [];
afterEach(() => {
  for (const bot of bots.splice(0)) bot.kill();
});

describe('deploy/stadspanel.service', () => {
  it('passes systemd-analyze verify, without a single warning', async () => {
    // verify checks that ExecStart exists: the code is put where the unit expects it, and the
    // unit is read from there (a checkout under /tmp is hidden by the private /tmp).
    const { code, output } = await new Promise<{ code: number | null; output: string }>((resolve) => {
      const child = spawn('unshare', [
        '--mount',
        'sh',
        '-c',
        `${sandbox(ROOT)}; exec systemd-analyze verify ${CODE}/deploy/stadspanel.service`,
      ]);
      let output = '';
      child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.on('close', (exit) => resolve({ code: exit, output }));
    });
    expect(output).toBe('');
    expect(code).toBe(0);
  }, 60_000);

  it('asks for what the README promises: its own user, only the data folder writable, restart, a stop timeout', async () => {
    const lines = new Map(await serviceLines());
    expect(lines.get('User')).toBe('stadspanel');
    expect(lines.get('ProtectSystem')).toBe('strict');
    expect(lines.get('ReadWritePaths')).toBe(DATA);
    expect(lines.get('NoNewPrivileges')).toBe('true');
    expect(lines.get('PrivateTmp')).toBe('true');
    expect(lines.get('Restart')).toBe('on-failure');
    expect(lines.get('EnvironmentFile')).toBe('/etc/stadspanel/stadspanel.env');
    // The bot stops within 5 s (src/ops/stop-signals.ts); systemd waits longer before it kills.
    expect(Number(lines.get('TimeoutStopSec'))).toBeGreaterThan(5);
    expect(lines.get('ExecStart')).toMatch(new RegExp(`^${CODE}/node_modules/\\.bin/node `));
  });

  it('its ExecStart runs the bot as an unprivileged user with only the data folder writable', async () => {
    // `npm ci` builds the bundle at install (the prepare script); the code is read-only later.
    expect(await bundled()).toBeDefined();
    const data = await tempDir();
    await chown(data, NOBODY, NOBODY);
    await chmod(data, 0o700);
    const lines = await serviceLines();
    const healthPort = await freePort();
    const environment = lines
      .filter(([key]) => key === 'Environment')
      .map(([, value]) =>
        value.replace(/^STADSPANEL_HEALTH_PORT=.*/, `STADSPANEL_HEALTH_PORT=${healthPort}`),
      );
    const umask = lines.find(([key]) => key === 'UMask')![1];
    const execStart = lines.find(([key]) => key === 'ExecStart')![1].split(/\s+/);
    const user = ['setpriv', `--reuid=${NOBODY}`, `--regid=${NOBODY}`, '--clear-groups', '--no-new-privs'];
    const bot = new BotProcess(
      {},
      {
        command: [
          'unshare',
          '--mount',
          'sh',
          '-c',
          `${sandbox(data)}; umask ${umask}; cd ${DATA}; exec "$@"`,
          'sandbox',
          ...user,
          'env',
          '-i',
          ...environment,
          ...execStart,
        ],
      },
    );
    bots.push(bot);
    bot.type('/besluit In dienst genomen');
    await bot.waitFor('BES-2026-');
    const health = await fetch(`http://127.0.0.1:${healthPort}/healthz`);
    expect(health.status).toBe(200);
    bot.child.stdin!.end();
    expect(await bot.exited, bot.output).toBe(0);
    expect(bot.output).not.toContain('niet worden gebundeld');
    const db = await stat(join(data, 'db.json'));
    expect(db.uid).toBe(NOBODY);
    expect(db.mode & 0o077).toBe(0);
  }, 90_000);
});
