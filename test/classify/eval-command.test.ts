// `mcp-catalogue eval --servers DIR`: each tool is classified against its whole server (as the
// catalogue does) where the folder has that server, and against the set's own sample otherwise.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { tempDir } from '../temp-dir.ts';

const CLI = join(import.meta.dirname, '../../src/cli/main.ts');
const dir = tempDir('eval-servers-');
const set = join(dir, 'set.json');
// Alone, `fill` reads as a write; on a server whose tools click and type, it is a browser step.
writeFileSync(set, JSON.stringify([{ server: 'demo-ui-mcp', name: 'fill', title: null, description: 'Fill a field with text.', inputSchema: { type: 'object' }, annotations: null, category: 'execute', risk: 'high' }]));
const servers = join(dir, 'servers');
mkdirSync(servers);
const tool = (name: string, description: string) => ({ name, description, inputSchema: { type: 'object', properties: {} } });
writeFileSync(join(servers, 'demo-ui.json'), JSON.stringify({
  name: 'Demo UI', package: { registry: 'npm', name: 'demo-ui-mcp', version: '1.0.0' },
  tools: [tool('fill', 'Fill a field with text.'), tool('click', 'Click an element on the page.'), tool('type', 'Type text into the focused element.')],
}));

function categoryAccuracy(...extra: string[]): number {
  const out = execFileSync(process.execPath, [CLI, 'eval', set, '--json', ...extra], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  return JSON.parse(out).annotations.categoryAccuracy;
}

describe('eval --servers', () => {
  test('the whole server decides what the sample alone cannot', () => {
    expect(categoryAccuracy()).toBe(0);
    expect(categoryAccuracy('--servers', servers)).toBe(1);
  });
  test('a folder that does not exist is a clear error, not a silent fallback', () => {
    const r = spawnSync(process.execPath, [CLI, 'eval', set, '--servers', join(dir, 'nope')], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--servers .*nope: no such folder/);
  });
});

describe('eval reports accuracy by the classifier\'s confidence', () => {
  test('every tool falls in one band, in the JSON and in the printed table', () => {
    const json = JSON.parse(execFileSync(process.execPath, [CLI, 'eval', set, '--json'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }));
    for (const mode of ['annotations', 'text-only']) {
      const bands = json[mode].byConfidence as { total: number }[];
      expect(bands.length).toBeGreaterThan(0);
      expect(bands.reduce((n, b) => n + b.total, 0)).toBe(json[mode].total);
    }
    const text = execFileSync(process.execPath, [CLI, 'eval', set], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    expect(text).toMatch(/by confidence\s+tools\s+category\s+risk\n\s+0\.0–0\.6\s+\d+/);
  });
});
