// What each page gets. The catalogue and every index over it are computed once per
// build (memoised here); page functions only look things up and shape one item.
import { getCatalogue, type Catalogue, type CatalogueServer, type CatalogueTool, type Preset } from '../core/catalogue.ts';
import { CATEGORIES, CATEGORY_MEANING, RISKS, RISK_MEANING, riskRank, type Category, type Risk } from '../core/labels.ts';
import { formatDiagnostic } from '../core/diagnostics.ts';
import { PRESET_MEANING } from '../core/policy/defaults.ts';
import { loadSiteConfig, type SiteConfig } from './config.ts';
import type { FaqItem } from './faq.ts';
import { preparedBalancedHtml, preparedTool } from './prepare.ts';
import { ingestCommand, interceptCommand, launchInfo } from '../core/launch.ts';
import { flattenParameters, type ParametersTable } from './parameters.ts';
import { paths, policyFileName, PRESET_NAMES, withBase } from './paths.ts';
import { buildRelatedIndex, type RelatedResult } from './related.ts';
import { countLabels, verdict, type Counts } from './summary.ts';

/** The environment variable that names the data folder for a build. */
export const DATA_DIR_ENV = 'MCP_CATALOGUE_DATA';

export interface Site {
  config: SiteConfig;
  catalogue: Catalogue;
  counts: Counts;
  serverCounts: ReadonlyMap<string, Counts>;
  byCategory: ReadonlyMap<Category, CatalogueTool[]>;
  byRisk: ReadonlyMap<Risk, CatalogueTool[]>;
  riskiest: CatalogueTool[];
  related(key: string): RelatedResult;
  /** The server's name for page titles: its display name, with the slug added when two servers share a name. */
  serverTitle(slug: string): string;
}

export function dataDir(): string {
  return process.env[DATA_DIR_ENV] || 'data';
}

let memo: { dir: string; site: Site } | undefined;

export function getSite(dir = dataDir()): Site {
  if (memo?.dir === dir) return memo.site;
  const site = assemble(dir);
  memo = { dir, site };
  return site;
}

function assemble(dir: string): Site {
  const config = loadSiteConfig(dir);
  const catalogue = getCatalogue(dir);
  const labels = (t: CatalogueTool) => ({ category: t.tool.classification.category, risk: t.tool.classification.risk });
  const serverCounts = new Map(catalogue.servers.map((s) => [s.server.slug, countLabels(s.tools.map(labels))]));
  const byCategory = new Map<Category, CatalogueTool[]>(CATEGORIES.map((c) => [c, []]));
  const byRisk = new Map<Risk, CatalogueTool[]>(RISKS.map((r) => [r, []]));
  for (const tool of catalogue.tools) {
    byCategory.get(tool.tool.classification.category)!.push(tool);
    byRisk.get(tool.tool.classification.risk)!.push(tool);
  }
  let related: Map<string, RelatedResult> | undefined;
  const nameCount = new Map<string, number>();
  for (const s of catalogue.servers) nameCount.set(s.server.manifest.name, (nameCount.get(s.server.manifest.name) ?? 0) + 1);
  const titles = new Map(catalogue.servers.map((s) => {
    const name = s.server.manifest.name;
    return [s.server.slug, nameCount.get(name)! > 1 ? `${name} (${s.server.slug})` : name];
  }));
  return {
    config,
    catalogue,
    counts: countLabels(catalogue.tools.map(labels)),
    serverCounts,
    byCategory,
    byRisk,
    riskiest: riskiestTools(catalogue.tools, 12),
    related(key) {
      related ??= buildRelatedIndex(catalogue.tools.map((t) => ({
        key: t.key,
        server: t.server.server.slug,
        name: t.tool.name,
        category: t.tool.classification.category,
      })));
      return related.get(key) ?? { sameServer: [], sameCategory: [] };
    },
    serverTitle: (slug) => titles.get(slug) ?? slug,
  };
}

const CATEGORY_DANGER: Record<Category, number> = { read: 0, write: 1, execute: 2, destructive: 3, financial: 3 };

