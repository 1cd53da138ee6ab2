// `npm run bench [-- --tools 50000] [--no-site] [--source data]`
// Builds a catalogue of the given size from real tools and reports how long each stage takes.
// The synthetic catalogue repeats the bundled corpus's servers (real tools, real schemas) under
// new names until it reaches the size, so the work per tool is what real data costs.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { buildCatalogue } from '../../src/core/catalogue.ts';
import { loadDataDir } from '../../src/core/manifest/load.ts';

const { values } = parseArgs({
  options: {
    tools: { type: 'string', default: '50000' },
    source: { type: 'string', default: 'data' },
    work: { type: 'string', default: '/tmp/mcp-catalogue-bench' },
    'no-site': { type: 'boolean', default: false },
  },
});
const target = Number(values.tools);
if (!Number.isInteger(target) || target < 1) throw new Error(`--tools must be a positive whole number, got ${values.tools}`);

function countFiles(dir: string, suffix: string): number {
  let n = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) if (entry.isFile() && entry.name.endsWith(suffix)) n += 1;
  return n;
}

function dirBytes(dir: string): number {
  let n = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) if (entry.isFile()) n += statSync(join(entry.parentPath, entry.name)).size;
  return n;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const rows: [string, string, string][] = [];
const stages: string[] = [];
function timed<T>(stage: string, work: () => T, per: (result: T, ms: number) => string): T {
  const start = performance.now();
  const result = work();
  const ms = performance.now() - start;
  rows.push([stage, seconds(ms), per(result, ms)]);
  console.error(`${stage}: ${seconds(ms)}`);
  return result;
}

// 1. A data folder of the requested size, made from the real corpus.
const source = loadDataDir(values.source);
if (source.servers.length === 0) throw new Error(`no manifests in ${values.source}`);
const dataDir = resolve(values.work, `data-${target}`);
rmSync(dataDir, { recursive: true, force: true });
mkdirSync(join(dataDir, 'servers'), { recursive: true });
let written = 0;
let servers = 0;
for (let copy = 0; written < target; copy += 1) {
  for (const server of source.servers) {
    if (written >= target) break;
    const tools = server.manifest.tools.slice(0, target - written);
    if (tools.length === 0) continue;
    const manifest = { ...server.manifest, name: `${server.manifest.name} (copy ${copy})`, slug: `${server.slug}-${copy}`, tools };
    writeFileSync(join(dataDir, 'servers', `${server.slug}-${copy}.json`), JSON.stringify(manifest));
    written += tools.length;
    servers += 1;
  }
}
console.error(`bench: ${written} tools on ${servers} servers in ${dataDir}`);

// 2. The core, in this process: load → classify → policies → validation, as the build does it.
const catalogue = timed('core: load, classify, write and validate every policy', () => buildCatalogue(dataDir), (c, ms) =>
  `${c.tools.length} tools, ${c.servers.length} servers, ${Math.round(c.tools.length / (ms / 1000))} tools/s`);
const heap = process.memoryUsage().rss;

// 3. The whole site, as `npm run build` makes it (Astro pages, downloads, API, pagefind index).
if (!values['no-site']) {
  const outDir = resolve(values.work, `site-${target}`);
  rmSync(outDir, { recursive: true, force: true });
  timed('site: mcp-catalogue build (pages + pagefind)', () => {
    // (With the same Node flags as this process: `npm run bench` sets them as `npm run build` does.)
    const run = spawnSync(process.execPath, [...process.execArgv, 'src/cli/main.ts', 'build', '--quiet', '--data', dataDir, '--out', outDir], { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8', maxBuffer: 1 << 30 });
    if (run.status !== 0) throw new Error(`build failed with exit code ${run.status}`);
    // The build's own log says how long each of its stages took.
    stages.push(...run.stdout.split('\n').filter((line) => /^(catalogue|astro|pagefind):/.test(line)));
    return outDir;
  }, (out, ms) => {
    const pages = countFiles(out, '.html');
    return `${pages} HTML pages, ${Math.round(pages / (ms / 1000))} pages/s, ${(dirBytes(out) / 1048576).toFixed(0)} MB`;
  });
}

console.log(`\nBenchmark: ${catalogue.tools.length} tools on ${catalogue.servers.length} servers; ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}; core RSS ${(heap / 1048576).toFixed(0)} MB\n`);
console.log('| stage | time | throughput |\n| --- | --- | --- |');
for (const [stage, time, per] of rows) console.log(`| ${stage} | ${time} | ${per} |`);
if (stages.length) console.log(`\nInside the site build:\n${stages.map((s) => `- ${s}`).join('\n')}`);
