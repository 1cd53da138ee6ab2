// Builds the catalogue and the prepared page parts on several cores: the manifests are
// loaded once here, servers are shared out between worker threads by tool count, each
// worker classifies, writes and checks the policies of its servers and prepares their
// pages, and the results are put back in slug order. Small catalogues are done in this
// thread (starting workers costs more).
import { availableParallelism } from 'node:os';
import { assembleCatalogue, catalogueServers, loadData, rememberCatalogue, type Catalogue, type CatalogueServer } from '../core/catalogue.ts';
import type { LoadedServer } from '../core/model.ts';
import type { PolicyDefaults } from '../core/policy/index.ts';
import { prepareServer, rememberPrepared, type PreparedServer } from './prepare.ts';
import { runWorker } from './run-worker.ts';

const IN_THREAD_BELOW = 2_000;

interface WorkerResult {
  servers: CatalogueServer[];
  problems: string[];
  prepared: PreparedServer[];
}

/** Splits servers into `n` groups of about equal tool counts (largest first, deterministic). */
export function shareOut(servers: readonly { slug: string; tools: number }[], n: number): string[][] {
  const groups = Array.from({ length: n }, () => ({ tools: 0, slugs: [] as string[] }));
  const bySize = [...servers].sort((a, b) => b.tools - a.tools || (a.slug < b.slug ? -1 : 1));
  for (const server of bySize) {
    const smallest = groups.reduce((min, g) => (g.tools < min.tools ? g : min));
    smallest.slugs.push(server.slug);
    smallest.tools += server.tools;
  }
  return groups.map((g) => g.slugs).filter((g) => g.length > 0);
}

function prepareInWorker(servers: LoadedServer[], defaults: PolicyDefaults): Promise<WorkerResult> {
  return runWorker(new URL('./prepare-worker.ts', import.meta.url), { servers, defaults }, 'catalogue');
}

/**
 * Threads for the catalogue by default. On two cores one thread is faster (50,000 tools:
 * 80 s in one thread, 121 s in two workers): with lines highlighted and descriptions cut
 * once (caches a worker does not share), little work is left per tool, and the workers'
 * copying of results and their garbage collection cost more than the second core gives.
 */
export function defaultThreads(cores = availableParallelism()): number {
  return cores <= 2 ? 1 : Math.min(cores, 4);
}

export async function prepareCatalogue(dataDir: string, threads = defaultThreads(), inThreadBelow = IN_THREAD_BELOW): Promise<Catalogue> {
  const data = loadData(dataDir);
  const toolCount = data.servers.reduce((n, s) => n + s.tools.length, 0);
  let results: WorkerResult[];
  if (threads <= 1 || toolCount < inThreadBelow) {
    const { servers, problems, facts } = catalogueServers(data.servers, data.defaults);
    results = [{ servers, problems, prepared: problems.length ? [] : servers.map((s) => prepareServer(s, facts)) }];
  } else {
    const groups = shareOut(data.servers.map((s) => ({ slug: s.slug, tools: s.tools.length })), threads);
    const bySlug = new Map(data.servers.map((s) => [s.slug, s]));
    results = await Promise.all(groups.map((slugs) => prepareInWorker(slugs.map((slug) => bySlug.get(slug)!), data.defaults)));
  }
  const servers = results.flatMap((r) => r.servers).sort((a, b) => (a.server.slug < b.server.slug ? -1 : a.server.slug > b.server.slug ? 1 : 0));
  const catalogue = assembleCatalogue(data.dir, servers, results.flatMap((r) => r.problems), data.warnings);
  rememberCatalogue(catalogue);
  rememberPrepared(data.dir, results.flatMap((r) => r.prepared));
  return catalogue;
}