/** The most dangerous tools, at most two per server so one big server does not fill the list. */
export function riskiestTools(tools: readonly CatalogueTool[], limit: number): CatalogueTool[] {
  const sorted = [...tools].sort((a, b) => {
    const ca = a.tool.classification;
    const cb = b.tool.classification;
    return riskRank(cb.risk) - riskRank(ca.risk)
      || CATEGORY_DANGER[cb.category] - CATEGORY_DANGER[ca.category]
      || cb.confidence - ca.confidence
      || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
  });
  const perServer = new Map<string, number>();
  const out: CatalogueTool[] = [];
  for (const tool of sorted) {
    if (out.length >= limit) break;
    const n = perServer.get(tool.server.server.slug) ?? 0;
    if (n >= 2) continue;
    perServer.set(tool.server.server.slug, n + 1);
    out.push(tool);
  }
  return out;
}

/** `title`, then `annotations.title`, then `name` (as the MCP SDK does). */
export function displayTitle(tool: CatalogueTool): string {
  const d = tool.tool.definition;
  const title = typeof d.title === 'string' && d.title.trim() ? d.title : typeof d.annotations?.title === 'string' && d.annotations.title.trim() ? d.annotations.title : undefined;
  return title ?? tool.tool.name;
}

export function toolUrl(tool: CatalogueTool): string {
  return paths.tool(tool.server.server.slug, tool.tool.slug);
}

/** A row in any list of tools. */
export interface ToolSummary {
  key: string;
  name: string;
  title: string;
  url: string;
  serverName: string;
  serverSlug: string;
  serverUrl: string;
  category: Category;
  risk: Risk;
  confidence: number;
}

export function toolSummary(tool: CatalogueTool): ToolSummary {
  return {
    key: tool.key,
    name: tool.tool.name,
    title: displayTitle(tool),
    url: toolUrl(tool),
    serverName: tool.server.server.manifest.name,
    serverSlug: tool.server.server.slug,
    serverUrl: paths.server(tool.server.server.slug),
    category: tool.tool.classification.category,
    risk: tool.tool.classification.risk,
    confidence: tool.tool.classification.confidence,
  };
}

export interface AnnotationRow {
  hint: 'readOnlyHint' | 'destructiveHint' | 'idempotentHint' | 'openWorldHint';
  meaning: string;
  declared: boolean;
  /** The declared value, or the MCP default when not declared. */
  value: boolean;
}

const HINTS: { hint: AnnotationRow['hint']; meaning: string; fallback: boolean }[] = [
  { hint: 'readOnlyHint', meaning: 'does not change its environment', fallback: false },
  { hint: 'destructiveHint', meaning: 'may perform destructive updates', fallback: true },
  { hint: 'idempotentHint', meaning: 'repeating a call with the same arguments has no further effect', fallback: false },
  { hint: 'openWorldHint', meaning: 'interacts with an open world of external entities', fallback: true },
];

export function annotationRows(tool: CatalogueTool): AnnotationRow[] {
  const annotations = (tool.tool.definition.annotations ?? {}) as Record<string, unknown>;
  return HINTS.map(({ hint, meaning, fallback }) => {
    const value = annotations[hint];
    return typeof value === 'boolean'
      ? { hint, meaning, declared: true, value }
      : { hint, meaning, declared: false, value: fallback };
  });
}

export interface ServerPageData {
  name: string;
  slug: string;
  description: string;
  packageName: string | undefined;
  homepage: string | undefined;
  repository: string | undefined;
  capturedAt: string | undefined;
  version: string | undefined;
  counts: Counts;
  verdict: string;
  tools: ToolSummary[];
  interceptCommand: string;
  ingestCommand: string;
  env: string[];
  balancedPolicy: string;
  balancedHtml: string;
  downloads: { preset: Preset; label: string; meaning: string; url: string; fileName: string }[];
  warnings: string[];
}

const PRESET_LABEL: Record<Preset, string> = { balanced: 'Balanced', strict: 'Strict', 'read-only': 'Read-only' };

export function serverPageData(site: Site, entry: CatalogueServer): ServerPageData {
  const { server } = entry;
  const m = server.manifest;
  const counts = site.serverCounts.get(server.slug)!;
  const launch = launchInfo(m);
  const toolWarnings = entry.tools.flatMap((t) => t.tool.warnings);
  return {
    name: m.name,
    slug: server.slug,
    description: m.description ?? '',
    packageName: m.package?.name,
    homepage: m.homepage,
    repository: m.repository,
    capturedAt: m.capturedAt,
    version: m.package?.version ?? m.serverInfo?.version,
    counts,
    verdict: verdict(counts),
    tools: entry.tools.map(toolSummary),
    interceptCommand: interceptCommand(policyFileName(server.slug, 'balanced'), launch),
    ingestCommand: ingestCommand(launch),
    env: launch.env,
    balancedPolicy: entry.policies.balanced,
    balancedHtml: preparedBalancedHtml(site.catalogue.dataDir, entry),
    downloads: PRESET_NAMES.map((preset) => ({
      preset,
      label: PRESET_LABEL[preset],
      meaning: PRESET_MEANING[preset],
      url: paths.policy(server.slug, preset),
      fileName: policyFileName(server.slug, preset),
    })),
    warnings: [...server.warnings, ...toolWarnings].map((d) => formatDiagnostic({ ...d, file: d.file.replace(/^.*[\\/]/, '') })),
  };
}

