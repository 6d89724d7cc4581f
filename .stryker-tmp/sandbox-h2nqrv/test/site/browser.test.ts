// @ts-nocheck
/// <reference lib="dom" />
import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import { extname, join, normalize } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fillDemo } from '../../app/demo.ts';
import { DEMO_MEMBERS } from '../../src/setup/config.ts';
import { buildSite } from '../../src/site/build.ts';
import { Harness, tempDir, testConfig } from '../support/harness.ts';

/**
 * The public site of a demo year in a real browser: Debian's Chromium (never a
 * downloaded one) and axe-core on every kind of page, over loopback HTTP as a static host
 * would serve it. `SITE_SCREENSHOTS=<folder>` also saves screenshots at phone and desktop width.
 */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.xml': 'application/atom+xml',
};

let browser: Browser;
let server: Server;
let base: string;
let requestPage: string;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium ontbreekt (${CHROMIUM}). Installeer het met 'apt-get install -y chromium' (.ci/run doet dat zelf), of zet CHROMIUM_PATH.`,
    );
  }
  const site = await tempDir();
  const members = DEMO_MEMBERS.map((member) =>
    member.roles.includes('gemeente') ? member : { ...member, openbaar: true },
  );
  const config = testConfig({ members, site: { dir: site } });
  const harness = await Harness.create({ config, now: '2026-11-28T09:00:00Z' });
  await fillDemo(harness.bot, harness.clock);
  await buildSite(harness.store.db, config, '2026-11-28');
  const english = testConfig({ members, language: 'en', site: { dir: join(site, 'en') } });
  await buildSite(harness.store.db, english, '2026-11-28');
  requestPage = `adviezen/${harness.store.db.adviceRequests.find((request) => request.answer)!.id}.html`;
  await harness.close();
  server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)).replace(
      /^\/+/,
      '',
    );
    readFile(join(site, path.endsWith('/') || path === '' ? `${path}index.html` : path)).then(
      (body) => response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'text/html' }).end(body),
      () => response.writeHead(404).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}/`;
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

async function open(path: string, options: { javaScript?: boolean; width?: number } = {}): Promise<Page> {
  const context = await browser.newContext({
    javaScriptEnabled: options.javaScript ?? true,
    viewport: { width: options.width ?? 1280, height: 900 },
  });
  const page = await context.newPage();
  const response = await page.goto(base + path);
  expect(response?.status(), path).toBe(200);
  return page;
}

