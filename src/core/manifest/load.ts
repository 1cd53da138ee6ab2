// Loads server manifests from files, validates them all, and reports every problem at once.
// Nothing here throws on bad input: callers get diagnostics and decide (the build stops on errors).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { parseDocument } from 'yaml';
import type { Diagnostic } from '../diagnostics.ts';
import type { LoadedServer, LoadedTool } from '../model.ts';
import { assignSlugs, slugify } from '../slug.ts';
import { ServerManifestSchema, ToolsListResultSchema, type ServerManifest } from './schema.ts';
import { toolWarnings } from './warnings.ts';
import { zodIssuesToDiagnostics } from './zod-issues.ts';

export const MANIFEST_EXTENSIONS = ['.json', '.yaml', '.yml'] as const;
/** Far above any real manifest (the largest real server lists ~400 tools in ~1 MB). */
const MAX_FILE_BYTES = 64 * 1024 * 1024;
/** Files that may sit beside manifests in a data folder but are not manifests. */
const CONFIG_FILES = new Set(['site.yaml', 'sources.yaml', 'policy-defaults.yaml']);

export interface LoadResult {
  /** Present when the file has no errors (it may still have warnings). */
  server?: LoadedServer;
  diagnostics: Diagnostic[];
}

export interface DataDirResult {
  servers: LoadedServer[];
  diagnostics: Diagnostic[];
}

function error(file: string, path: string, message: string): Diagnostic {
  return { severity: 'error', file, path, message };
}

/** Reads and parses a JSON or YAML file; a syntax error becomes a diagnostic with line and column. */
function readStructured(file: string): { data?: unknown; diagnostics: Diagnostic[] } {
  let size: number;
  try {
    size = statSync(file).size;
  } catch (e) {
    return { diagnostics: [error(file, '', `cannot read the file (${(e as NodeJS.ErrnoException).code ?? e})`)] };
  }
  if (size > MAX_FILE_BYTES) {
    return { diagnostics: [error(file, '', `the file is ${Math.round(size / 1048576)} MB; manifests over 64 MB are refused`)] };
  }
  const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  if (extname(file).toLowerCase() === '.json') {
    try {
      return { data: JSON.parse(text), diagnostics: [] };
    } catch (e) {
      // V8 rarely says where; the YAML parser (JSON is YAML) gives a line and column.
      const pos = parseDocument(text).errors[0]?.linePos?.[0];
      const at = pos ? ` at line ${pos.line}, column ${pos.col}` : '';
      const what = (e as Error).message.replace(/, (?:\.\.\.)?"[\s\S]*" is not valid JSON$/, '');
      return { diagnostics: [error(file, '', `not valid JSON${at}: ${what}; fix the syntax there`)] };
    }
  }
  const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: true });
  const syntax = yamlSyntaxErrors(text, file, 'YAML', doc);
  if (syntax.length > 0) return { diagnostics: syntax };
  try {
    return { data: doc.toJS({ maxAliasCount: 100 }), diagnostics: [] };
  } catch (e) {
    return { diagnostics: [error(file, '', `YAML cannot be used: ${(e as Error).message}`)] };
  }
}

function yamlSyntaxErrors(text: string, file: string, format: string, doc = parseDocument(text, { uniqueKeys: true, prettyErrors: true })): Diagnostic[] {
  return doc.errors.map((e) => {
    const at = e.linePos?.[0] ? ` at line ${e.linePos[0].line}, column ${e.linePos[0].col}` : '';
    const what = e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    return error(file, '', `not valid ${format}${at}: ${what}; fix the syntax there`);
  });
}

const TOOLS_LIST_KEYS = new Set(['tools', 'nextCursor', '_meta']);

/** `{ "tools": [...] }` as a server returns it; anything more is taken as a (perhaps broken) manifest. */
function isBareToolsList(data: object): boolean {
  const keys = Object.keys(data);
  return keys.includes('tools') && keys.every((k) => TOOLS_LIST_KEYS.has(k));
}

/** Validates one parsed manifest; `fileStem` names a bare tools/list result. */
function validateManifest(data: unknown, file: string, fileStem: string): { manifest?: ServerManifest; diagnostics: Diagnostic[] } {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    const got = Array.isArray(data) ? 'an array' : data === null ? 'null' : `a ${typeof data}`;
    const hint = Array.isArray(data) ? ' (a bare tool array? wrap it as { "tools": [...] })' : '';
    return { diagnostics: [error(file, '', `expected a server manifest object with "name" and "tools", got ${got}${hint}`)] };
  }
  if (isBareToolsList(data)) {
    const parsed = ToolsListResultSchema.safeParse(data);
    if (!parsed.success) return { diagnostics: zodIssuesToDiagnostics(parsed.error, data, file) };
    return { manifest: { name: fileStem, tools: parsed.data.tools }, diagnostics: [] };
  }
  const parsed = ServerManifestSchema.safeParse(data);
  if (!parsed.success) return { diagnostics: zodIssuesToDiagnostics(parsed.error, data, file) };
  return { manifest: parsed.data, diagnostics: [] };
}

