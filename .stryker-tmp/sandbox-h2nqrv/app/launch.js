/**
 * The entry of `npm start`, `npm run demo` and `npm run validate-config`. It checks that this
 * Node is new enough (and says which one to run when it is not), switches on Node's compile
 * cache, then runs the bot from its bundle (see bundle.js: one file, built again whenever a
 * source changed), or from the sources (`main.ts`) when no bundle can be built.
 *
 * Until the version check has passed, this file uses only what every Node since 14 can
 * parse and run: everything else is loaded afterwards, with `import()`.
 */
// @ts-nocheck

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const needed = neededNode();
if (!newEnough(process.versions.node, needed)) {
  const ours = `${root}node_modules/.bin/node ${root}app/launch.js`;
  console.error(
    `De bot heeft Node ${needed} of nieuwer nodig, en dit is Node ${process.versions.node}. Start hem met \`npm start\` in ${root}, of met \`${ours}\` (de Node 24 die \`npm install\` in de map zet; gebruik dat pad ook in een service).`,
  );
  console.error(
    `The bot needs Node ${needed} or newer, and this is Node ${process.versions.node}. Start it with \`npm start\` in ${root}, or with \`${ours}\` (the Node 24 that \`npm install\` puts in the folder; use that path in a service too).`,
  );
  process.exit(1);
}

const { enableCompileCache } = await import('node:module');
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

/** The lowest Node the bot runs on: package.json's `engines.node` (`>=22.18.0`). */
function neededNode() {
  try {
    const engines = JSON.parse(readFileSync(`${root}package.json`, 'utf8')).engines;
    const found = /(\d+)\.(\d+)/.exec(engines.node);
    if (found) return `${found[1]}.${found[2]}`;
  } catch {
    // Fall back to what the bot needed when this was written.
  }
  return '22.18';
}

/** Whether `version` (`20.20.2`) is at least `needed` (`22.18`). */
function newEnough(version, needed) {
  const [major, minor] = version.split('.').map(Number);
  const [needMajor, needMinor] = needed.split('.').map(Number);
  return major > needMajor || (major === needMajor && minor >= needMinor);
}
