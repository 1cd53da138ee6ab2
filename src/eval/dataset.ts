// The labelled set (shared/eval/README.md): validated with zod so a bad entry is named by index.
import { readFileSync } from 'node:fs';
import * as z from 'zod';
import { CATEGORIES, RISKS } from '../core/labels.ts';
import type { ToolDefinition } from '../core/manifest/schema.ts';
import type { ServerContext } from '../core/classify/types.ts';
import { formatPath } from '../core/diagnostics.ts';

export const LabelledToolSchema = z.object({
  server: z.string().min(1),
  name: z.string().min(1),
  title: z.string().nullish(),
  description: z.string().nullish(),
  inputSchema: z.record(z.string(), z.unknown()),
  annotations: z.record(z.string(), z.unknown()).nullish(),
  category: z.enum(CATEGORIES),
  risk: z.enum(RISKS),
  reason: z.string().optional(),
  vague: z.boolean().optional(),
});
export type LabelledTool = z.infer<typeof LabelledToolSchema>;

export const LabelledSetSchema = z.array(LabelledToolSchema);

/** Reads and validates a labelled set; throws one message listing every bad entry (by index). */
export function loadLabelledSet(file: string): LabelledTool[] {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file}: cannot read a JSON labelled set: ${error instanceof Error ? error.message : String(error)}`);
  }
  const parsed = LabelledSetSchema.safeParse(raw);
  if (!parsed.success) {
    const lines = parsed.error.issues.slice(0, 20).map((issue) => `${file}: ${formatPath(issue.path) || '(top level)'}: ${issue.message}`);
    const more = parsed.error.issues.length > 20 ? `\n… and ${parsed.error.issues.length - 20} more` : '';
    throw new Error(`invalid labelled set\n${lines.join('\n')}${more}`);
  }
  return parsed.data;
}

/** The tool as a server would list it. */
export function toToolDefinition(entry: LabelledTool): ToolDefinition {
  const tool: Record<string, unknown> = { name: entry.name, inputSchema: entry.inputSchema };
  if (entry.title) tool['title'] = entry.title;
  if (entry.description) tool['description'] = entry.description;
  if (entry.annotations) tool['annotations'] = entry.annotations;
  return tool as ToolDefinition;
}

/** One ServerContext per server, with every tool name the set lists for it. */
export function serverContexts(entries: readonly LabelledTool[]): Map<string, ServerContext> {
  const names = new Map<string, string[]>();
  for (const e of entries) {
    const list = names.get(e.server) ?? [];
    list.push(e.name);
    names.set(e.server, list);
  }
  const out = new Map<string, ServerContext>();
  for (const [server, toolNames] of names) out.set(server, { name: server, packageName: server, toolNames });
  return out;
}