/** Works on the raw data, so duplicates are reported alongside schema errors. */
function duplicateToolNames(data: unknown, file: string): Diagnostic[] {
  const tools = (data as { tools?: unknown } | null)?.tools;
  if (!Array.isArray(tools)) return [];
  const firstIndex = new Map<string, number>();
  const problems: Diagnostic[] = [];
  tools.forEach((tool: unknown, index) => {
    const name = (tool as { name?: unknown } | null)?.name;
    if (typeof name !== 'string') return;
    const first = firstIndex.get(name);
    if (first === undefined) firstIndex.set(name, index);
    else problems.push(error(file, `tools[${index}].name`, `duplicate tool name ${JSON.stringify(name)} (also tools[${first}]); tool names must be unique within a server`));
  });
  return problems;
}

function toLoadedTools(manifest: ServerManifest, file: string): LoadedTool[] {
  const { slugs, collisions } = assignSlugs(manifest.tools.map((t) => t.name), 'tool');
  const collidingWith = new Map<string, string[]>();
  for (const group of collisions) for (const name of group) collidingWith.set(name, group.filter((n) => n !== name));

  return manifest.tools.map((definition, index) => {
    const warnings = toolWarnings(definition, file, `tools[${index}]`);
    const others = collidingWith.get(definition.name);
    if (others) {
      warnings.push({
        severity: 'warning',
        file,
        path: `tools[${index}].name`,
        message: `${JSON.stringify(definition.name)} makes the same URL name as ${others.map((o) => JSON.stringify(o)).join(', ')}; it was given the distinct slug "${slugs.get(definition.name)}"`,
      });
    }
    return { name: definition.name, slug: slugs.get(definition.name)!, definition, warnings };
  });
}

/** Loads one manifest file on its own (its slug comes from the manifest or the file name). */
export function loadManifestFile(file: string): LoadResult {
  const stem = basename(file, extname(file));
  const read = readStructured(file);
  if (read.diagnostics.length > 0) return { diagnostics: read.diagnostics };
  const { manifest, diagnostics } = validateManifest(read.data, file, stem);
  const duplicates = typeof read.data === 'object' ? duplicateToolNames(read.data, file) : [];
  if (!manifest || duplicates.length > 0) return { diagnostics: [...diagnostics, ...duplicates] };

  const tools = toLoadedTools(manifest, file);
  const warnings: Diagnostic[] = [];
  if (manifest.tools.length === 0) warnings.push({ severity: 'warning', file, path: 'tools', message: 'the server lists no tools' });
  const server: LoadedServer = { file, slug: manifest.slug ?? slugify(stem, 'server'), manifest, tools, warnings };
  return { server, diagnostics: [...warnings, ...tools.flatMap((t) => t.warnings)] };
}

/** The manifest files of a data folder: `<dir>/servers/` if it exists, else `<dir>` itself. */
export function manifestFiles(dir: string): string[] {
  const folder = existsSync(join(dir, 'servers')) ? join(dir, 'servers') : dir;
  return readdirSync(folder, { withFileTypes: true })
    .filter((e) => e.isFile() && (MANIFEST_EXTENSIONS as readonly string[]).includes(extname(e.name).toLowerCase()) && !CONFIG_FILES.has(e.name))
    .map((e) => join(folder, e.name))
    .sort();
}

/** Loads every manifest of a data folder and gives each server a unique slug. */
export function loadDataDir(dir: string): DataDirResult {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    return { servers: [], diagnostics: [error(dir, '', 'no such folder; pass the folder that holds your manifests (or its parent with a servers/ folder) as --data')] };
  }
  const files = manifestFiles(dir);
  const diagnostics: Diagnostic[] = [];
  if (files.length === 0) diagnostics.push(error(dir, '', 'no manifests (*.json, *.yaml) found; put one file per server in servers/'));

  const loaded: LoadedServer[] = [];
  const stems = new Map<string, string>();
  for (const file of files) {
    const stem = basename(file, extname(file));
    const other = stems.get(stem);
    if (other) {
      diagnostics.push(error(file, '', `a second manifest for "${stem}" (also ${other}); keep one of the two files`));
      continue;
    }
    stems.set(stem, file);
    const result = loadManifestFile(file);
    diagnostics.push(...result.diagnostics);
    if (result.server) loaded.push(result.server);
  }

  // Explicit slugs must be unique; derived ones give way to them and to each other by the slug rule.
  const explicitOwner = new Map<string, string>();
  for (const server of loaded) {
    const explicit = server.manifest.slug;
    if (!explicit) continue;
    const owner = explicitOwner.get(explicit);
    if (owner) diagnostics.push(error(server.file, 'slug', `slug "${explicit}" is already used by ${owner}; choose another`));
    else explicitOwner.set(explicit, server.file);
  }
  const keyOf = (s: LoadedServer) => basename(s.file, extname(s.file));
  const preferred = new Map(loaded.filter((s) => s.manifest.slug).map((s) => [keyOf(s), s.manifest.slug!]));
  const { slugs, collisions } = assignSlugs(loaded.map(keyOf), 'server', preferred);
  const colliding = new Set(collisions.flat());
  for (const server of loaded) {
    server.slug = slugs.get(keyOf(server))!;
    if (colliding.has(keyOf(server)) && server.slug !== (server.manifest.slug ?? slugify(keyOf(server), 'server'))) {
      const warning: Diagnostic = { severity: 'warning', file: server.file, path: '', message: `its URL name collides with another server's; it was given the distinct slug "${server.slug}" (set "slug" in the manifest to choose one)` };
      server.warnings.push(warning);
      diagnostics.push(warning);
    }
  }
  return { servers: loaded, diagnostics };
}
