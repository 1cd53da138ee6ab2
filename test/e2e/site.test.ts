// The built fixture catalogue in real Chromium: what a person sees and can do.
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { fixtureSite } from '../site-setup/fixture-site.ts';
import { serveStatic, type StaticSite } from './serve.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SHOTS = join(tmpdir(), 'mcp-catalogue-screenshots');

let site: StaticSite;
let browser: Browser;
const requests: string[] = [];

async function open(path: string, options: Parameters<Browser['newContext']>[0] = {}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(`${site.url}${path}`);
  return { context, page };
}

beforeAll(async () => {
  const { dir } = await fixtureSite();
  site = await serveStatic(dir);
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  mkdirSync(SHOTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('the catalogue in a browser', () => {
  test('"/" focuses the search box; a tool name finds that tool first, with its labels', async () => {
    const { context, page } = await open('/servers/');
    // The "/" shortcut exists once the page's script has registered it; a key pressed earlier is lost.
    await page.locator('html[data-search-shortcut="true"]').waitFor({ state: 'attached' });
    await page.keyboard.press('/');
    const box = page.getByRole('combobox', { name: 'Search tools and servers' });
    await expect.poll(() => box.evaluate((el) => el === document.activeElement)).toBe(true);
    await box.pressSequentially('merge_pull_request');
    const first = page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first();
    await first.waitFor();
    await expect.poll(() => first.locator('.result-title').textContent()).toBe('merge_pull_request');
    const meta = await first.locator('.result-meta').innerText();
    expect(meta).toContain('Tool on GitHub');
    expect(meta).toMatch(/Category\s+write/);
    expect(meta).toMatch(/Risk\s+(medium|high|critical)/);
    // Arrow down moves into the results; Enter follows the link.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/tools\/github\/merge-pull-request\/$/);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('merge_pull_request');
    await context.close();
  });

  test('words of a description find the tool', async () => {
    const { context, page } = await open('/search/?q=overwrite%20existing%20files');
    const results = page.getByRole('list', { name: 'Search results' });
    await results.getByRole('link').first().waitFor();
    const titles = await results.locator('.result-title').allInnerTexts();
    expect(titles).toContain('write_file');
    await context.close();
  });

  test('filters narrow the results to one category and one server', async () => {
    const { context, page } = await open('/search/?q=file');
    const results = page.getByRole('list', { name: 'Search results' });
    await results.getByRole('link').first().waitFor();
    const before = await results.getByRole('link').count();
    await page.getByRole('combobox', { name: 'Category', exact: true }).selectOption('read');
    await expect.poll(async () => (await results.locator('.result-meta').allInnerTexts()).every((t) => /Category\s+read/.test(t))).toBe(true);
    const metas = await results.locator('.result-meta').allInnerTexts();
    expect(metas.length).toBeGreaterThan(0);
    expect(metas.length).toBeLessThan(before);
    await page.getByRole('combobox', { name: 'Server', exact: true }).selectOption('Filesystem');
    await expect.poll(async () => (await results.locator('.result-meta').allInnerTexts()).every((t) => t.includes('Tool on Filesystem'))).toBe(true);
    expect(page.url()).toContain('category=read');
    await context.close();
  });

  test('the servers table filters and sorts', async () => {
    const { context, page } = await open('/servers/');
    const table = page.getByRole('table');
    await page.getByLabel('Name contains').fill('git');
    await expect.poll(() => table.locator('tbody tr:visible').count()).toBe(1);
    expect(await table.locator('tbody tr:visible th').innerText()).toBe('GitHub');
    await page.getByLabel('Name contains').fill('');
    await page.getByRole('button', { name: 'Tools' }).click();
    await page.getByRole('button', { name: 'Tools' }).click();
    const counts = (await table.locator('tbody tr td:nth-child(2)').allInnerTexts()).map(Number);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(await page.getByRole('columnheader', { name: 'Tools' }).getAttribute('aria-sort')).toBe('descending');
    await context.close();
  });

  test('the copy button copies the recommended policy', async () => {
    const { context, page } = await open('/tools/github/create-issue/', { permissions: ['clipboard-read', 'clipboard-write'] });
    const button = page.getByRole('button', { name: 'Copy the recommended policy' });
    await button.click();
    await expect.poll(() => button.innerText()).toBe('Copied');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain('version: "1"');
    expect(copied).toContain('create_issue:');
    expect(copied).toContain('rules:');
    await page.screenshot({ path: join(SHOTS, 'tool-light.png') });
    await context.close();
  });

  test('the tool page reads as a page: labels, parameters, FAQ, related tools', async () => {
    const { context, page } = await open('/tools/github/push-files/');
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('push_files');
    expect(await page.getByRole('table', { name: /parameters/ }).getByRole('rowheader').allInnerTexts()).toEqual(
      expect.arrayContaining(['files', 'files[].path', 'files[].content']),
    );
    await page.getByText('How do I block push_files completely?').click();
    expect(await page.getByText(/action: deny/).first().isVisible()).toBe(true);
    expect(await page.getByRole('heading', { name: 'More tools on GitHub' }).isVisible()).toBe(true);
    await context.close();
  });

  test('parameter names and types are never broken inside a word', async () => {
    // A tablet's width, where long descriptions squeeze the other columns.
    const { context, page } = await open('/tools/github/push-files/', { viewport: { width: 800, height: 900 } });
    // The lines each name and type is laid out on (a Range has one box per line), against its words.
    const layout = await page.getByRole('table', { name: /parameters/ }).evaluate((table) =>
      [...table.querySelectorAll('tbody th, tbody td:nth-child(2) code')].map((el) => {
        const range = document.createRange();
        range.selectNodeContents(el);
        const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
        return { text: el.textContent ?? '', lines, words: (el.textContent ?? '').trim().split(/\s+/).length };
      }));
    expect(layout.length).toBeGreaterThan(4);
    expect(layout.filter((cell) => cell.lines > cell.words)).toEqual([]);
    await context.close();
  });

  test('a skip link leads to the content', async () => {
    const { context, page } = await open('/servers/github/');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    expect(await skip.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await context.close();
  });

  test('dark and light themes follow the system setting', async () => {
    const background = async (colorScheme: 'light' | 'dark') => {
      const { context, page } = await open('/', { colorScheme });
      const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      const fg = await page.evaluate(() => getComputedStyle(document.body).color);
      await page.screenshot({ path: join(SHOTS, `home-${colorScheme}.png`), fullPage: true });
      await context.close();
      return { bg, fg };
    };
    const light = await background('light');
    const dark = await background('dark');
    expect(light.bg).toBe('rgb(255, 255, 255)');
    expect(dark.bg).toBe('rgb(15, 18, 22)');
    expect(dark.fg).toBe('rgb(230, 232, 235)');
    const { context, page } = await open('/tools/filesystem/write-file/', { colorScheme: 'dark' });
    await page.screenshot({ path: join(SHOTS, 'tool-dark.png') });
    await context.close();
  });

  test('hostile text stays text', async () => {
    const { context, page } = await open('/tools/hostile/script-alert-tool-script/');
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.reload();
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe("<script>alert('tool')</script>");
    expect(await page.locator('main img, main svg').count()).toBe(0);
    expect(dialogs).toEqual([]);
    await context.close();
  });

  test('no request left the site', () => {
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((url) => !url.startsWith(site.url) && !url.startsWith('data:'))).toEqual([]);
  });
});
