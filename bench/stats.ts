/** The figures of a list of timings: median, the tail and the worst. */
export interface Summary {
  readonly median: number;
  readonly p99: number;
  readonly p999: number;
  readonly max: number;
  readonly runs: number;
}

export function summarize(values: readonly number[]): Summary {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (share: number) =>
    sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)] ?? Number.NaN;
  return {
    median: at(0.5),
    p99: at(0.99),
    p999: at(0.999),
    max: sorted.at(-1) ?? Number.NaN,
    runs: sorted.length,
  };
}

export async function time(work: () => Promise<unknown> | unknown): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

/** `1.23` below ten, `12.3` above: enough digits to compare, no more. */
export function fmt(value: number): string {
  return value < 10 ? value.toFixed(2) : value.toFixed(1);
}
