// Builds the fixture catalogue with `mcp-catalogue build` (once, shared with the browser
// test) and checks the output as a whole: pages, downloads, API, search index, links, escaping.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildCatalogue, type Catalogue } from '../../src/core/catalogue.ts';
import { loadSiteConfig } from '../../src/site/config.ts';
import { paths, PRESET_NAMES } from '../../src/site/paths.ts';
import { BLIND, LOW_CONFIDENCE, PAGES, percent } from '../../src/site/trust.ts';
import { FIXTURE_DATA, fixtureSite } from '../site-setup/fixture-site.ts';

let dist: string;
let catalogue: Catalogue;
const origin = loadSiteConfig(FIXTURE_DATA).origin;

/** The file a site path is served from: "/a/" → a/index.html, "/a.json" → a.json. */
function fileFor(path: string): string {
  const clean = decodeURIComponent(path.split(/[?#]/)[0]!);
  return join(dist, clean.endsWith('/') ? `${clean}index.html` : clean);
}

function htmlFiles(dir = dist): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name));
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, body: string) => {
    if (body.startsWith('#x') || body.startsWith('#X')) return String.fromCodePoint(parseInt(body.slice(2), 16));
    if (body.startsWith('#')) return String.fromCodePoint(parseInt(body.slice(1), 10));
    return NAMED[body] ?? whole;
  });
}

const read = (path: string) => readFileSync(fileFor(path), 'utf8');

beforeAll(async () => {
  catalogue = buildCatalogue(FIXTURE_DATA);
  dist = (await fixtureSite()).dir;
});

