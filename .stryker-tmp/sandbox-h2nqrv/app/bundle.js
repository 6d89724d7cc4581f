/**
 * The bot as one pre-built file, so `npm start` loads one module instead of some 350
 * TypeScript files (stripping their types, resolving each import): esbuild bundles
 * `app/main.ts` into `dist/`. The bundle is used only while every file it was built from,
 * and the package files that decide the dependencies, are as they were when it was built
 * (same size, same change time: any write changes a file's change time); otherwise it is
 * built again first. So it never runs old code. Its outputs are written durably (each
 * synced before it is renamed into place, the folder synced after), and the manifest
 * records each output's size and SHA-256: a start checks them and builds again when one is
 * missing, empty or changed (a crash mid-write, a bad disk), so it never runs half a bundle.
 * If it cannot be built, the caller runs the sources. Plain JavaScript, so a start from the bundle never loads the TypeScript
 * stripper. Tests run the sources; `test/shell/bundle.test.ts` runs this.
 */
// @ts-nocheck

import { createHash } from 'node:crypto';
import {
  closeSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, extname, join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Besides the sources: what decides the dependencies, and how the bundle is made. */
const ALSO = [
  'package.json',
  'package-lock.json',
  'node_modules/.package-lock.json',
  'tsconfig.json',
  'app/bundle.js',
];

/** The platform SDKs stay in node_modules: loaded only with Slack or Matrix, and they find their own files there. */
const EXTERNAL = [
  '@slack/*',
  'matrix-js-sdk',
  'matrix-js-sdk/*',
  '@matrix-org/*',
  'fake-indexeddb',
  'fake-indexeddb/*',
];

/** Outputs of earlier builds are removed once they are this old (a running bot may still load a chunk of one). */
const KEEP_OLD_MS = 60 * 60 * 1000;

/**
 * The module whose `schemaFingerprint()` the store compares with the proofs beside its
 * files (src/store/snapshot-check.ts). Bundled with the bot and asked once per build, so a
 * start from the bundle need not turn the whole schema into JSON Schema to know it.
 */
const FINGERPRINT = 'src/store/snapshot-check.ts';

const LOADERS = { '.ts': 'ts', '.js': 'js', '.mjs': 'js', '.cjs': 'js', '.json': 'json' };

/**
 * The URL of the bundle of `entry`, built first when missing or stale; undefined when it
 * cannot be built (esbuild missing, a folder that cannot be written).
 * `onSchema` gets the schema's fingerprint, computed by the bundle's own code when it was
 * built (only for this repository's bot).
 * @param {import('./bundle.d.ts').BundleOptions} [options]
 * @returns {Promise<string | undefined>}
 */
export async function bundled(options = {}) {
  const root = options.root ?? ROOT;
  const dist = options.dist ?? join(root, 'dist');
  const entry = options.entry ?? 'app/main.ts';
  const fingerprint = options.root === undefined && options.entry === undefined ? FINGERPRINT : undefined;
  const manifestPath = join(dist, 'manifest.json');
  let current = fresh(root, manifestPath, entry);
  if (!current) {
    try {
      current = await build(root, dist, entry, manifestPath, fingerprint);
      options.onBuild?.();
    } catch (error) {
      options.onBuild?.(error);
      return undefined;
    }
  }
  if (typeof current.schema === 'string') options.onSchema?.(current.schema);
  return pathToFileURL(join(dist, current.output)).href;
}

/**
 * The manifest when the bundle was built from `entry`, nothing it was built from changed
 * since, and every output is still what was written.
 * @returns {{ output: string, schema?: string } | undefined}
 */
function fresh(root, manifestPath, entry) {
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  } catch {
    return undefined;
  }
  if (manifest.entry !== entry) return undefined;
  for (const [path, [size, changed]] of Object.entries(manifest.files)) {
    const [nowSize, nowChanged] = stamp(join(root, path));
    if (nowSize !== size || nowChanged !== changed) return undefined;
  }
  // Manifests of earlier versions listed their outputs without size and hash.
  if (Array.isArray(manifest.outputs) || typeof manifest.outputs !== 'object') return undefined;
  const dist = dirname(manifestPath);
  for (const [name, [size, hash]] of Object.entries(manifest.outputs)) {
    let contents;
    try {
      contents = readFileSync(join(dist, name));
    } catch {
      return undefined;
    }
    if (contents.length !== size || sha256(contents) !== hash) return undefined;
  }
  return manifest;
}

