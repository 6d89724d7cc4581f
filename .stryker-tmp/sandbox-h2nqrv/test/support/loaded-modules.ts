// @ts-nocheck
import { registerHooks } from 'node:module';

/** Preloaded with `--import`: prints, at exit, every module URL the process loaded. */
const loaded: string[] = [];
registerHooks({
  load(url, context, next) {
    loaded.push(url);
    return next(url, context);
  },
});
process.on('exit', () => {
  process.stderr.write(`LOADED ${JSON.stringify(loaded)}\n`);
});
