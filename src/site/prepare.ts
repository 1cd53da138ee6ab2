// The expensive parts of tool and server pages (highlighted policy, FAQ answers read
// back from the rules), computed per server. A build computes them in worker threads
// alongside the catalogue (src/site/parallel.ts); anything not prepared is computed on
// first use, so `astro dev` and single-threaded builds work the same way.
import type { CatalogueServer, CatalogueTool, ToolFacts } from '../core/catalogue.ts';
import { toolFaq, type FaqItem } from './faq.ts';
import { highlightYaml } from './highlight.ts';
import { interceptCommand, launchInfo } from '../core/launch.ts';
import { policyFileName } from './paths.ts';
import { countLabels, verdict } from './summary.ts';

export interface PreparedTool {
  recommendedHtml: string;
  faq: FaqItem[];
}

export interface PreparedServer {
  slug: string;
  balancedHtml: string;
  tools: [string, PreparedTool][];
}

function labels(t: CatalogueTool) {
  return { category: t.tool.classification.category, risk: t.tool.classification.risk };
}

export function prepareTool(tool: CatalogueTool, serverVerdict: string, serverToolCount: number, facts?: ToolFacts): PreparedTool {
  const c = tool.tool.classification;
  const server = tool.server.server;
  const description = typeof tool.tool.definition.description === 'string' ? tool.tool.definition.description : '';
  const fileName = policyFileName(server.slug, 'balanced');
  return {
    recommendedHtml: highlightYaml(tool.recommended.yaml),
    faq: toolFaq({
      toolName: tool.tool.name,
      description,
      category: c.category,
      risk: c.risk,
      confidence: c.confidence,
      serverName: server.manifest.name,
      packageName: server.manifest.package?.name,
      serverToolCount,
      serverVerdict,
      recommended: tool.recommended,
      alternatives: tool.alternatives,
      ...(facts ? { facts } : {}),
      interceptCommand: interceptCommand(fileName, launchInfo(server.manifest)),
      policyFileName: fileName,
    }),
  };
}

/** `facts` (from catalogueServers) spares reading each snippet's YAML again for the FAQ. */
export function prepareServer(entry: CatalogueServer, facts?: ReadonlyMap<string, ToolFacts>): PreparedServer {
  const counts = countLabels(entry.tools.map(labels));
  const line = verdict(counts);
  return {
    slug: entry.server.slug,
    balancedHtml: highlightYaml(entry.policies.balanced),
    tools: entry.tools.map((t) => [t.key, prepareTool(t, line, counts.tools, facts?.get(t.key))]),
  };
}

interface PreparedStore {
  tools: Map<string, PreparedTool>;
  servers: Map<string, string>;
}

const STORE = Symbol.for('mcp-policy-catalogue.prepared');

function store(dataDir: string): PreparedStore {
  const root = globalThis as unknown as Record<symbol, Map<string, PreparedStore> | undefined>;
  const all = (root[STORE] ??= new Map());
  let entry = all.get(dataDir);
  if (!entry) all.set(dataDir, (entry = { tools: new Map(), servers: new Map() }));
  return entry;
}

/** Records prepared servers (from worker threads) for the catalogue of `dataDir`. */
export function rememberPrepared(dataDir: string, prepared: readonly PreparedServer[]): void {
  const s = store(dataDir);
  for (const server of prepared) {
    s.servers.set(server.slug, server.balancedHtml);
    for (const [key, tool] of server.tools) s.tools.set(key, tool);
  }
}

export function preparedTool(dataDir: string, tool: CatalogueTool, serverVerdict: string, serverToolCount: number): PreparedTool {
  const s = store(dataDir);
  let prepared = s.tools.get(tool.key);
  if (!prepared) s.tools.set(tool.key, (prepared = prepareTool(tool, serverVerdict, serverToolCount)));
  return prepared;
}

export function preparedBalancedHtml(dataDir: string, entry: CatalogueServer): string {
  const s = store(dataDir);
  let html = s.servers.get(entry.server.slug);
  if (html === undefined) s.servers.set(entry.server.slug, (html = highlightYaml(entry.policies.balanced)));
  return html;
}
