// @ts-nocheck
import { spawn } from 'node:child_process';

export interface ShellRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the real bot (`node app/main.ts`, the sources `npm start` runs bundled) with piped lines. */
export function runShellProcess(
  lines: readonly string[],
  env: Record<string, string>,
  args: readonly string[] = [],
  entry = 'app/main.ts',
  /** A command the bot runs inside, for example `bash -c 'ulimit -f 64 && exec "$@"' bash`. */
  wrapper: readonly string[] = [],
): Promise<ShellRun> {
  return new Promise((resolve, reject) => {
    const command = [...wrapper, process.execPath, entry, ...args];
    const child = spawn(command[0]!, command.slice(1), {
      env: { PATH: process.env.PATH ?? '', ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(lines.map((line) => `${line}\n`).join(''));
  });
}
