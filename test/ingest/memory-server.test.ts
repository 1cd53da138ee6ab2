// End to end against a real server: the official memory server from node_modules,
// captured with the CLI into a temp folder.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ServerManifestSchema } from '../../src/core/manifest/schema.ts';
import { entries, ROOT, runCli, tempDir } from './helpers.ts';

const SERVER = join(ROOT, 'node_modules/@modelcontextprotocol/server-memory/dist/index.js');
const VERSION = (JSON.parse(readFileSync(join(ROOT, 'node_modules/@modelcontextprotocol/server-memory/package.json'), 'utf8')) as { version: string }).version;

describe('ingest of @modelcontextprotocol/server-memory', () => {
  it('writes a valid manifest with its tools, package and launch', async () => {
    const out = tempDir();
    const memoryFile = join(tempDir(), 'memory.jsonl');
    const result = await runCli(['ingest', '--out', out, '--name', 'Memory (reference server)', '--timeout', '30',
      '--env', `MEMORY_FILE_PATH=${memoryFile}`, '--', 'node', SERVER]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(entries(out)).toEqual(['memory-reference-server.json']);
    expect(result.stdout).toBe(`wrote ${join(out, 'memory-reference-server.json')}: 9 tools (new)\n`);

    const text = readFileSync(join(out, 'memory-reference-server.json'), 'utf8');
    expect(text.endsWith('}\n')).toBe(true);
    const manifest = ServerManifestSchema.parse(JSON.parse(text));
    expect(manifest.name).toBe('Memory (reference server)');
    expect(manifest.package).toEqual({ registry: 'npm', name: '@modelcontextprotocol/server-memory', version: VERSION });
    expect(manifest.repository).toBe('https://github.com/modelcontextprotocol/servers');
    // The env value is a path on this machine: only its name may be stored.
    expect(manifest.launch).toEqual({ command: 'node', args: [SERVER], env: ['MEMORY_FILE_PATH'] });
    expect(text).not.toContain(memoryFile);
    expect(manifest.serverInfo?.name).toBe('memory-server');
    expect(manifest.tools.map((t) => t.name).sort()).toEqual([
      'add_observations', 'create_entities', 'create_relations', 'delete_entities', 'delete_observations',
      'delete_relations', 'open_nodes', 'read_graph', 'search_nodes',
    ]);
    expect(manifest.tools.find((t) => t.name === 'create_entities')?.inputSchema).toMatchObject({ type: 'object', required: ['entities'] });
  });
});
