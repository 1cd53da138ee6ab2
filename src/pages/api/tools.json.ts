// Every tool: labels, rationale, the recommended policy file and the definition as listed.
import type { APIRoute } from 'astro';
import { getSite, toolApiEntry } from '../../site/data.ts';

export const GET: APIRoute = () => {
  const site = getSite();
  const base = import.meta.env.BASE_URL;
  // Written piece by piece: one JSON.stringify over 50,000 tools would build one huge string twice.
  const parts = site.catalogue.tools.map((t) => JSON.stringify(toolApiEntry(t, base)));
  return new Response(`{"tools":[\n${parts.join(',\n')}\n]}\n`, { headers: { 'Content-Type': 'application/json' } });
};
