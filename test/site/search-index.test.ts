// The pages handed to pagefind are reduced to what it indexes; the index must be the one
// the whole pages give.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import * as pagefind from 'pagefind';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { searchableHtml } from '../../src/site/search-index.ts';
import { fixtureSite } from '../site-setup/fixture-site.ts';

const page = (head: string, body: string, after = '') =>
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>T &amp; t</title>${head}</head><body><header data-pagefind-ignore><a href="/">x</a></header><main>${body}</main>${after}</body></html>`;

test('a page without data-pagefind-body is not indexed', () => {
  expect(searchableHtml(page('', '<p>text</p>'))).toBeUndefined();
});

test('head, site chrome and the content of ignored elements are left out; the rest stays as it is', () => {
  const body = '<article data-pagefind-body><h1 data-pagefind-meta="title">A</h1><div data-pagefind-ignore><div><p>policy</p></div><script type="module">if (a<div) x("</div>")</script><p>faq</p></div><p>kept</p><dl data-pagefind-ignore><dd><a data-pagefind-filter="server">S</a></dd></dl><div data-pagefind-ignore="all">gone</div></article>';
  const out = searchableHtml(page('<script type="application/ld+json">{}</script>', body, '<footer data-pagefind-ignore>f</footer>'));
  expect(out).toBe('<!doctype html><html lang="en"><head><title>T &amp; t</title></head><body><article data-pagefind-body><h1 data-pagefind-meta="title">A</h1><div data-pagefind-ignore></div><p>kept</p><dl data-pagefind-ignore><dd><a data-pagefind-filter="server">S</a></dd></dl><div data-pagefind-ignore="all"></div></article></body></html>');
});

test('pagefind attributes outside the body, or a page it cannot read, keep the whole page', () => {
  const withMetaOutside = page('', '<article data-pagefind-body><p>a</p></article>', '<span data-pagefind-meta="x:y"></span>');
  expect(searchableHtml(withMetaOutside)).toBe(withMetaOutside);
  const unclosed = page('', '<article data-pagefind-body><div data-pagefind-ignore><p>a</p>');
  expect(searchableHtml(unclosed)).toBe(unclosed);
  const twoBodies = page('', '<article data-pagefind-body>a</article><section data-pagefind-body>b</section>');
  expect(searchableHtml(twoBodies)).toBe(twoBodies);
  // The attribute name as text (escaped "<" cannot open a tag) is not a body.
  expect(searchableHtml(page('', '<p>data-pagefind-body &lt;article data-pagefind-body&gt;</p>'))).toBe(page('', '<p>data-pagefind-body &lt;article data-pagefind-body&gt;</p>'));
});

let dist: string;
let work: string;
beforeAll(async () => {
  dist = (await fixtureSite()).dir;
  work = mkdtempSync(join(tmpdir(), 'search-index-test-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function indexFiles(pages: { sourcePath: string; content: string }[], out: string): Promise<Map<string, string>> {
  try {
    const { index } = await pagefind.createIndex({ forceLanguage: 'en', includeCharacters: '_-.' });
    for (const p of pages) expect((await index!.addHTMLFile(p)).errors).toEqual([]);
    expect((await index!.writeFiles({ outputPath: out })).errors).toEqual([]);
  } finally {
    await pagefind.close();
  }
  const files = new Map<string, string>();
  for (const e of readdirSync(out, { recursive: true, withFileTypes: true })) {
    if (e.isFile()) files.set(relative(out, join(e.parentPath, e.name)), readFileSync(join(e.parentPath, e.name)).toString('base64'));
  }
  return files;
}

test('the reduced pages give pagefind the very index the whole pages give', { timeout: 120_000 }, async () => {
  const html = readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html') && !e.parentPath.includes('pagefind'))
    .map((e) => join(e.parentPath, e.name))
    .sort();
  const whole: { sourcePath: string; content: string }[] = [];
  const reduced: { sourcePath: string; content: string }[] = [];
  for (const file of html) {
    const content = readFileSync(file, 'utf8');
    const small = searchableHtml(content);
    if (small === undefined) {
      expect(content).not.toMatch(/<[a-z]+ [^>]*data-pagefind-body/);
      continue;
    }
    expect(small.length).toBeLessThan(content.length);
    const sourcePath = relative(dist, file);
    whole.push({ sourcePath, content });
    reduced.push({ sourcePath, content: small });
  }
  expect(whole.length).toBeGreaterThan(20);
  const a = await indexFiles(whole, join(work, 'whole'));
  const b = await indexFiles(reduced, join(work, 'reduced'));
  expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
  for (const [name, bytes] of a) expect(b.get(name), name).toBe(bytes);
});
