// The shapes the core hands to the CLI, the site and the tests.
import type { Classification } from './classify/types.ts';
import type { Diagnostic } from './diagnostics.ts';
import type { ServerManifest, ToolDefinition } from './manifest/schema.ts';

/** A tool as loaded from a manifest, before it is judged. */
export interface LoadedTool {
  /** The exact tool name the server lists. */
  name: string;
  /** URL- and file-safe, unique within its server, stable across builds. */
  slug: string;
  definition: ToolDefinition;
  warnings: Diagnostic[];
}

/** A server as loaded from one manifest file. */
export interface LoadedServer {
  file: string;
  /** URL- and file-safe, unique within the catalogue, stable across builds. */
  slug: string;
  manifest: ServerManifest;
  tools: LoadedTool[];
  /** Warnings about the server as a whole (tool-level ones live on the tools). */
  warnings: Diagnostic[];
}

export interface ClassifiedTool extends LoadedTool {
  classification: Classification;
}

export interface ClassifiedServer extends Omit<LoadedServer, 'tools'> {
  tools: ClassifiedTool[];
}
