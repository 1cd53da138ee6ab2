// The server context a tool is classified against, built the same way wherever tools are classified
// (the CLI, the catalogue build, the evaluation), so that a tool gets the same answer everywhere.
import type { ClassifiedServer, LoadedServer } from '../model.ts';
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

/** The server with every tool classified against one shared context. */
export function classifyLoadedServer(server: LoadedServer): ClassifiedServer {
  const context = serverContext(server);
  return { ...server, tools: server.tools.map((t) => ({ ...t, classification: classifyTool(t.definition, context) })) };
}

/** Every tool of a loaded server, classified, as rows for the CLI. */
export function classifyServer(server: LoadedServer): ClassifiedRow[] {
  return classifyLoadedServer(server).tools.map((t) => ({ server: server.manifest.name, tool: t.name, ...t.classification }));
}
