// `mcp-catalogue build [--data DIR] [--out DIR]`: the catalogue website, search included.
import { parseArgs } from 'node:util';
import { CatalogueError } from '../../core/catalogue.ts';
import { SiteConfigError } from '../../site/config.ts';

const HELP = `usage: mcp-catalogue build [--data DIR] [--out DIR] [--quiet]

Builds the catalogue website from the manifests in DIR/servers (default: data)
into --out (default: dist): a page per server and per tool, policy downloads,
/api/*.json, llms.txt, a sitemap and the search index. DIR/site.yaml (optional)
sets title, description and url. Any manifest error, or any policy that
Intercept would refuse, stops the build.
  --quiet   only warnings and errors from Astro`;

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
