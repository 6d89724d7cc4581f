// @ts-nocheck
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Logger } from '../../src/ops/log.ts';
import { Harness } from '../support/harness.ts';

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

describe('error logs', () => {
  it('name the command and the item id, never the text of the command', async () => {
    const logged: string[] = [];
    const logger: Logger = {
      info: (text) => logged.push(text),
      warn: (text) => logged.push(text),
      error: (text, cause) =>
        logged.push(`${text} ${cause instanceof Error ? cause.message : String(cause ?? '')}`),
    };
    harness = await Harness.create({ logger });
    await harness.command('gemeente', '/advies nieuw "Stille pilot Zuidpark" vertrouwelijk');
    await harness.close();
    harness = await Harness.create({ dir: harness.dir, logger });
    // A folder where the journal goes makes every write fail, as a full disk would.
    await mkdir(join(harness.dir, 'db.journal.jsonl'));
    await harness.command(
      'voorzitter',
      '/advies stap adv-1 in-overweging Wethouder wil Zuidpark stil houden',
    );
    const errors = logged.join('\n');
    expect(errors).toContain('/advies stap');
    expect(errors).toContain('ADV-2026-001');
    expect(errors).not.toContain('Zuidpark');
    expect(errors).not.toContain('Wethouder');
  });
});
