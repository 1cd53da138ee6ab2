// The manifest format as a JSON Schema, generated from the zod schema so the two never drift.
// Published at schema/server-manifest.json (regenerate with `npm run schema`).
import * as z from 'zod';
import { ServerManifestSchema } from './schema.ts';

export function manifestJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(ServerManifestSchema, { io: 'input', unrepresentable: 'any' }),
    $id: 'https://github.com/mcp-policy-catalogue/schema/server-manifest.json',
    title: 'MCP server manifest (mcp-policy-catalogue)',
    description: 'One MCP server: who it is, how it starts, and its tools/list exactly as the server returned it.',
  };
}

export function manifestJsonSchemaText(): string {
  return `${JSON.stringify(manifestJsonSchema(), null, 2)}\n`;
}
