// The policy downloads: /policies/<server>.yaml, <server>.strict.yaml, <server>.read-only.yaml.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite } from '../../site/data.ts';
import { policyFileName, PRESET_NAMES } from '../../site/paths.ts';

export const getStaticPaths = (() =>
  getSite().catalogue.servers.flatMap((s) =>
    PRESET_NAMES.map((preset) => ({
      params: { file: policyFileName(s.server.slug, preset).replace(/\.yaml$/, '') },
      props: { slug: s.server.slug, preset },
    })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { slug, preset } = props as { slug: string; preset: (typeof PRESET_NAMES)[number] };
  const text = getSite().catalogue.serverBySlug.get(slug)!.policies[preset];
  return new Response(text, { headers: { 'Content-Type': 'application/yaml; charset=utf-8' } });
};