describe('the built fixture catalogue', () => {
  test('every tool has its page with its name, labels and recommended policy', () => {
    expect(catalogue.tools.length).toBeGreaterThan(15);
    for (const t of catalogue.tools) {
      const path = paths.tool(t.server.server.slug, t.tool.slug);
      expect(existsSync(fileFor(path)), path).toBe(true);
      const html = read(path);
      const escapedName = t.tool.name.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/'/g, '&#39;').replace(/"/g, '&quot;');
      expect(html).toContain(escapedName);
      expect(html).toContain(`Category</span> ${t.tool.classification.category}`);
      expect(html).toContain(`Risk</span> ${t.tool.classification.risk}`);
      expect(html).toContain('data-pagefind-body');
      expect(html).toContain('"@type":"FAQPage"');
      // The highlighted snippet is the recommended file, token for token.
      const text = decodeEntities(html.match(/<pre class="shiki[\s\S]*?<\/pre>/)![0].replace(/<[^>]+>/g, ''));
      expect(text.trim()).toBe(t.recommended.yaml.trim());
    }
  });

  test('a tool page asks the reader to check its label exactly when the confidence is low', () => {
    const flagged = catalogue.tools.filter((t) => read(paths.tool(t.server.server.slug, t.tool.slug)).includes('class="notice low-confidence"'));
    const low = catalogue.tools.filter((t) => t.tool.classification.confidence < LOW_CONFIDENCE);
    expect(low.length).toBeGreaterThan(0);
    expect(low.length).toBeLessThan(catalogue.tools.length);
    expect(flagged.map((t) => t.key)).toEqual(low.map((t) => t.key));
    const one = low[0]!;
    expect(read(paths.tool(one.server.server.slug, one.tool.slug))).toContain(`Check this label: its confidence is ${Math.round(one.tool.classification.confidence * 100)}%.`);
    const about = read(paths.about());
    expect(about).toContain('id="trust"');
    // …and the About page gives the measured figures: blind, and on the catalogue's own pages.
    expect(about).toContain(`the category was right for ${percent(BLIND.category)} of tools`);
    expect(about).toContain(`had the category right for ${percent(PAGES.category)} and the risk for ${percent(PAGES.risk)}`);
  });

  test('every server has its page and three downloads equal to the catalogue policies', () => {
    for (const s of catalogue.servers) {
      expect(existsSync(fileFor(paths.server(s.server.slug)))).toBe(true);
      for (const preset of PRESET_NAMES) {
        expect(read(paths.policy(s.server.slug, preset))).toBe(s.policies[preset]);
      }
    }
  });

  test('/api/tools.json and /api/servers.json describe every tool and server', () => {
    const { tools } = JSON.parse(read(paths.apiTools())) as { tools: Record<string, unknown>[] };
    expect(tools).toHaveLength(catalogue.tools.length);
    for (const [i, t] of catalogue.tools.entries()) {
      expect(tools[i]).toMatchObject({
        server: t.server.server.manifest.name,
        serverSlug: t.server.server.slug,
        tool: t.tool.name,
        toolSlug: t.tool.slug,
        url: paths.tool(t.server.server.slug, t.tool.slug),
        category: t.tool.classification.category,
        risk: t.tool.classification.risk,
        confidence: t.tool.classification.confidence,
        rationale: t.tool.classification.rationale,
        policy: t.recommended.yaml,
      });
      expect(tools[i]!.definition).toEqual(JSON.parse(JSON.stringify(t.tool.definition)));
      expect(existsSync(fileFor(tools[i]!.url as string))).toBe(true);
    }
    const { servers } = JSON.parse(read(paths.apiServers())) as { servers: { slug: string; tools: number; policies: Record<string, string> }[] };
    expect(servers.map((s) => s.slug)).toEqual(catalogue.servers.map((s) => s.server.slug));
    for (const s of servers) {
      expect(Object.keys(s.policies)).toEqual(['balanced', 'strict', 'read-only']);
      for (const url of Object.values(s.policies)) expect(existsSync(fileFor(url)), url).toBe(true);
    }
  });

  test('the search index holds every tool and server page, and nothing else', () => {
    const entry = JSON.parse(readFileSync(join(dist, 'pagefind/pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    const pages = Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
    expect(pages).toBe(catalogue.tools.length + catalogue.servers.length);
    expect(existsSync(join(dist, 'pagefind/pagefind.js'))).toBe(true);
    const withBody = htmlFiles().filter((f) => readFileSync(f, 'utf8').includes('data-pagefind-body'));
    expect(withBody).toHaveLength(pages);
  });

  test('every internal href and src resolves to a file in the output', () => {
    const broken: string[] = [];
    for (const file of htmlFiles()) {
      const html = readFileSync(file, 'utf8');
      for (const match of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
        let target = match[1]!.replace(/&amp;/g, '&');
        if (target.startsWith(origin)) target = `/${target.slice(origin.length)}`;
        if (/^[a-z]+:/i.test(target) || target.startsWith('#')) continue;
        if (!target.startsWith('/')) {
          broken.push(`${file}: relative link ${target}`);
          continue;
        }
        const resolved = fileFor(target);
        if (!existsSync(resolved) && !existsSync(join(resolved, 'index.html'))) broken.push(`${file.slice(dist.length)} → ${target}`);
      }
    }
    expect(broken).toEqual([]);
  });

  test('hostile names and descriptions are shown as text, never as markup', () => {
    const hostile = catalogue.servers.find((s) => s.server.manifest.name.startsWith('Hostile'))!;
    for (const file of htmlFiles()) {
      const html = readFileSync(file, 'utf8');
      // Attribute values are quoted and Astro escapes their quotes, so a "<" inside one is inert: check the rest.
      const markup = html.replace(/="[^"]*"/g, '="…"');
      expect(markup, file).not.toMatch(/<script>alert|<img src=x|<svg onload|<\/title><script|<b>path<\/b>|<i>a<\/i>/i);
      // Every script element is one of ours: JSON-LD or a bundled module.
      for (const tag of markup.matchAll(/<script\b[^>]*>/g)) expect(tag[0], file).toMatch(/^<script type="…"/);
      for (const tag of html.matchAll(/<script type="([^"]*)"/g)) expect(tag[1], file).toMatch(/^(application\/ld\+json|module)$/);
      for (const json of html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)) {
        expect(() => JSON.parse(json[1]!)).not.toThrow();
      }
    }
    const tool = hostile.tools.find((t) => t.tool.name.startsWith('<script>'))!;
    const html = read(paths.tool(hostile.server.slug, tool.tool.slug));
    expect(html).toContain('&lt;script&gt;alert(&#39;tool&#39;)&lt;/script&gt;');
    const ld = JSON.parse(html.match(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/)![1]!) as { mainEntity: { name: string }[] };
    expect(ld.mainEntity[0]!.name).toBe(`What does the ${tool.tool.name} tool do?`);
    expect(html).toContain('&lt;b&gt;path&lt;/b&gt;');
    // The path-like name stays inside its own folder.
    const traversal = hostile.tools.find((t) => t.tool.name === '../../etc/passwd')!;
    expect(traversal.tool.slug).not.toContain('/');
    expect(existsSync(fileFor(paths.tool(hostile.server.slug, traversal.tool.slug)))).toBe(true);
  });

  test('each page has a unique title, a description and a canonical URL', () => {
    const titles = new Map<string, string>();
    for (const file of htmlFiles().filter((f) => !f.includes('/pagefind/'))) {
      const html = readFileSync(file, 'utf8');
      const title = html.match(/<title>([^<]*)<\/title>/)?.[1];
      expect(title, file).toBeTruthy();
      expect(titles.get(title!), `${file} repeats the title of ${titles.get(title!)}`).toBeUndefined();
      titles.set(title!, file);
      expect(html).toMatch(/<meta name="description" content="[^"]+"/);
      expect(html).toMatch(new RegExp(`<link rel="canonical" href="${origin.replace(/[.]/g, '\\.')}`));
      expect(html).toContain('<meta property="og:title"');
    }
  });

  test('sitemap, llms.txt, 404 page and paginated listings exist', () => {
    expect(read('/sitemap-index.xml')).toContain('<sitemapindex');
    expect(existsSync(join(dist, '404.html'))).toBe(true);
    const llms = read(paths.llms());
    expect(llms).toContain(`${origin}api/tools.json`);
    // The fixture's pageSize is 10: the larger classes span several pages.
    const counts = new Map<string, number>();
    for (const t of catalogue.tools) counts.set(t.tool.classification.category, (counts.get(t.tool.classification.category) ?? 0) + 1);
    for (const [category, n] of counts) {
      const pages = Math.ceil(n / 10);
      expect(existsSync(fileFor(`/categories/${category}/`))).toBe(true);
      if (pages > 1) expect(existsSync(fileFor(`/categories/${category}/${pages}/`))).toBe(true);
      expect(existsSync(fileFor(`/categories/${category}/${pages + 1}/`))).toBe(false);
    }
  });

  test('no page asks for anything from another host', () => {
    for (const file of htmlFiles()) {
      const html = readFileSync(file, 'utf8');
      for (const m of html.matchAll(/<(?:script|link|img|iframe)\b[^>]*\s(?:src|href)="(https?:\/\/[^"]+)"/g)) {
        expect(m[1]!.startsWith(origin), `${file}: ${m[0]}`).toBe(true);
      }
    }
  });
});
