// @ts-nocheck
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { confidentialItem, createItems } from '../support/confidential-items.ts';
import { Harness, tempDir, testConfig } from '../support/harness.ts';

/** Every file under `dir`, by its path relative to it. */
async function readSite(dir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files.set(relative(dir, path), await readFile(path, 'utf8'));
  }
  return files;
}

describe('confidential content never reaches the public website', () => {
  it('not in any page, title, file name or the feed, whatever the commands (same items as the chat property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(confidentialItem, { minLength: 2, maxLength: 8 }), async (items) => {
        const site = await tempDir();
        const harness = await Harness.create({
          now: '2026-05-01T08:00:00Z',
          config: testConfig({ site: { dir: site } }),
        });
        const { secrets, openAfterExpiry } = await createItems(harness, items);
        harness.clock.set(new Date('2026-08-01T08:00:00Z'));
        for (const id of harness.store.db.meetings.map((meeting) => meeting.id)) {
          await harness.command('secretaris', `/overleg samenvatting ${id} publiceer`);
        }
        await harness.command('secretaris', '/website');
        expect(harness.adapter.last().text).toContain(site);
        const files = await readSite(site);
        const everything = [...files].map(([path, content]) => `${path}\n${content}`).join('\n');
        for (const secret of secrets) expect(everything).not.toContain(secret);
        // Nothing more is hidden than must be: public requests, developments and meetings show.
        const db = harness.store.db;
        const shown = [
          ...db.adviceRequests.map((request) => request.title),
          ...db.developments.map((development) => development.title),
          ...db.meetings.map((meeting) => meeting.title),
        ].filter((title) => !secrets.includes(title));
        for (const title of shown) expect(everything).toContain(title);
        for (const word of openAfterExpiry.filter((word) => shown.includes(word)))
          expect(everything).toContain(word);
        const hiddenRequests = db.adviceRequests.filter((request) => secrets.includes(request.title)).length;
        if (hiddenRequests > 0)
          expect(files.get('adviezen/index.html')).toContain(`${hiddenRequests} vertrouwelijk`);
        await harness.close();
      }),
      { numRuns: 60 },
    );
  }, 120_000);
});
