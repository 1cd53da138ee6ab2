// Builds the catalogue website from a data folder: the catalogue (fails fast on bad
// manifests or policies), Astro's static build, then the pagefind index.
// `mcp-catalogue build`, `npm run build` and the site tests all run this.
import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatDiagnostic } from '../core/diagnostics.ts';
import { loadSiteConfig } from './config.ts';
import { DATA_DIR_ENV } from './data.ts';
import { prepareCatalogue } from './parallel.ts';
import { writeSearchIndex } from './search-index.ts';

/** The project root (where astro.config.mjs and src/pages live). */
export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface BuildOptions {
  dataDir: string;
  outDir: string;
  /** Astro's log level; "warn" keeps tests quiet. */
  logLevel?: 'debug' | 'info' | 'warn' | 'error' | 'silent';
  log?: (line: string) => void;
}

export interface BuildReport {
  servers: number;
  tools: number;
  warnings: number;
  htmlPages: number;
  searchPages: number;
  catalogueSeconds: number;
  astroSeconds: number;
  searchSeconds: number;
  totalSeconds: number;
}

function countHtml(dir: string): number {
  let n = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && entry.name.endsWith('.html')) n += 1;
  }
  return n;
}

export async function buildSite(options: BuildOptions): Promise<BuildReport> {
  const log = options.log ?? ((line: string) => console.log(line));
  const dataDir = resolve(options.dataDir);
  const outDir = resolve(options.outDir);
  const started = performance.now();

  // Settings and catalogue first: a bad site.yaml, manifest or policy stops here, with every problem listed.
  const config = loadSiteConfig(dataDir);
  const catalogue = await prepareCatalogue(dataDir);
  for (const warning of catalogue.warnings) log(formatDiagnostic(warning));
  const catalogueDone = performance.now();
  log(`catalogue: ${catalogue.servers.length} servers, ${catalogue.tools.length} tools (${((catalogueDone - started) / 1000).toFixed(1)}s)`);

  const previous = process.env[DATA_DIR_ENV];
  process.env[DATA_DIR_ENV] = dataDir;
  try {
    const { build } = await import('astro');
    await build({
      root: PROJECT_ROOT,
      outDir,
      site: config.url,
      base: config.base,
      // A cache per output folder, so concurrent builds into different folders do not collide.
      cacheDir: join(tmpdir(), 'mcp-catalogue-astro', createHash('sha256').update(outDir).digest('hex').slice(0, 12)),
      logLevel: options.logLevel ?? 'info',
    });
  } finally {
    if (previous === undefined) delete process.env[DATA_DIR_ENV];
    else process.env[DATA_DIR_ENV] = previous;
  }
  const astroDone = performance.now();
  const htmlPages = countHtml(outDir);
  log(`astro: ${htmlPages} HTML pages in ${((astroDone - catalogueDone) / 1000).toFixed(1)}s (${Math.round(htmlPages / ((astroDone - catalogueDone) / 1000))} pages/s)`);

  const search = await writeSearchIndex(outDir);
  const searchDone = performance.now();
  log(`pagefind: ${search.pages} pages read in ${((searchDone - astroDone) / 1000).toFixed(1)}s`);

  return {
    servers: catalogue.servers.length,
    tools: catalogue.tools.length,
    warnings: catalogue.warnings.length,
    htmlPages,
    searchPages: search.pages,
    catalogueSeconds: (catalogueDone - started) / 1000,
    astroSeconds: (astroDone - catalogueDone) / 1000,
    searchSeconds: (searchDone - astroDone) / 1000,
    totalSeconds: (searchDone - started) / 1000,
  };
}
