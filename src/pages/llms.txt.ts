// /llms.txt: what the site is and where the machine-readable parts are.
import type { APIRoute } from 'astro';
import { CATEGORIES, RISKS } from '../core/labels.ts';
import { getSite } from '../site/data.ts';
import { absoluteUrl, paths } from '../site/paths.ts';

export const GET: APIRoute = () => {
  const { config, counts, catalogue, serverCounts } = getSite();
  const url = (path: string) => absoluteUrl(config.origin, path);
  const lines = [
    `# ${config.title}`,
    '',
    `> ${config.description}`,
    '',
    `${counts.tools} tools on ${catalogue.servers.length} MCP servers, each labelled with a category (${CATEGORIES.join(', ')}) and a risk level (${RISKS.join(', ')}), with an Intercept policy rule. Intercept is the open-source MCP proxy (github.com/policylayer/intercept): \`intercept -c policy.yaml -- <server command>\`.`,
    '',
    '## Data',
    '',
    `- [servers.json](${url(paths.apiServers())}): every server with its counts and policy downloads`,
    `- [tools.json](${url(paths.apiTools())}): every tool with its labels, rationale, recommended policy file and definition`,
    '',
    '## Servers',
    '',
    ...catalogue.servers.map((s) => {
      const c = serverCounts.get(s.server.slug)!;
      return `- [${s.server.manifest.name.replace(/[\[\]\n]/g, ' ')}](${url(paths.server(s.server.slug))}): ${c.tools} tools; policy ${url(paths.policy(s.server.slug, 'balanced'))}`;
    }),
    '',
  ];
  return new Response(lines.join('\n'), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
