// Every URL the site publishes, in one place. Paths are site-relative ("/tools/a/b/");
// `withBase` prefixes the path the site is served under.
import type { Category, Risk } from '../core/labels.ts';
import { policyFileName, PRESETS, type Preset } from '../core/policy/index.ts';

// The policy module owns the presets and the download names; the site re-exports them.
export { policyFileName, PRESETS as PRESET_NAMES, type Preset as PresetName };

export const paths = {
  home: () => '/',
  servers: () => '/servers/',
  server: (serverSlug: string) => `/servers/${serverSlug}/`,
  tool: (serverSlug: string, toolSlug: string) => `/tools/${serverSlug}/${toolSlug}/`,
  categories: () => '/categories/',
  risks: () => '/risk/',
  category: (category: Category, page = 1) => (page > 1 ? `/categories/${category}/${page}/` : `/categories/${category}/`),
  risk: (risk: Risk, page = 1) => (page > 1 ? `/risk/${risk}/${page}/` : `/risk/${risk}/`),
  policy: (serverSlug: string, preset: Preset) => `/policies/${policyFileName(serverSlug, preset)}`,
  search: () => '/search/',
  about: () => '/about/',
  apiServers: () => '/api/servers.json',
  apiTools: () => '/api/tools.json',
  llms: () => '/llms.txt',
};

/** "/" + "/tools/a/" → "/tools/a/"; "/mcp/" + "/tools/a/" → "/mcp/tools/a/". */
export function withBase(base: string, path: string): string {
  const trimmed = base.endsWith('/') ? base.slice(0, -1) : base;
  return `${trimmed}${path}`;
}

/** Absolute URL for canonical links and the sitemap: origin already includes the base. */
export function absoluteUrl(origin: string, path: string): string {
  return new URL(path.replace(/^\//, ''), origin).href;
}
