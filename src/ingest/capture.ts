// Capturing a live MCP server: start it (stdio) or reach it (Streamable HTTP), initialize
// with the official SDK client, page through tools/list, validate, and build a manifest.
// The server is untrusted: every failure becomes a CaptureError that says what happened
// and in which phase, and the server's whole process tree is gone when this returns.
import { redactEnvValues } from './redact.ts';
import * as z from 'zod';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { ErrorCode, McpError } from '@modelcontextprotocol/sdk/types.js';
import type { Transport } from '@modelcontextprotocol/sdk/shared/transport.js';
import { ServerManifestSchema, ToolsListResultSchema, type ServerManifest } from '../core/manifest/schema.ts';
import { zodIssuesToDiagnostics } from '../core/manifest/zod-issues.ts';
import { formatPath } from '../core/diagnostics.ts';
import { GroupStdioTransport } from './stdio-transport.ts';
import { inferPackage, type NpmPackage } from './package-ref.ts';
import { printable } from './text.ts';

export const DEFAULT_TIMEOUT_MS = 60_000;
/** More pages than any real server needs; a server still sending cursors after this is looping. */
export const DEFAULT_MAX_PAGES = 100;

interface CommonOptions {
  /** Display name for the manifest; defaults to the server's own title or name. */
  name?: string;
  /** For the whole capture: start, initialize and every tools/list page. */
  timeoutMs?: number;
  maxPages?: number;
  /** Clock for capturedAt (tests pin it). */
  now?: () => Date;
}

export interface StdioCaptureOptions extends CommonOptions {
  command: string;
  args?: string[];
  /** Passed to the server; only the names end up in the manifest (values it echoes back become `<NAME>`). */
  env?: Record<string, string>;
  /** Variables of `env` whose values may appear in the manifest as they are (the scratch folder ingest sets as HOME). */
  publicEnv?: readonly string[];
  /** Dummy credentials given in `args` (by name): redacted like env values, but not listed in the launch's env. */
  secrets?: Record<string, string>;
  cwd?: string;
  /** The npm package being run, when the caller knows it better than the command line does. */
  package?: NpmPackage;
  /** What to record as `launch` when the command actually run differs from how a user starts it. */
  recordLaunch?: { command: string; args: string[]; env: string[] };
  onStderr?: (chunk: string) => void;
}

export interface HttpCaptureOptions extends CommonOptions {
  url: string;
  /** Sent with every request; never stored. */
  headers?: Record<string, string>;
}

export type CaptureOptions = StdioCaptureOptions | HttpCaptureOptions;

export interface CaptureResult {
  manifest: ServerManifest;
  /** Things worth telling the user that did not stop the capture. */
  warnings: string[];
  /** How many tools/list pages the server sent. */
  pages: number;
}

export class CaptureError extends Error {
  /** The server's last stderr lines (stdio only), already made safe to print. */
  readonly stderr: string[];
  /** The server's exit code when it exited before answering (a wrapper's own codes mean something). */
  readonly exitCode?: number;
  constructor(message: string, stderr: string[] = [], exitCode?: number) {
    super(message);
    this.name = 'CaptureError';
    this.stderr = stderr;
    if (exitCode !== undefined) this.exitCode = exitCode;
  }
}

/** tools/list as the wire delivers it: checked by us afterwards, so nothing is dropped or reshaped. */
const RawToolsListResult = z.looseObject({});

function describeExit(exit: { code: number | null; signal: NodeJS.Signals | null }): string {
  return exit.signal ? `was killed by ${exit.signal}` : `exited with code ${exit.code}`;
}

function seconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(1))} s`;
}

/** Validates one page; returns errors as `tools[3] "name": inputSchema: …` and warnings. */
function checkPage(result: Record<string, unknown>, page: number): { errors: string[]; warnings: string[] } {
  const errors: string[] = [];
  const warnings: string[] = [];
  const parsed = ToolsListResultSchema.safeParse(result);
  if (parsed.success) return { errors, warnings };
  const where = page === 1 ? 'tools/list' : `tools/list page ${page}`;
  const tools = Array.isArray(result.tools) ? result.tools as unknown[] : [];
  for (const d of zodIssuesToDiagnostics(parsed.error, result, where)) {
    // Extra fields next to `tools` are the server's business, not a reason to fail.
    if (d.path === '' && d.message.startsWith('unknown field')) {
      warnings.push(`${where}: the result has ${d.message.replace(/: remove .*$/, '')} (ignored)`);
      continue;
    }
    const index = /^tools\[(\d+)\]/.exec(d.path)?.[1];
    const tool = index === undefined ? undefined : tools[Number(index)];
    const toolName = tool && typeof tool === 'object' && typeof (tool as { name?: unknown }).name === 'string'
      ? ` ("${printable((tool as { name: string }).name, 80)}")` : '';
    errors.push(`${where}: ${d.path || 'result'}${toolName}: ${printable(d.message, 300)}`);
  }
  return { errors, warnings };
}

function buildManifest(
  options: CaptureOptions,
  client: Client,
  tools: Record<string, unknown>[],
  now: Date,
): ServerManifest {
  const serverInfo = client.getServerVersion();
  const stdio = 'command' in options ? options : undefined;
  const pkg = stdio ? stdio.package ?? inferPackage(stdio.command, stdio.args ?? [], stdio.cwd) : undefined;
  const title = serverInfo && typeof serverInfo.title === 'string' && serverInfo.title.trim() ? serverInfo.title : undefined;
  const name = options.name?.trim() || title || serverInfo?.name?.trim() || pkg?.name
    || (stdio ? stdio.command : new URL((options as HttpCaptureOptions).url).host);

  const manifest: Record<string, unknown> = { name };
  if (pkg?.description) manifest.description = pkg.description;
  if (pkg?.homepage) manifest.homepage = pkg.homepage;
  if (pkg?.repository) manifest.repository = pkg.repository;
  if (pkg) manifest.package = pkg.version ? { registry: 'npm', name: pkg.name, version: pkg.version } : { registry: 'npm', name: pkg.name };
  if (stdio) {
    manifest.launch = stdio.recordLaunch ?? {
      command: stdio.command,
      args: stdio.args ?? [],
      env: Object.keys(stdio.env ?? {}).sort(),
    };
  } else {
    manifest.launch = { url: (options as HttpCaptureOptions).url };
  }
  if (serverInfo) manifest.serverInfo = serverInfo;
  const instructions = client.getInstructions();
  if (typeof instructions === 'string' && instructions !== '') manifest.instructions = instructions;
  manifest.capturedAt = now.toISOString().replace(/\.\d{3}Z$/, 'Z');
  manifest.tools = tools;

  const checked = ServerManifestSchema.safeParse(manifest);
  if (!checked.success) {
    const problems = checked.error.issues.map((i) => `${formatPath(i.path) || 'manifest'}: ${printable(i.message, 200)}`);
    throw new CaptureError(`the captured manifest does not pass the manifest schema:\n  ${problems.join('\n  ')}`);
  }
  // Keep our own object (not zod's output) so the tools stay exactly as the server sent them.
  return manifest as ServerManifest;
}

/**
 * Captures a server's tools into a manifest. Throws CaptureError on any fault: the server
 * cannot start or exits, does not answer in time, breaks the protocol, sends a malformed
 * list, or keeps sending cursors.
 */
export async function captureServer(options: CaptureOptions): Promise<CaptureResult> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxPages = options.maxPages ?? DEFAULT_MAX_PAGES;
  const stdio = 'command' in options ? options : undefined;

  let transport: Transport;
  let stdioTransport: GroupStdioTransport | undefined;
  if (stdio) {
    stdioTransport = new GroupStdioTransport({
      command: stdio.command,
      args: stdio.args ?? [],
      env: stdio.env ?? {},
      cwd: stdio.cwd,
      onStderr: stdio.onStderr,
    });
    transport = stdioTransport;
  } else {
    const http = options as HttpCaptureOptions;
    let url: URL;
    try {
      url = new URL(http.url);
    } catch {
      throw new CaptureError(`not a URL: ${JSON.stringify(http.url)}`);
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new CaptureError(`the URL must be http(s), got ${url.protocol}`);
    transport = new StreamableHTTPClientTransport(url, { requestInit: { headers: http.headers ?? {} } });
  }

  const client = new Client({ name: 'mcp-policy-catalogue-ingest', version: '0.1.0' }, { capabilities: {} });
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new Error('timeout')), timeoutMs);
  let phase = stdio ? 'start-up and initialize' : 'initialize';
  const warnings: string[] = [];

  const explain = (error: unknown): CaptureError => {
    if (error instanceof CaptureError) return error;
    const stderr = stdioTransport?.stderrLines() ?? [];
    const message = error instanceof Error ? error.message : String(error);
    // A server that printed text instead of answering: that text is the likely cause.
    const stray = stdioTransport?.strayOutput();
    const also = stray ? `; it wrote ${stray}` : '';
    if (stdioTransport?.protocolError) return new CaptureError(`${stdioTransport.protocolError.message} (during ${phase})`, stderr);
    if (stdioTransport?.spawnError) {
      const code = (stdioTransport.spawnError as NodeJS.ErrnoException).code;
      const hint = code === 'ENOENT' ? ': command not found (is it installed and on PATH?)'
        : code === 'EACCES' ? ': permission denied (is it executable?)' : `: ${message}`;
      return new CaptureError(`could not start ${JSON.stringify(stdio?.command)}${hint}`, stderr);
    }
    if (controller.signal.aborted || (error instanceof McpError && error.code === ErrorCode.RequestTimeout)) {
      return new CaptureError(`the server did not answer ${phase} within ${seconds(timeoutMs)}${also} (raise --timeout if it is just slow to start)`, stderr);
    }
    if (stdioTransport?.exit) {
      return new CaptureError(`the server ${describeExit(stdioTransport.exit)} during ${phase}${also}`, stderr, stdioTransport.exit.code ?? undefined);
    }
    if (error instanceof McpError) {
      return new CaptureError(`the server answered ${phase} with an error: ${printable(message, 300)}`, stderr);
    }
    return new CaptureError(`${phase} failed: ${printable(message, 300)}`, stderr);
  };

  try {
    const signal = controller.signal;
    await client.connect(transport, { signal, timeout: timeoutMs });
    if (!client.getServerCapabilities()?.tools) warnings.push('the server does not declare the "tools" capability; asked for tools/list anyway');

    const tools: Record<string, unknown>[] = [];
    const errors: string[] = [];
    const seenNames = new Map<string, number>();
    const seenCursors = new Set<string>();
    let cursor: string | undefined;
    let page = 0;
    do {
      page++;
      if (page > maxPages) {
        throw new CaptureError(`tools/list still sent a nextCursor after ${maxPages} pages; stopped (the server seems to loop over its cursors)`);
      }
      phase = page === 1 ? 'tools/list' : `tools/list page ${page}`;
      const result = await client.request(
        { method: 'tools/list', params: cursor === undefined ? {} : { cursor } },
        RawToolsListResult,
        { signal, timeout: timeoutMs },
      ) as Record<string, unknown>;
      const checked = checkPage(result, page);
      errors.push(...checked.errors);
      warnings.push(...checked.warnings);
      const pageTools = Array.isArray(result.tools) ? result.tools as unknown[] : [];
      for (const tool of pageTools) {
        if (!tool || typeof tool !== 'object' || Array.isArray(tool)) continue; // reported by checkPage
        const name = (tool as { name?: unknown }).name;
        if (typeof name === 'string') {
          const first = seenNames.get(name);
          if (first !== undefined) {
            errors.push(`tools/list: the tool "${printable(name, 80)}" is listed twice (pages ${first} and ${page})`);
            continue;
          }
          seenNames.set(name, page);
        }
        tools.push(tool as Record<string, unknown>);
      }
      const next = result.nextCursor;
      cursor = typeof next === 'string' && next !== '' ? next : undefined;
      if (cursor !== undefined) {
        if (seenCursors.has(cursor)) {
          throw new CaptureError(`tools/list sent the cursor "${printable(cursor, 60)}" a second time on page ${page}; stopped (the server loops over its cursors)`);
        }
        seenCursors.add(cursor);
      }
    } while (cursor !== undefined);

    if (errors.length > 0) {
      const shown = errors.slice(0, 20);
      const more = errors.length > shown.length ? `\n  … and ${errors.length - shown.length} more` : '';
      throw new CaptureError(`the server sent a malformed tools/list result (${errors.length} problem${errors.length === 1 ? '' : 's'}):\n  ${shown.join('\n  ')}${more}`);
    }
    if (tools.length === 0) warnings.push('the server lists no tools');
    const stray = stdioTransport?.strayOutput();
    if (stray) warnings.push(`the server wrote ${stray} and skipped (an MCP stdio server should log to stderr)`);
    const replies = stdioTransport?.repliesToNothingSent();
    if (replies) warnings.push(`the server sent ${replies}; skipped`);
    const built = buildManifest(options, client, tools, (options.now ?? (() => new Date()))());
    const secrets = { ...stdio?.secrets, ...Object.fromEntries(Object.entries(stdio?.env ?? {}).filter(([name]) => !stdio?.publicEnv?.includes(name))) };
    const { value: manifest, found } = redactEnvValues(built, secrets);
    if (found.length > 0) warnings.push(`the server echoed the value of ${found.join(', ')} into its tools; recorded as ${found.map((n) => `<${n}>`).join(', ')}`);
    return { manifest, warnings, pages: page };
  } catch (error) {
    throw explain(error);
  } finally {
    clearTimeout(timer);
    await transport.close().catch(() => {});
    await client.close().catch(() => {});
  }
}
