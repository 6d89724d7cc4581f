/**
 * The entry of `npm start`, `npm run demo` and `npm run validate-config`. It switches on
 * Node's compile cache, then runs the bot from its bundle (see bundle.js: one file, built
 * again whenever a source changed), or from the sources (`main.ts`) when no bundle can
 * be built.
 */
import { enableCompileCache } from 'node:module';

enableCompileCache();
const { bundled } = await import('./bundle.js');
const bundle = await bundled({
  onBuild: (error) => {
    if (error) console.error(`De bot kon niet worden gebundeld; hij start vanuit de broncode. ${error}`);
  },
  // Computed when the bundle was built, by its own code (see src/store/snapshot-check.ts).
  onSchema: (fingerprint) => {
    globalThis[Symbol.for('stadspanel.schemaFingerprint')] = fingerprint;
  },
});
await import(bundle ?? './main.ts');
