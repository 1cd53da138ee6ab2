// The catalogue, assembled once per build: load → classify → policies → validate → lookup maps.
// Every policy file and every snippet is checked the way Intercept checks it; one failure
// stops the build. The result is memoised per data folder on globalThis, so the CLI and the
// page bundle (a separate copy of this module) share one computation within a process.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { classifyLoadedServer } from './classify/server.ts';
import { formatDiagnostic, hasErrors, type Diagnostic } from './diagnostics.ts';
import { loadDataDir } from './manifest/load.ts';
import type { ClassifiedServer, ClassifiedTool, LoadedServer } from './model.ts';
import { checkPolicy as checkPolicyText, formatProblem, loadPolicyDefaults, policyFacts, PRESETS, serverPolicyFiles, toolPolicy, type PolicyDefaults, type Preset, type RuleFacts, type Snippet } from './policy/index.ts';

export const POLICY_DEFAULTS_FILE = 'policy-defaults.yaml';
export { PRESETS, type Preset, type Snippet };

export interface CatalogueTool {
  /** `<serverSlug>/<toolSlug>`: unique in the catalogue. */
  key: string;
  server: CatalogueServer;
  tool: ClassifiedTool;
  recommended: Snippet;
  alternatives: Snippet[];
  /** Why some rules are not offered for this tool. */
  notes: string[];
}

/** What a tool's recommended snippet and each alternative do to it, read from the checked YAML. */
export interface ToolFacts {
  recommended: RuleFacts;
  alternatives: RuleFacts[];
}

export interface CatalogueServer {
  server: ClassifiedServer;
  /** Preset → complete policy file. */
  policies: Record<Preset, string>;
  tools: CatalogueTool[];
}

export interface Catalogue {
  dataDir: string;
  /** Servers ordered by slug; tools in the order the server lists them. */
  servers: CatalogueServer[];
  /** Every tool, server by server. */
  tools: CatalogueTool[];
  serverBySlug: ReadonlyMap<string, CatalogueServer>;
  toolByKey: ReadonlyMap<string, CatalogueTool>;
  /** Warnings from loading (errors stop the build before a catalogue exists). */
  warnings: Diagnostic[];
}

export class CatalogueError extends Error {
  readonly problems: string[];
  constructor(summary: string, problems: string[]) {
    const shown = problems.slice(0, 50);
    const more = problems.length > shown.length ? `\n… and ${problems.length - shown.length} more` : '';
    super(`${summary}\n${shown.map((p) => `  ${p}`).join('\n')}${more}`);
    this.name = 'CatalogueError';
    this.problems = problems;
  }
}

/**
 * Intercept's errors in a generated file (its warnings do not stop Intercept, so they do
 * not stop the build); returns the decoded file so that its facts need no second parse.
 */
function checkPolicy(where: string, text: string, problems: string[]): ReturnType<typeof checkPolicyText>['config'] {
  const checked = checkPolicyText(text);
  for (const problem of checked.problems) {
    if (problem.severity === 'error') problems.push(`${where}: ${formatProblem(problem)}`);
  }
  return checked.config;
}

export interface LoadedData {
  dir: string;
  servers: LoadedServer[];
  warnings: Diagnostic[];
  defaults: PolicyDefaults;
}

/** Loads the manifests and policy defaults of a data folder; throws CatalogueError on any manifest error. */
export function loadData(dataDir: string): LoadedData {
  const dir = resolve(dataDir);
  const loaded = loadDataDir(dir);
  if (hasErrors(loaded.diagnostics)) {
    const errors = loaded.diagnostics.filter((d) => d.severity === 'error').map(formatDiagnostic);
    throw new CatalogueError(`The data folder ${dataDir} has ${errors.length} error(s):`, errors);
  }
  const defaultsFile = join(dir, POLICY_DEFAULTS_FILE);
  const defaults = loadPolicyDefaults(existsSync(defaultsFile) ? defaultsFile : undefined);
  const servers = [...loaded.servers].sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
  return { dir, servers, warnings: loaded.diagnostics, defaults };
}