function sha256(contents) {
  return createHash('sha256').update(contents).digest('hex');
}

/** Writes `contents` to `path` through a synced temporary file, so `path` is whole or absent. */
function writeDurably(path, contents) {
  const temp = `${path}.${process.pid}.tmp`;
  const fd = openSync(temp, 'w');
  try {
    let written = 0;
    while (written < contents.length) written += writeSync(fd, contents, written);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temp, path);
}

function syncFolder(path) {
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Size and change time of a file (-1 when it is missing), taken before it is read, so a change during the build is not missed. */
function stamp(path) {
  const info = statSync(path, { throwIfNoEntry: false });
  return info ? [info.size, info.ctimeMs] : [-1, -1];
}

async function build(root, dist, entry, manifestPath, fingerprint) {
  const { build: esbuild } = await import('esbuild');
  const files = {};
  for (const path of ALSO) files[path] = stamp(join(root, path));
  const result = await esbuild({
    absWorkingDir: root,
    entryPoints: fingerprint ? [entry, fingerprint] : [entry],
    outdir: dist,
    entryNames: '[name]-[hash]',
    chunkNames: 'chunk-[hash]',
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node22',
    // Less text to read, hash and compile at every start; names stay, so stack traces still name functions.
    minifyWhitespace: true,
    minifySyntax: true,
    external: EXTERNAL,
    // Some dependencies are CommonJS and require Node's own modules.
    banner: {
      js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
    },
    write: false,
    metafile: true,
    logLevel: 'silent',
    plugins: [readOnce(root, dist, files)],
  });
  mkdirSync(dist, { recursive: true });
  const outputs = {};
  for (const file of result.outputFiles) {
    writeDurably(file.path, file.contents);
    outputs[relative(dist, file.path)] = [file.contents.length, sha256(file.contents)];
  }
  syncFolder(dist);
  const outputOf = (point) => {
    const output = Object.entries(result.metafile.outputs).find(([, info]) => info.entryPoint === point)?.[0];
    if (!output) throw new Error(`esbuild made no bundle of ${point}`);
    return relative(dist, join(root, output));
  };
  for (const input of Object.keys(result.metafile.inputs)) files[input] ??= stamp(join(root, input));
  const manifest = { entry, output: outputOf(entry), outputs, files };
  if (fingerprint) {
    // The bundle's own schema, so the fingerprint is that of exactly the code that runs.
    const { schemaFingerprint } = await import(pathToFileURL(join(dist, outputOf(fingerprint))).href);
    manifest.schema = schemaFingerprint();
  }
  // The manifest last: it names only outputs that are on disk.
  writeDurably(manifestPath, Buffer.from(JSON.stringify(manifest)));
  syncFolder(dist);
  removeOld(dist, new Set([...Object.keys(outputs), 'manifest.json']));
  return manifest;
}

/**
 * Reads every input itself, stamping it first. In the project's own files, `import.meta.url`
 * becomes the URL of the source file, counted from the bundle, so files found beside a
 * source file (the website's templates) are found from the bundle too.
 */
function readOnce(root, dist, files) {
  return {
    name: 'stadspanel-read-once',
    setup(build) {
      build.onLoad({ filter: /.*/, namespace: 'file' }, async (args) => {
        const loader = LOADERS[extname(args.path)];
        if (!loader) return undefined;
        const key = relative(root, args.path).split(sep).join('/');
        files[key] = stamp(args.path);
        let contents = await readFile(args.path, 'utf8');
        if (!key.startsWith('node_modules/') && contents.includes('import.meta.url')) {
          const fromBundle = relative(dist, args.path).split(sep).join('/');
          contents = contents.replaceAll(
            'import.meta.url',
            `new URL(${JSON.stringify(fromBundle)}, import.meta.url).href`,
          );
        }
        return { contents, loader, resolveDir: dirname(args.path) };
      });
    },
  };
}

function removeOld(dist, keep) {
  const now = Date.now();
  for (const name of readdirSync(dist)) {
    if (keep.has(name)) continue;
    const path = join(dist, name);
    const info = statSync(path, { throwIfNoEntry: false });
    if (info?.isFile() && now - info.mtimeMs > KEEP_OLD_MS) unlinkSync(path);
  }
}

// `npm install` runs this (the `prepare` script): the first start need not build. It never fails the install.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await bundled({
    onBuild: (error) => {
      if (error) console.error(`De bot kon niet worden gebundeld; npm start gebruikt de broncode. ${error}`);
    },
  });
}