export interface ToolPageData {
  summary: ToolSummary;
  description: string;
  categoryMeaning: string;
  riskMeaning: string;
  rationale: string;
  signals: { source: string; evidence: string; points: string; weight: number }[];
  parameters: ParametersTable;
  annotations: AnnotationRow[];
  recommended: CatalogueTool['recommended'];
  alternatives: CatalogueTool['alternatives'];
  /** Why some rules are not offered for this tool. */
  notes: string[];
  faq: FaqItem[];
  /** The recommended policy, highlighted. */
  recommendedHtml: string;
  policyUrl: string;
  serverToolCount: number;
  relatedSameServer: ToolSummary[];
  relatedSameCategory: ToolSummary[];
  warnings: string[];
}

export function toolPageData(site: Site, tool: CatalogueTool): ToolPageData {
  const c = tool.tool.classification;
  const server = tool.server.server;
  const counts = site.serverCounts.get(server.slug)!;
  const description = typeof tool.tool.definition.description === 'string' ? tool.tool.definition.description : '';
  const related = site.related(tool.key);
  const prepared = preparedTool(site.catalogue.dataDir, tool, verdict(counts), counts.tools);
  const lookup = (keys: string[]) => keys.map((k) => site.catalogue.toolByKey.get(k)).filter((t): t is CatalogueTool => !!t).map(toolSummary);
  return {
    summary: toolSummary(tool),
    description,
    categoryMeaning: CATEGORY_MEANING[c.category],
    riskMeaning: RISK_MEANING[c.risk],
    rationale: c.rationale,
    signals: c.signals.map((s) => ({ source: s.source, evidence: s.evidence, points: s.points, weight: s.weight })),
    parameters: flattenParameters(tool.tool.definition.inputSchema),
    annotations: annotationRows(tool),
    recommended: tool.recommended,
    alternatives: tool.alternatives,
    notes: tool.notes,
    faq: prepared.faq,
    recommendedHtml: prepared.recommendedHtml,
    policyUrl: paths.server(server.slug),
    serverToolCount: counts.tools,
    relatedSameServer: lookup(related.sameServer),
    relatedSameCategory: lookup(related.sameCategory),
    warnings: tool.tool.warnings.map((d) => d.message),
  };
}

/** One entry of /api/tools.json. */
export function toolApiEntry(tool: CatalogueTool, base: string) {
  const c = tool.tool.classification;
  return {
    server: tool.server.server.manifest.name,
    serverSlug: tool.server.server.slug,
    tool: tool.tool.name,
    toolSlug: tool.tool.slug,
    title: displayTitle(tool),
    url: withBase(base, toolUrl(tool)),
    category: c.category,
    risk: c.risk,
    confidence: c.confidence,
    rationale: c.rationale,
    signals: c.signals,
    policy: tool.recommended.yaml,
    alternatives: tool.alternatives.map((a) => ({ id: a.id, label: a.label, summary: a.summary, policy: a.yaml })),
    definition: tool.tool.definition,
  };
}

/** One entry of /api/servers.json. */
export function serverApiEntry(site: Site, entry: CatalogueServer, base: string) {
  const s = entry.server;
  const counts = site.serverCounts.get(s.slug)!;
  return {
    name: s.manifest.name,
    slug: s.slug,
    url: withBase(base, paths.server(s.slug)),
    description: s.manifest.description ?? null,
    package: s.manifest.package ?? null,
    capturedAt: s.manifest.capturedAt ?? null,
    tools: counts.tools,
    counts: { category: counts.category, risk: counts.risk, highestRisk: counts.highestRisk ?? null },
    policies: Object.fromEntries(PRESET_NAMES.map((p) => [p, withBase(base, paths.policy(s.slug, p))])),
  };
}