/**
 * Classifies the tools of some servers and writes and checks their policies. Servers are
 * independent of each other, so a build may split them between worker threads.
 * Every problem is returned (not thrown) so that all of them can be reported together.
 */
export function catalogueServers(loaded: readonly LoadedServer[], defaults: PolicyDefaults): { servers: CatalogueServer[]; problems: string[]; facts: Map<string, ToolFacts> } {
  const problems: string[] = [];
  const servers: CatalogueServer[] = [];
  // Kept apart from the catalogue: only page preparation needs them, and they are many.
  const factsByKey = new Map<string, ToolFacts>();
  for (const server of loaded) {
    const classified = classifyLoadedServer(server);
    const policies = serverPolicyFiles(classified, defaults);
    for (const preset of PRESETS) {
      const text = policies[preset];
      if (typeof text !== 'string') problems.push(`${server.file}: no ${preset} policy was produced`);
      else checkPolicy(`policy ${server.slug} (${preset})`, text, problems);
    }
    const entry: CatalogueServer = { server: classified, policies, tools: [] };
    for (const tool of classified.tools) {
      const { recommended, alternatives, notes } = toolPolicy(classified, tool, defaults);
      const facts = [recommended, ...alternatives].map((snippet) => {
        const config = checkPolicy(`snippet ${server.slug}/${tool.slug} (${snippet.id})`, snippet.yaml, problems);
        return config ? policyFacts(config, tool.name) : undefined;
      });
      if (facts.some((f) => f === undefined)) continue; // the problems above stop the build
      const [recommendedFacts, ...alternativeFacts] = facts as RuleFacts[];
      const key = `${server.slug}/${tool.slug}`;
      factsByKey.set(key, { recommended: recommendedFacts!, alternatives: alternativeFacts });
      entry.tools.push({ key, server: entry, tool, recommended, alternatives, notes });
    }
    servers.push(entry);
  }
  return { servers, problems, facts: factsByKey };
}

/** The catalogue from its servers (in slug order); throws CatalogueError if any policy failed its checks. */
export function assembleCatalogue(dir: string, servers: CatalogueServer[], problems: readonly string[], warnings: Diagnostic[]): Catalogue {
  if (problems.length) {
    throw new CatalogueError(`${problems.length} generated polic${problems.length === 1 ? 'y does' : 'ies do'} not pass Intercept's checks:`, [...problems]);
  }
  const tools = servers.flatMap((s) => s.tools);
  return {
    dataDir: dir,
    servers,
    tools,
    serverBySlug: new Map(servers.map((s) => [s.server.slug, s])),
    toolByKey: new Map(tools.map((t) => [t.key, t])),
    warnings,
  };
}

/** Builds the catalogue in this thread; throws CatalogueError when a manifest or a policy is wrong. */
export function buildCatalogue(dataDir: string): Catalogue {
  const data = loadData(dataDir);
  const { servers, problems } = catalogueServers(data.servers, data.defaults);
  return assembleCatalogue(data.dir, servers, problems, data.warnings);
}

const MEMO = Symbol.for('mcp-policy-catalogue.catalogue');
type Memo = Map<string, Catalogue>;

function memo(): Memo {
  const store = globalThis as unknown as Record<symbol, Memo | undefined>;
  return (store[MEMO] ??= new Map());
}

/** Records a catalogue built elsewhere (e.g. by worker threads) as the one of its data folder. */
export function rememberCatalogue(catalogue: Catalogue): void {
  memo().set(catalogue.dataDir, catalogue);
}

/** The catalogue of a data folder, computed at most once per process. */
export function getCatalogue(dataDir: string): Catalogue {
  const memo_ = memo();
  const key = resolve(dataDir);
  let catalogue = memo_.get(key);
  if (!catalogue) {
    catalogue = buildCatalogue(key);
    memo_.set(key, catalogue);
  }
  return catalogue;
}
