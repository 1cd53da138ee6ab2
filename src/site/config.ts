// Site settings: `<data dir>/site.yaml`, optional, validated with zod.
// One schema, defaults for every field, and errors that name the file, the field and a fix.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as z from 'zod';
import { parse } from 'yaml';

export const SITE_CONFIG_FILE = 'site.yaml';

export const SiteConfigSchema = z.object({
  title: z.string().trim().min(1).max(80).default('MCP Policy Catalogue')
    .describe('Site name, shown in the header and in every <title>.'),
  description: z.string().trim().min(1).max(300)
    .default('Every tool of real MCP servers, classified by what it does and how risky it is, with a ready-to-use Intercept policy for each.')
    .describe('Meta description of the home page and the site.'),
  url: z.url({ protocol: /^https?$/, error: 'an absolute http(s) URL such as https://catalogue.example.com/' })
    .default('http://localhost:4321/')
    .describe('Where the site is published (canonical URLs, sitemap). A path such as https://example.com/mcp/ serves the site under /mcp/.'),
  repository: z.url().optional().describe('Link to the catalogue source, shown in the footer.'),
  pageSize: z.number().int().min(10).max(2000).default(200)
    .describe('Tools per page on category and risk listings.'),
}).strict();

export type SiteConfig = z.infer<typeof SiteConfigSchema> & {
  /** The path the site is served under: "/" or "/mcp/". Always starts and ends with "/". */
  base: string;
  /** The `url` setting, always ending with "/". */
  origin: string;
};

export class SiteConfigError extends Error {}

/** Parses a site config object; throws SiteConfigError listing every problem with `file: path: message`. */
export function parseSiteConfig(input: unknown, file = SITE_CONFIG_FILE): SiteConfig {
  const result = SiteConfigSchema.safeParse(input ?? {});
  if (!result.success) {
    const lines = result.error.issues.map((issue) => {
      const where = issue.path.length ? issue.path.join('.') : '(top level)';
      const fix = issue.code === 'unrecognized_keys'
        ? ` (allowed keys: ${Object.keys(SiteConfigSchema.shape).join(', ')})`
        : '';
      return `${file}: ${where}: ${issue.message}${fix}`;
    });
    throw new SiteConfigError(lines.join('\n'));
  }
  const url = result.data.url.endsWith('/') ? result.data.url : `${result.data.url}/`;
  const base = new URL(url).pathname;
  return { ...result.data, url, origin: url, base };
}

/** Reads `<dataDir>/site.yaml` if it exists, defaults otherwise. */
export function loadSiteConfig(dataDir: string): SiteConfig {
  const file = join(dataDir, SITE_CONFIG_FILE);
  if (!existsSync(file)) return parseSiteConfig({}, file);
  let raw: unknown;
  try {
    raw = parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new SiteConfigError(`${file}: not valid YAML: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (raw !== null && raw !== undefined && (typeof raw !== 'object' || Array.isArray(raw))) {
    throw new SiteConfigError(`${file}: expected a mapping of settings (title, description, url, …), found ${Array.isArray(raw) ? 'a list' : typeof raw}`);
  }
  return parseSiteConfig(raw, file);
}
