// `mcp-catalogue build [--data DIR] [--out DIR]`: the catalogue website, search included.
import { spawn } from 'node:child_process';
import { parseArgs } from 'node:util';
import { getHeapStatistics } from 'node:v8';
import { CatalogueError } from '../../core/catalogue.ts';
import { SiteConfigError } from '../../site/config.ts';

const HELP = `usage: mcp-catalogue build [--data DIR] [--out DIR] [--quiet]

Builds the catalogue website from the manifests in DIR/servers (default: data)
into --out (default: dist): a page per server and per tool, policy downloads,
/api/*.json, llms.txt, a sitemap and the search index. DIR/site.yaml (optional)
sets title, description and url. Any manifest error, or any policy that
Intercept would refuse, stops the build.
  --quiet   only warnings and errors from Astro`;

/** A 50,000-tool catalogue needs more than Node's default heap on most machines. */
const HEAP_MB = 8192;
const REEXEC_ENV = 'MCP_CATALOGUE_BUILD_HEAP';

/** Runs this same command again in a Node with a larger heap; undefined when it already has one. */
async function withLargerHeap(): Promise<number | undefined> {
  if (process.env[REEXEC_ENV] || getHeapStatistics().heap_size_limit >= (HEAP_MB - 512) * 1024 * 1024) return undefined;
  const child = spawn(process.execPath, [...process.execArgv, `--max-old-space-size=${HEAP_MB}`, process.argv[1]!, ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: { ...process.env, [REEXEC_ENV]: '1' },
  });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

export async function run(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      data: { type: 'string', default: 'data' },
      out: { type: 'string', default: 'dist' },
      quiet: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  const reexec = await withLargerHeap();
  if (reexec !== undefined) return reexec;
  const { buildSite } = await import('../../site/build.ts');
  try {
    const report = await buildSite({ dataDir: values.data, outDir: values.out, logLevel: values.quiet ? 'warn' : 'info' });
    console.log(`built ${report.htmlPages} pages for ${report.servers} servers and ${report.tools} tools into ${values.out} in ${report.totalSeconds.toFixed(1)}s`);
    return 0;
  } catch (error) {
    if (error instanceof CatalogueError || error instanceof SiteConfigError) {
      console.error(error.message);
      console.error('\nNothing was built.');
      return 1;
    }
    throw error;
  }
}
