// captureServer as a library (the policy command calls it): paging, verbatim tools,
// what it records, and what it refuses to record.
import { join } from 'node:path';
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import * as z from 'zod';
import { captureServer, CaptureError } from '../../src/ingest/capture.ts';
import { ServerManifestSchema } from '../../src/core/manifest/schema.ts';
import { FIXTURES } from './helpers.ts';

const now = () => new Date('2026-11-22T10:20:30.456Z');

describe('captureServer over stdio', () => {
  it('records an env value the server echoes into its tools as <NAME>, and says so', async () => {
    const { manifest, warnings } = await captureServer({
      command: process.execPath,
      args: [join(FIXTURES, 'echo-env.mjs')],
      env: { ECHOED_ID: '0123456789abcdef0123456789abcdef', HOME: '/tmp/scratch-shown-as-is' },
      publicEnv: ['HOME'],
      timeoutMs: 30_000,
      now,
    });
    expect(JSON.stringify(manifest)).not.toContain('0123456789abcdef0123456789abcdef');
    expect(manifest.tools[0]?.description).toBe('Reads page <ECHOED_ID> unless another is given.');
    expect(manifest.tools[0]?.inputSchema).toEqual({ type: 'object', properties: { page_id: { type: 'string', default: '<ECHOED_ID>' } } });
    expect(warnings).toEqual(['the server echoed the value of ECHOED_ID into its tools; recorded as <ECHOED_ID>']);
  });

  it('records a secret given in args that the server echoes as <NAME>, without listing it as env', async () => {
    const { manifest, warnings } = await captureServer({
      command: process.execPath,
      args: [join(FIXTURES, 'echo-env.mjs'), 'dummy-page-key-0123456789'],
      secrets: { PAGE_KEY: 'dummy-page-key-0123456789' },
      timeoutMs: 30_000,
      now,
    });
    expect(JSON.stringify(manifest)).not.toContain('dummy-page-key-0123456789');
    expect(manifest.tools[0]?.description).toBe('Reads page <PAGE_KEY> unless another is given.');
    expect(manifest.launch).toEqual({ command: process.execPath, args: [join(FIXTURES, 'echo-env.mjs'), '<PAGE_KEY>'], env: [] });
    expect(warnings).toEqual(['the server echoed the value of PAGE_KEY into its tools; recorded as <PAGE_KEY>']);
  });

  it('leaves values too short to tell apart, and public ones, as the server sent them', async () => {
    const { manifest, warnings } = await captureServer({
      command: process.execPath,
      args: [join(FIXTURES, 'echo-env.mjs')],
      env: { ECHOED_ID: 'p1' },
      timeoutMs: 30_000,
      now,
    });
    expect(manifest.tools[0]?.description).toBe('Reads page p1 unless another is given.');
    expect(warnings).toEqual([]);
  });

  it('follows nextCursor and keeps every tool exactly as sent', async () => {
    const { manifest, pages, warnings } = await captureServer({
      command: process.execPath,
      args: [join(FIXTURES, 'paged.mjs')],
      env: { FIXTURE_VARIANT: '1', API_TOKEN: 'secret-value' },
      timeoutMs: 30_000,
      now,
    });
    expect(pages).toBe(2);
    expect(warnings).toEqual([]);
    expect(ServerManifestSchema.safeParse(manifest).success).toBe(true);
    expect(manifest.tools.map((t) => t.name)).toEqual(['read_file', 'lax_schema', 'write_file', 'list_dir']);
    // No "type": the SDK's strict Tool schema would reject it; unknown fields survive too.
    expect(manifest.tools[1]).toEqual({
      name: 'lax_schema',
      description: 'Schema without a type',
      inputSchema: { $schema: 'http://json-schema.org/draft-07/schema#' },
      'x-vendor': { kept: true },
    });
    expect(manifest.name).toBe('paged-fixture');
    expect(manifest.instructions).toBe('Use read_file before write_file.');
    expect(manifest.capturedAt).toBe('2026-11-22T10:20:30Z');
    expect(manifest.launch).toEqual({ command: process.execPath, args: [join(FIXTURES, 'paged.mjs')], env: ['API_TOKEN', 'FIXTURE_VARIANT'] });
    expect(JSON.stringify(manifest)).not.toContain('secret-value');
  });

  it('throws a CaptureError carrying the stderr tail', async () => {
    const error = await captureServer({ command: process.execPath, args: [join(FIXTURES, 'exits-at-once.mjs')], timeoutMs: 30_000 })
      .then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(CaptureError);
    expect((error as CaptureError).stderr).toEqual(['starting fixture server', 'Error: FIXTURE_TOKEN is not set; cannot start']);
  });

  it('honours a smaller page cap', async () => {
    await expect(captureServer({ command: process.execPath, args: [join(FIXTURES, 'cursor-loop.mjs'), 'fresh'], timeoutMs: 30_000, maxPages: 3 }))
      .rejects.toThrow('tools/list still sent a nextCursor after 3 pages');
  });
});

describe('captureServer over Streamable HTTP', () => {
  let http: Server;
  let url: string;
  const seenAuth: (string | undefined)[] = [];

  beforeAll(async () => {
    // Stateless: a fresh MCP server and transport for every request.
    http = createServer((req, res) => {
      seenAuth.push(req.headers.authorization);
      const server = new McpServer({ name: 'http-fixture', version: '3.1.0' });
      server.registerTool('echo', { description: 'Echo a message', inputSchema: { message: z.string() } }, ({ message }) => ({ content: [{ type: 'text', text: message }] }));
      const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined });
      res.on('close', () => { void transport.close(); void server.close(); });
      void server.connect(transport).then(() => transport.handleRequest(req, res));
    });
    await new Promise<void>((ready) => http.listen(0, '127.0.0.1', ready));
    const address = http.address();
    if (!address || typeof address === 'string') throw new Error('no port');
    url = `http://127.0.0.1:${address.port}/mcp`;
  });
  afterAll(() => new Promise<void>((done) => http.close(() => done())));

  it('captures the tools, records the URL and never the headers', async () => {
    const { manifest } = await captureServer({ url, headers: { Authorization: 'Bearer top-secret' }, timeoutMs: 30_000, name: 'HTTP fixture', now });
    expect(seenAuth.length).toBeGreaterThan(0);
    expect(seenAuth.every((h) => h === 'Bearer top-secret')).toBe(true);
    expect(manifest.name).toBe('HTTP fixture');
    expect(manifest.launch).toEqual({ url });
    expect(manifest.serverInfo).toMatchObject({ name: 'http-fixture', version: '3.1.0' });
    expect(manifest.tools.map((t) => t.name)).toEqual(['echo']);
    expect(JSON.stringify(manifest)).not.toContain('top-secret');
    expect(ServerManifestSchema.safeParse(manifest).success).toBe(true);
  });

  it('explains a server that is not there', async () => {
    const closed = createServer();
    await new Promise<void>((ready) => closed.listen(0, '127.0.0.1', ready));
    const port = (closed.address() as { port: number }).port;
    await new Promise<void>((done) => closed.close(() => done()));
    await expect(captureServer({ url: `http://127.0.0.1:${port}/mcp`, timeoutMs: 3000 })).rejects.toThrow(/^initialize failed: .*fetch failed|ECONNREFUSED/);
  });
});
