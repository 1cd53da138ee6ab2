// The classifier: every MCP tool gets a category and a risk (shared/LABELS.md), with the
// evidence and a rationale. Deterministic, offline and linear in the size of the tool.
import type { ToolDefinition } from '../manifest/schema.ts';
import type { Classification, ServerContext } from './types.ts';
import { collectEvidence } from './evidence.ts';
import { decide } from './decide.ts';
import { rationale } from './rationale.ts';

export type { Classification, ServerContext, Signal } from './types.ts';

export function classifyTool(tool: ToolDefinition, server: ServerContext): Classification {
  const evidence = collectEvidence(tool, server);
  const decision = decide(evidence);
  return {
    category: decision.category,
    risk: decision.risk,
    confidence: decision.confidence,
    signals: decision.signals,
    rationale: rationale(tool.name, evidence, decision),
  };
}

/** The same tool with its annotations removed: what the text alone says. */
export function withoutAnnotations(tool: ToolDefinition): ToolDefinition {
  const { annotations: _dropped, ...rest } = tool;
  return rest as ToolDefinition;
}
