/** See bundle.js. */
// @ts-nocheck

export interface BundleOptions {
  /** The project folder (default: this repository). */
  readonly root?: string;
  /** Where the bundle goes (default: `<root>/dist`). */
  readonly dist?: string;
  /** The entry, relative to `root` (default: `app/main.ts`). */
  readonly entry?: string;
  /** Called after a build: with the error when it failed. */
  readonly onBuild?: (error?: unknown) => void;
  /** Called with the fingerprint of the bundled store schema (the bot's own bundle only). */
  readonly onSchema?: (fingerprint: string) => void;
}

export function bundled(options?: BundleOptions): Promise<string | undefined>;