async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  const result = await page.evaluate(() =>
    (
      window as unknown as {
        axe: {
          run(
            options: unknown,
          ): Promise<{ violations: Array<{ id: string; nodes: Array<{ target: string[] }> }> }>;
        };
      }
    ).axe.run({
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
    }),
  );
  return result.violations.map(
    (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
}

describe('the public website in Chromium', () => {
  it('has no axe violations (WCAG 2.1 AA) on any kind of page', async () => {
    const pages = [
      'index.html',
      'adviezen/index.html',
      'adviezen/2026.html',
      'adviezen/thema-privacy.html',
      requestPage,
      'overleggen/index.html',
      'besluiten/index.html',
      'ontwikkelingen/index.html',
      'budget/index.html',
      'budget/2026.html',
      'jaarverslagen/index.html',
      'jaarverslagen/2026.html',
      'jaarverslagen/2026-print.html',
    ];
    const meetings = await open('overleggen/index.html');
    pages.push(`overleggen/${await meetings.locator('main a').first().getAttribute('href')}`);
    await meetings.context().close();
    const phone = [
      'index.html',
      'adviezen/index.html',
      requestPage,
      'budget/2026.html',
      'jaarverslagen/2026.html',
      `en/${requestPage}`,
    ];
    pages.push('en/index.html', `en/${requestPage}`, 'en/budget/2026.html');
    for (const [path, width] of [
      ...pages.map((path) => [path, 1280] as const),
      ...phone.map((path) => [path, 390] as const),
    ]) {
      const page = await open(path, { width });
      expect(await page.getAttribute('html', 'lang'), path).toBe(path.startsWith('en/') ? 'en' : 'nl');
      expect(await axeViolations(page), `${path} at ${width} px`).toEqual([]);
      const levels = await page
        .locator('h1, h2, h3, h4')
        .evaluateAll((headings) => headings.map((heading) => Number(heading.tagName[1])));
      expect(levels[0], path).toBe(1);
      for (const [index, level] of levels.entries())
        if (index > 0) expect(level - levels[index - 1]!, path).toBeLessThanOrEqual(1);
      await page.context().close();
    }
    // The check itself can fail: a low-contrast line and an image without text are found.
    const page = await open('index.html');
    await page.evaluate(() => {
      document
        .querySelector('main')!
        .insertAdjacentHTML('beforeend', '<p style="color:#bbb">grijs</p><img src="x.png">');
    });
    expect((await axeViolations(page)).map((violation) => violation.split(':')[0])).toEqual(
      expect.arrayContaining(['color-contrast', 'image-alt']),
    );
    await page.context().close();
  }, 300_000);

  it('starts with a skip link that shows on focus, and keyboard focus is visible', async () => {
    const page = await open('index.html');
    await page.keyboard.press('Tab');
    const skip = page.locator('a.skip');
    expect(await skip.evaluate((element) => element === document.activeElement)).toBe(true);
    expect((await skip.boundingBox())!.y).toBeGreaterThanOrEqual(0);
    expect(await skip.evaluate((element) => getComputedStyle(element).outlineStyle)).not.toBe('none');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('inhoud');
    await page.context().close();
  });

  it('offers a well-formed Atom feed whose links lead to pages', async () => {
    const page = await open('index.html');
    const feed = await page.evaluate(async () => {
      const href = document.querySelector('link[type="application/atom+xml"]')!.getAttribute('href')!;
      const xml = new DOMParser().parseFromString(await (await fetch(href)).text(), 'application/xml');
      return {
        error: xml.querySelector('parsererror')?.textContent,
        root: xml.documentElement.namespaceURI,
        entries: [...xml.querySelectorAll('entry')].map((entry) => ({
          id: entry.querySelector('id')?.textContent,
          updated: entry.querySelector('updated')?.textContent,
          link: entry.querySelector('link')?.getAttribute('href'),
        })),
      };
    });
    expect(feed.error).toBeUndefined();
    expect(feed.root).toBe('http://www.w3.org/2005/Atom');
    expect(feed.entries.length).toBeGreaterThan(0);
    for (const entry of feed.entries) {
      expect(entry.id).toMatch(/^urn:stadspanel:/);
      expect(new Date(entry.updated!).toISOString()).toBe(entry.updated);
      expect((await page.request.get(base + entry.link)).status()).toBe(200);
    }
    await page.context().close();
  });

  it('works without JavaScript: the year and theme filters are plain links', async () => {
    const page = await open('adviezen/index.html', { javaScript: false });
    await page.getByRole('link', { name: '2026' }).first().click();
    expect(page.url()).toBe(`${base}adviezen/2026.html`);
    expect(await page.locator('a[aria-current="page"]').allTextContents()).toContain('2026');
    await page.getByRole('link', { name: 'privacy' }).click();
    expect(await page.locator('h1').textContent()).toBe('Adviezen over privacy');
    await page.context().close();
  });

  it('shows the answer column and the cap and room columns on a 390-pixel phone without scrolling sideways', async () => {
    for (const [path, headers] of [
      ['adviezen/index.html', ['Antwoord gemeente', 'Onderwerp']],
      ['budget/2026.html', ['Plafond', 'Over', 'Samen']],
      ['en/budget/2026.html', ['Cap', 'Left']],
    ] as const) {
      const page = await open(path, { width: 390 });
      for (const header of headers) {
        const cell = page.locator('thead th', { hasText: new RegExp(`^${header}$`) });
        expect(await cell.isVisible(), `${path}: ${header}`).toBe(true);
        const box = (await cell.boundingBox())!;
        expect(box.x + box.width, `${path}: ${header}`).toBeLessThanOrEqual(390);
      }
      const overflow = await page.evaluate(() =>
        [...document.querySelectorAll('.table-scroll')].map(
          (element) => element.scrollWidth - element.clientWidth,
        ),
      );
      expect(
        overflow.every((extra) => extra <= 0),
        `${path}: ${overflow}`,
      ).toBe(true);
      await page.context().close();
    }
  }, 120_000);

  it('prints the yearly report on A4 with no table cut off at the page edge', async () => {
    const page = await open('jaarverslagen/2026-print.html', { width: 1280 });
    // A4 is 210 mm wide; with 15 mm margins 180 mm remain: 680 CSS pixels.
    await page.setViewportSize({ width: 680, height: 1000 });
    await page.emulateMedia({ media: 'print' });
    const tables = await page.evaluate(() =>
      [...document.querySelectorAll('table')].map((table) => ({
        right: table.getBoundingClientRect().right,
        wider: table.scrollWidth - table.clientWidth,
        cells: [...table.querySelectorAll('th, td')].filter(
          (cell) => cell.getBoundingClientRect().right > 680.5 || cell.scrollWidth > cell.clientWidth + 1,
        ).length,
      })),
    );
    expect(tables.length).toBeGreaterThanOrEqual(5);
    for (const table of tables) expect(table, JSON.stringify(table)).toMatchObject({ wider: 0, cells: 0 });
    expect(Math.max(...tables.map((table) => table.right))).toBeLessThanOrEqual(680.5);
    const breaks = await page.evaluate(() =>
      [...document.querySelectorAll('.report-section')].map(
        (section) => getComputedStyle(section).breakBefore,
      ),
    );
    expect(breaks.slice(1).every((value) => value === 'page')).toBe(true);
    const pdf = await page.pdf({
      format: 'A4',
      margin: { top: '15mm', bottom: '15mm', left: '15mm', right: '15mm' },
    });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0).toBeGreaterThanOrEqual(5);
    await page.context().close();
  }, 120_000);

  it('takes screenshots of the home page and a request page at phone and desktop width when asked', async () => {
    const folder = process.env.SITE_SCREENSHOTS;
    if (!folder) return;
    await mkdir(folder, { recursive: true });
    for (const [name, path] of [
      ['home', 'index.html'],
      ['request', requestPage],
    ] as const) {
      for (const [size, width] of [
        ['phone', 390],
        ['desktop', 1280],
      ] as const) {
        const page = await open(path, { width });
        await page.screenshot({ path: join(folder, `${name}-${size}.png`), fullPage: true });
        await page.context().close();
      }
    }
  });
});
