// The server manifest: the project's public data interface (see README "Data format").
// Tools are kept exactly as the server listed them; we only insist on what the
// catalogue needs (a name, an object for inputSchema) and keep every other field.
import * as z from 'zod';
import { ToolAnnotationsSchema, ToolSchema } from '@modelcontextprotocol/sdk/types.js';

/** A JSON Schema object. Servers send all sorts; only "is an object" is required. */
const JsonSchemaObject = z.record(z.string(), z.unknown());

export const ToolDefinitionSchema = ToolSchema.extend({
  name: z.string().min(1, 'a tool needs a non-empty name'),
  inputSchema: JsonSchemaObject,
  outputSchema: JsonSchemaObject.optional(),
  annotations: ToolAnnotationsSchema.loose().optional(),
}).loose();
export type ToolDefinition = z.infer<typeof ToolDefinitionSchema>;

export const PackageRefSchema = z.object({
  registry: z.string().min(1).describe('npm, pypi, oci, …'),
  name: z.string().min(1),
  version: z.string().min(1).optional(),
});

export const LaunchSchema = z.union([
  z.object({
    command: z.string().min(1),
    args: z.array(z.string()).default([]),
    env: z.array(z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'an environment variable name')).default([])
      .describe('Names only: values are never stored.'),
  }).strict(),
  z.object({ url: z.url({ protocol: /^https?$/ }) }).strict(),
], { error: 'expected { command, args, env } (a stdio server) or { url } (an HTTP server)' });

export const SLUG_PATTERN = /^[a-z0-9][a-z0-9-]{0,79}$/;

export const ServerManifestSchema = z.object({
  $schema: z.string().optional(),
  name: z.string().min(1).describe('Display name of the server.'),
  slug: z.string().regex(SLUG_PATTERN, 'lower-case letters, digits and dashes, starting with a letter or digit, at most 80').optional()
    .describe('URL name; defaults to one made from the file name.'),
  description: z.string().optional(),
  homepage: z.url().optional(),
  repository: z.url().optional(),
  package: PackageRefSchema.optional(),
  launch: LaunchSchema.optional(),
  capturedAt: z.union([z.iso.datetime({ offset: true }), z.iso.date()], { error: 'expected an ISO 8601 date or date-time such as 2026-11-22T00:00:00Z' }).optional()
    .describe('When tools/list was captured (ISO 8601).'),
  serverInfo: z.object({ name: z.string(), version: z.string() }).loose().optional(),
  instructions: z.string().optional(),
  tools: z.array(ToolDefinitionSchema),
}).strict();
export type ServerManifest = z.infer<typeof ServerManifestSchema>;

/** A bare `tools/list` result, as a server returns it. */
export const ToolsListResultSchema = z.object({
  tools: z.array(ToolDefinitionSchema),
  nextCursor: z.string().optional(),
  _meta: z.record(z.string(), z.unknown()).optional(),
}).strict();
