import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FakeHomeserver } from '../test/fakes/homeserver.ts';
import { encryptedMember, sendText } from '../test/support/encrypted-member.ts';
import { writeConfig } from '../test/support/harness.ts';
import { summarize } from './stats.ts';

const BOT = '@stadspanel:bench.local';
const MEMBER = '@lid:bench.local';
const ROOMS = 3;

export interface MatrixEncryptionBench {
  /** Start to connected, in ms: without encryption, first start (new device), restart (store read back). */
  readonly plainStartMs: ReturnType<typeof summarize>;
  readonly firstStartMs: ReturnType<typeof summarize>;
  readonly restartMs: ReturnType<typeof summarize>;
  /** Resident memory once connected, in MB. */
  readonly plainRssMB: ReturnType<typeof summarize>;
  readonly encryptedRssMB: ReturnType<typeof summarize>;
  /** restart ÷ plain start, and the extra memory in MB. */
  readonly startupRatio: number;
  readonly extraMemoryMB: number;
  /** The crypto store on disk after keys of `ROOMS` rooms arrived. */
  readonly storeBytes: number;
}

interface Sample {
  readonly readyMs: number;
  readonly rss: number;
}

/** One bot process; `whileRunning` happens between connected and the stop. */
async function runBot(args: string[], whileRunning?: () => Promise<void>): Promise<Sample> {
  const child: ChildProcess = spawn(process.execPath, ['bench/matrix-startup.ts', ...args], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  let output = '';
  const sample = await new Promise<Sample>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('\n')) resolve(JSON.parse(output) as Sample);
    });
    child.once('exit', (code) => reject(new Error(`bench bot exited ${code}: ${output}`)));
  });
  await whileRunning?.();
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.stdin!.write('stop\n');
  await exited;
  return sample;
}

/**
 * The cost of MATRIX_STORE_KEY, in separate processes against the fake homeserver: start-up
 * and resident memory with and without encryption, and the size of the crypto store.
 * Figures are for comparison (ratios), not absolute targets.
 */
export async function benchMatrixEncryption(runs = 5): Promise<MatrixEncryptionBench> {
  const server = new FakeHomeserver();
  const baseUrl = await server.start();
  server.addUser(BOT, 'bot-token', { deviceId: 'BENCHBOT' });
  server.addUser(MEMBER, 'member-token', { deviceId: 'MEMBERPHONE' });
  const rooms = Array.from({ length: ROOMS }, () => server.createRoom(MEMBER, [BOT], { encrypted: true }));
  const folders: string[] = [];
  const folder = async () => {
    const dir = await mkdtemp(join(tmpdir(), 'stadspanel-bench-matrix-'));
    folders.push(dir);
    await writeConfig(dir, {
      members: [{ id: 'lid', name: 'Lid', roles: ['panel'], matrix: MEMBER }],
      channels: { panel: { matrix: rooms[0] } },
    });
    return dir;
  };
  try {
    const plainDir = await folder();
    const plain: Sample[] = [];
    for (let run = 0; run < runs; run++) plain.push(await runBot([baseUrl, plainDir, BOT]));

    const encryptedDir = await folder();
    const key = randomBytes(32).toString('base64');
    const member = await encryptedMember(baseUrl, MEMBER, 'member-token', 'MEMBERPHONE');
    const first = await runBot([baseUrl, encryptedDir, BOT, key], async () => {
      for (const room of rooms) await sendText(member, room, 'Goedemorgen');
      while (server.keys.pendingToDevice(BOT, 'BENCHBOT') > 0) await new Promise((r) => setTimeout(r, 20));
    });
    member.stopClient();
    const restarts: Sample[] = [];
    for (let run = 0; run < runs; run++) restarts.push(await runBot([baseUrl, encryptedDir, BOT, key]));
    const storeBytes = (await stat(join(encryptedDir, 'matrix-crypto', 'store.v8'))).size;

    const mb = (samples: Sample[]) => summarize(samples.map((sample) => sample.rss / 1024 / 1024));
    const plainStartMs = summarize(plain.map((sample) => sample.readyMs));
    const restartMs = summarize(restarts.map((sample) => sample.readyMs));
    const plainRssMB = mb(plain);
    const encryptedRssMB = mb([first, ...restarts]);
    return {
      plainStartMs,
      firstStartMs: summarize([first.readyMs]),
      restartMs,
      plainRssMB,
      encryptedRssMB,
      startupRatio: restartMs.median / plainStartMs.median,
      extraMemoryMB: encryptedRssMB.median - plainRssMB.median,
      storeBytes,
    };
  } finally {
    await server.stop();
    for (const dir of folders) await rm(dir, { recursive: true, force: true });
  }
}

/** `node bench/matrix-encryption.ts`: this part of the bench alone. */
if (import.meta.main) {
  const result = await benchMatrixEncryption();
  console.log(JSON.stringify(result, null, 2));
  process.exit(0);
}
