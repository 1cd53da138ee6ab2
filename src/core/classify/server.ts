// The server context a tool is classified against, built the same way wherever tools are classified
// (the CLI, the catalogue build, the evaluation), so that a tool gets the same answer everywhere.
import type { LoadedServer } from '../model.ts';
import type { Classification, ServerContext } from './types.ts';
import { classifyTool } from './index.ts';

export function serverContext(server: LoadedServer): ServerContext {
  const m = server.manifest;
  return {
    name: m.name,
    ...(m.description !== undefined ? { description: m.description } : {}),
    ...(m.package?.name !== undefined ? { packageName: m.package.name } : {}),
    toolNames: server.tools.map((t) => t.name),
  };
}

export interface ClassifiedRow extends Classification {
  server: string;
  tool: string;
}

/** Every tool of a loaded server, classified against one shared context. */
export function classifyServer(server: LoadedServer): ClassifiedRow[] {
  const context = serverContext(server);
  return server.tools.map((t) => {
    const c = classifyTool(t.definition, context);
    return { server: server.manifest.name, tool: t.name, category: c.category, risk: c.risk, confidence: c.confidence, signals: c.signals, rationale: c.rationale };
  });
}
