import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serializeManifest, writeFileAtomic } from '../../src/ingest/manifest-file.ts';
import { diffManifests } from '../../src/ingest/diff.ts';
import type { ServerManifest } from '../../src/core/manifest/schema.ts';
import { entries, tempDir } from './helpers.ts';

describe('writeFileAtomic', () => {
  it('replaces the file whole', () => {
    const dir = tempDir();
    const file = join(dir, 'a.json');
    writeFileAtomic(file, 'one\n');
    writeFileAtomic(file, 'two\n');
    expect(readFileSync(file, 'utf8')).toBe('two\n');
    expect(entries(dir)).toEqual(['a.json']);
  });

  it('leaves no temp file when the rename fails', () => {
    const dir = tempDir();
    const target = join(dir, 'taken.json');
    mkdirSync(join(target, 'child'), { recursive: true }); // a non-empty folder cannot be renamed over
    expect(() => writeFileAtomic(target, '{}\n')).toThrow();
    expect(entries(dir)).toEqual(['taken.json']);
  });
});

describe('serializeManifest', () => {
  it('orders top-level keys the same way whatever order they came in, and keeps tools verbatim', () => {
    const tool = { name: 't', inputSchema: { type: 'object' }, description: 'd' };
    const a = serializeManifest({ tools: [tool], capturedAt: '2026-01-01T00:00:00Z', name: 'X' } as ServerManifest);
    const b = serializeManifest({ name: 'X', capturedAt: '2026-01-01T00:00:00Z', tools: [tool] } as ServerManifest);
    expect(a).toBe(b);
    expect(a).toBe('{\n  "name": "X",\n  "capturedAt": "2026-01-01T00:00:00Z",\n  "tools": [\n    {\n      "name": "t",\n      "inputSchema": {\n        "type": "object"\n      },\n      "description": "d"\n    }\n  ]\n}\n');
  });
});

describe('diffManifests', () => {
  const m = (tools: Record<string, unknown>[]) => ({ name: 'S', tools }) as ServerManifest;
  it('ignores key order but sees schema and annotation changes', () => {
    const before = m([
      { name: 'a', inputSchema: { type: 'object', properties: { x: { type: 'string' } } } },
      { name: 'b', inputSchema: { type: 'object' }, annotations: { readOnlyHint: true } },
    ]);
    const after = m([
      { inputSchema: { properties: { x: { type: 'string' } }, type: 'object' }, name: 'a' },
      { name: 'b', inputSchema: { type: 'object', required: [] }, annotations: { readOnlyHint: false } },
    ]);
    expect(diffManifests(before, after)).toEqual({ added: [], removed: [], changed: [{ name: 'b', fields: ['annotations', 'inputSchema'] }], server: [] });
  });
});
