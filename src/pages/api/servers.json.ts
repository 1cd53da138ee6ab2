// Every server: name, slug, page URL, counts, and its policy downloads.
import type { APIRoute } from 'astro';
import { getSite, serverApiEntry } from '../../site/data.ts';

export const GET: APIRoute = () => {
  const site = getSite();
  const servers = site.catalogue.servers.map((s) => serverApiEntry(site, s, import.meta.env.BASE_URL));
  return new Response(JSON.stringify({ servers }, null, 1), { headers: { 'Content-Type': 'application/json' } });
};
