// Astro settings for the catalogue site. The data folder comes from MCP_CATALOGUE_DATA
// (set by `mcp-catalogue build --data <dir>`; "data" otherwise) and its site.yaml gives the
// public URL, so `astro build`, `astro preview` and the CLI agree on where the site lives.
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { loadSiteConfig } from './src/site/config.ts';

const site = loadSiteConfig(process.env.MCP_CATALOGUE_DATA || 'data');

export default defineConfig({
  site: site.url,
  base: site.base,
  trailingSlash: 'ignore',
  output: 'static',
  build: {
    format: 'directory',
    // One shared stylesheet file instead of CSS inlined into 50,000 pages.
    inlineStylesheets: 'never',
    concurrency: 2,
  },
  devToolbar: { enabled: false },
  integrations: [
    sitemap({
      // Policy downloads, the JSON API and llms.txt are not pages.
      filter: (page) => !/\.(ya?ml|json|txt)$/.test(new URL(page).pathname) && !new URL(page).pathname.endsWith('/404/'),
    }),
  ],
});
