// @ts-nocheck
import { type ChildProcess, spawn } from 'node:child_process';

/**
 * A real bot process (`node app/main.ts`, as `npm start` runs it; or another `script` such as
 * `app/site.ts`) with its output collected.
 */
export class BotProcess {
  readonly child: ChildProcess;
  #output = '';
  readonly exited: Promise<number | null>;

  /** `wrapper` runs the bot inside another command, for example `unshare --pid --fork --mount-proc`. */
  constructor(
    env: Record<string, string>,
    options: {
      args?: readonly string[];
      wrapper?: readonly string[];
      script?: string;
      command?: readonly string[];
    } = {},
  ) {
    const script = options.script ?? 'app/main.ts';
    // `command`: the whole command line instead (a systemd unit's ExecStart).
    const command = options.command ?? [
      ...(options.wrapper ?? []),
      process.execPath,
      script,
      ...(options.args ?? []),
    ];
    this.child = spawn(command[0]!, command.slice(1), {
      env: { PATH: process.env.PATH ?? '', ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    for (const stream of [this.child.stdout!, this.child.stderr!]) {
      stream.on('data', (chunk: Buffer) => {
        this.#output += chunk.toString('utf8');
      });
    }
    this.child.stdin!.on('error', () => undefined);
    this.exited = new Promise((resolve) => this.child.on('close', (code) => resolve(code)));
  }

  get output(): string {
    return this.#output;
  }

  get running(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  type(line: string): void {
    this.child.stdin!.write(`${line}\n`);
  }

  /** Waits until the output contains `text`; fails with the output when the bot stops or time runs out. */
  async waitFor(text: string | RegExp, timeoutMs = 15_000): Promise<void> {
    const until = Date.now() + timeoutMs;
    const found = () => (typeof text === 'string' ? this.#output.includes(text) : text.test(this.#output));
    while (!found()) {
      if (!this.running) throw new Error(`The bot stopped before saying ${text}:\n${this.#output}`);
      if (Date.now() > until) throw new Error(`The bot did not say ${text} in time:\n${this.#output}`);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }

  /** Milliseconds from sending `signal` to the process having exited, and its exit code. */
  async stopWith(signal: NodeJS.Signals): Promise<{ ms: number; code: number | null }> {
    const started = Date.now();
    this.child.kill(signal);
    const code = await this.exited;
    return { ms: Date.now() - started, code };
  }

  kill(): void {
    if (this.running) this.child.kill('SIGKILL');
  }
}
