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
): Promise<ShellRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [entry, ...args], {
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
