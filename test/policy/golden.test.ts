// Generated policies pinned as files: UPDATE_GOLDEN=1 npx vitest run test/policy rewrites them.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { BUILTIN_DEFAULTS, PolicyFileSchema, PRESETS, serverPolicyFiles, toolPolicy, validatePolicy } from '../../src/core/policy/index.ts';
import { fetcher, github, hostile, stripe } from './fixtures/servers.ts';

const dir = join(import.meta.dirname, 'golden');
const update = process.env.UPDATE_GOLDEN === '1';

function golden(name: string, text: string): void {
  const file = join(dir, name);
  if (update || !existsSync(file)) {
    if (!update) throw new Error(`missing golden ${name}: run UPDATE_GOLDEN=1 npx vitest run test/policy`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(file, text);
  }
  expect(text).toBe(readFileSync(file, 'utf8'));
}

describe.each([github, stripe, fetcher, hostile])('$slug', (server) => {
  const files = serverPolicyFiles(server, BUILTIN_DEFAULTS);
  test.each(PRESETS)('%s preset', (preset) => {
    const text = files[preset];
    expect(validatePolicy(text)).toEqual([]);
    PolicyFileSchema.parse(parse(text));
    golden(`${server.slug}.${preset}.yaml`, text);
  });

  test('snippets', () => {
    const out: string[] = [];
    for (const tool of server.tools) {
      const { recommended, alternatives, notes } = toolPolicy(server, tool, BUILTIN_DEFAULTS);
      for (const s of [recommended, ...alternatives]) {
        expect(validatePolicy(s.yaml), `${tool.name} ${s.id}`).toEqual([]);
        out.push(`##### ${JSON.stringify(tool.name)} ${s === recommended ? 'recommended' : 'alternative'} ${s.id}: ${s.label}\n# summary: ${s.summary}\n${s.yaml}`);
      }
      if (notes.length) out.push(`##### ${JSON.stringify(tool.name)} notes\n${notes.map((n) => `# ${n}`).join('\n')}\n`);
    }
    golden(`${server.slug}.snippets.txt`, out.join('\n'));
  });
});
