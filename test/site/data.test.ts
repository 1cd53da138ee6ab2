// What each page gets, shaped from the fixture catalogue.
import { describe, expect, test } from 'vitest';
import { getSite, riskiestTools, serverApiEntry, serverPageData, toolApiEntry, toolPageData, type Site } from '../../src/site/data.ts';
import { ruleFacts } from '../../src/site/rules.ts';
import { FIXTURE_DATA } from '../site-setup/fixture-site.ts';
import { tempDir } from '../temp-dir.ts';

const site: Site = getSite(FIXTURE_DATA);
const tool = (server: string, slug: string) => site.catalogue.toolByKey.get(`${server}/${slug}`)!;

describe('server page data', () => {
  test('verdict, counts, launch and capture commands, downloads, warnings', () => {
    const fs = serverPageData(site, site.catalogue.serverBySlug.get('filesystem')!);
    const changing = fs.counts.category.write + fs.counts.category.destructive;
    expect(fs.verdict.startsWith(`6 tools; ${changing} can change`)).toBe(true);
    expect(fs.interceptCommand).toBe(`intercept -c filesystem.yaml -- npx -y @modelcontextprotocol/server-filesystem '/srv/shared data'`);
    expect(fs.ingestCommand).toBe(`npx mcp-catalogue ingest -- npx -y @modelcontextprotocol/server-filesystem '/srv/shared data'`);
    expect(fs.downloads.map((d) => d.url)).toEqual(['/policies/filesystem.yaml', '/policies/filesystem.strict.yaml', '/policies/filesystem.read-only.yaml']);
    expect(fs.balancedHtml).toContain('<pre class="shiki"');
    const hostile = serverPageData(site, site.catalogue.serverBySlug.get('hostile')!);
    expect(hostile.warnings.some((w) => w.includes('outside MCP\'s recommended tool names'))).toBe(true);
    expect(hostile.warnings.every((w) => !w.includes('/'.repeat(2)) && !w.startsWith('/'))).toBe(true);
  });
});

describe('tool page data', () => {
  test('parameters are flattened from the input schema', () => {
    const page = toolPageData(site, tool('github', 'push-files'));
    expect(page.parameters.rows.map((r) => r.name)).toEqual(['owner', 'repo', 'branch', 'files', 'files[].path', 'files[].content', 'message']);
    const nested = toolPageData(site, tool('payments', 'create-payment-link'));
    expect(nested.parameters.rows.map((r) => `${r.name}:${r.type}`)).toContain('metadata.channel:string | null');
  });

  test('annotations say which hints were declared', () => {
    const page = toolPageData(site, tool('filesystem', 'read-text-file'));
    expect(page.annotations.find((a) => a.hint === 'readOnlyHint')).toMatchObject({ declared: true, value: true });
    expect(page.annotations.find((a) => a.hint === 'destructiveHint')).toMatchObject({ declared: false, value: true });
    expect(page.summary.title).toBe('Read Text File');
  });

  test('FAQ answers quote the rule the page shows', () => {
    for (const t of site.catalogue.tools) {
      const page = toolPageData(site, t);
      const facts = ruleFacts(t.recommended.yaml, t.tool.name);
      const fires = page.faq.find((f) => f.question.startsWith('What does the recommended rule do'))!.answer;
      if (facts.hidden) expect(fires).toMatch(/removes .* from the tool list/);
      else if (facts.denied) expect(fires).toMatch(/refuses every call/);
      for (const limit of facts.rateLimits) {
        expect(fires).toContain(`at most ${limit.count} call`);
        expect(fires).toContain(`calendar ${limit.window}`);
      }
      expect(page.faq.length).toBeGreaterThanOrEqual(6);
      expect(page.faq.map((f) => f.answer).join(' ')).not.toMatch(/tracked per agent session|limits? (are|is) per session|reset automatically|window: \d+|max: \d+/i);
    }
  });

  test('related tools: same server first, other servers for the same category, never itself', () => {
    const t = tool('github', 'create-issue');
    const page = toolPageData(site, t);
    expect(page.relatedSameServer.length).toBeGreaterThan(0);
    expect(page.relatedSameServer.every((r) => r.serverSlug === 'github' && r.key !== t.key)).toBe(true);
    expect(page.relatedSameCategory.every((r) => r.serverSlug !== 'github' && r.category === t.tool.classification.category)).toBe(true);
  });
});

describe('API entries and the home page list', () => {
  test('tools.json and servers.json entries carry the documented fields', () => {
    const t = tool('payments', 'create-refund');
    const entry = toolApiEntry(t, '/');
    expect(Object.keys(entry)).toEqual(expect.arrayContaining(['server', 'serverSlug', 'tool', 'toolSlug', 'url', 'category', 'risk', 'confidence', 'rationale', 'policy', 'definition']));
    expect(entry.url).toBe('/tools/payments/create-refund/');
    expect(toolApiEntry(t, '/mcp/').url).toBe('/mcp/tools/payments/create-refund/');
    const server = serverApiEntry(site, site.catalogue.serverBySlug.get('payments')!, '/');
    expect(server).toMatchObject({ name: 'Payments', slug: 'payments', url: '/servers/payments/', tools: 5, policies: { balanced: '/policies/payments.yaml', strict: '/policies/payments.strict.yaml', 'read-only': '/policies/payments.read-only.yaml' } });
  });

  test('the riskiest tools are ordered by risk and take at most two per server', () => {
    const list = riskiestTools(site.catalogue.tools, 6);
    const ranks = list.map((t) => ['low', 'medium', 'high', 'critical'].indexOf(t.tool.classification.risk));
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
    const perServer = new Map<string, number>();
    for (const t of list) perServer.set(t.server.server.slug, (perServer.get(t.server.server.slug) ?? 0) + 1);
    expect(Math.max(...perServer.values())).toBeLessThanOrEqual(2);
  });
});

test('two servers with one name get titles that tell them apart', async () => {
  const { cpSync, readFileSync, writeFileSync } = await import('node:fs');
  const { join } = await import('node:path');
  const dir = tempDir('same-name-');
  cpSync(join(FIXTURE_DATA, 'servers'), join(dir, 'servers'), { recursive: true });
  const github = JSON.parse(readFileSync(join(dir, 'servers', 'github.json'), 'utf8')) as { name: string };
  writeFileSync(join(dir, 'servers', 'github-fork.json'), JSON.stringify(github));
  const twin = getSite(dir);
  expect(twin.serverTitle('github')).toBe('GitHub (github)');
  expect(twin.serverTitle('github-fork')).toBe('GitHub (github-fork)');
  expect(twin.serverTitle('payments')).toBe('Payments');
});
