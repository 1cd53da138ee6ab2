// Shared by the table-driven classifier tests: invented tools and servers, and one check per row.
import { expect, test } from 'vitest';
import { classifyTool } from '../../src/core/classify/index.ts';
import type { ServerContext } from '../../src/core/classify/types.ts';
import type { Category, Risk } from '../../src/core/labels.ts';
import type { ToolDefinition } from '../../src/core/manifest/schema.ts';

export const server = (name: string, toolNames: string[] = [], packageName?: string): ServerContext =>
  ({ name, toolNames, ...(packageName ? { packageName } : {}) });

export function tool(name: string, description = '', properties: Record<string, unknown> = {}, annotations?: Record<string, unknown>): ToolDefinition {
  return { name, description, inputSchema: { type: 'object', properties }, ...(annotations ? { annotations } : {}) } as ToolDefinition;
}

/** A row: what the principle predicts (risk `undefined` = not what the row is about). */
export type Row = [label: string, tool: ToolDefinition, ctx: ServerContext, category: Category, risk: Risk | undefined];

export function check(rows: Row[]) {
  test.each(rows)('%s', (_label, t, ctx, category, risk) => {
    const c = classifyTool(t, ctx);
    expect(c.category).toBe(category);
    if (risk) expect(c.risk).toBe(risk);
    // Explainable: the rationale is a few sentences and the signals name what decided it.
    expect(c.rationale.split(/(?<=\.) /).length).toBeLessThanOrEqual(4);
    expect(c.signals.length).toBeGreaterThan(0);
  });
}
