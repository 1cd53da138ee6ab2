// Every URL the site publishes, in one place. Paths are site-relative ("/tools/a/b/");
// `withBase` prefixes the path the site is served under.
import type { Category, Risk } from '../core/labels.ts';

export const PRESET_NAMES = ['balanced', 'strict', 'read-only'] as const;
export type PresetName = (typeof PRESET_NAMES)[number];

export const paths = {
  home: () => '/',
  servers: () => '/servers/',
  server: (serverSlug: string) => `/servers/${serverSlug}/`,
  tool: (serverSlug: string, toolSlug: string) => `/tools/${serverSlug}/${toolSlug}/`,
  categories: () => '/categories/',
  risks: () => '/risk/',
  category: (category: Category, page = 1) => (page > 1 ? `/categories/${category}/${page}/` : `/categories/${category}/`),
  risk: (risk: Risk, page = 1) => (page > 1 ? `/risk/${risk}/${page}/` : `/risk/${risk}/`),
  policy: (serverSlug: string, preset: PresetName) => `/policies/${policyFileName(serverSlug, preset)}`,
  search: () => '/search/',
  about: () => '/about/',
  apiServers: () => '/api/servers.json',
  apiTools: () => '/api/tools.json',
  llms: () => '/llms.txt',
};

/** `github.yaml`, `github.strict.yaml`, `github.read-only.yaml`. */
export function policyFileName(serverSlug: string, preset: PresetName): string {
  return preset === 'balanced' ? `${serverSlug}.yaml` : `${serverSlug}.${preset}.yaml`;
}

/** "/" + "/tools/a/" → "/tools/a/"; "/mcp/" + "/tools/a/" → "/mcp/tools/a/". */
export function withBase(base: string, path: string): string {
  const trimmed = base.endsWith('/') ? base.slice(0, -1) : base;
  return `${trimmed}${path}`;
}

/** Absolute URL for canonical links and the sitemap: origin already includes the base. */
export function absoluteUrl(origin: string, path: string): string {
  return new URL(path.replace(/^\//, ''), origin).href;
}
