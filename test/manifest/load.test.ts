import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { formatDiagnostic } from '../../src/core/diagnostics.ts';
import { loadDataDir, loadManifestFile } from '../../src/core/manifest/load.ts';

const FIXTURES = join(import.meta.dirname, '../fixtures/manifests');
const messages = (file: string) => loadManifestFile(join(FIXTURES, file)).diagnostics.map((d) => formatDiagnostic({ ...d, file: 'F' }));

describe('every error class is reported with its place and a usable message', () => {
  test.each([
    ['error-unparseable.json', ["F: not valid JSON at line 1, column 32: Unexpected token '}'; fix the syntax there"]],
    ['error-yaml-duplicate-key.yaml', ['F: not valid YAML at line 4, column 5: Map keys must be unique; fix the syntax there']],
    ['error-missing-name.json', ['F: name: required, but missing']],
    ['error-missing-tools.json', ['F: tools: required, but missing']],
    ['error-empty-name.json', ['F: name: must not be empty']],
    ['error-tool-without-name.json', ['F: tools[0].name: required, but missing']],
    ['error-duplicate-tool-names.json', ['F: tools[1].name: duplicate tool name "get" (also tools[0]); tool names must be unique within a server']],
    ['error-input-schema-not-object.json', ['F: tools[0].inputSchema: expected an object, got a string']],
    ['error-launch-shape.json', ['F: launch: expected { command, args, env } (a stdio server) or { url } (an HTTP server); got an object']],
    ['error-launch-env-values.json', ['F: launch: expected { command, args, env } (a stdio server) or { url } (an HTTP server); got an object']],
    ['error-array-root.json', ['F: expected a server manifest object with "name" and "tools", got an array (a bare tool array? wrap it as { "tools": [...] })']],
    ['error-slug-path.json', ['F: slug: lower-case letters, digits and dashes, starting with a letter or digit, at most 80']],
  ])('%s', (file, expected) => {
    const result = loadManifestFile(join(FIXTURES, file));
    expect(result.server).toBeUndefined();
    expect(messages(file)).toEqual(expected);
  });
});

describe('warnings keep the server but say what is odd', () => {
  test.each([
    ['warning-odd-names.json', ['tools[0].name: "get file" is outside MCP', 'tools[1].name: a tool named "*" is Intercept\'s wildcard']],
    ['warning-short-descriptions.json', ['tools[0].description: a very short description (8 characters)', 'tools[1].description: no description']],
    ['warning-schema-without-type.json', ['tools[0].inputSchema: no "type" or "properties"']],
    ['warning-long-description.json', ['tools[0].description: the description is 11 KB (over 10 KB)']],
    ['warning-slug-collision.json', ['tools[0].name: "get_file" makes the same URL name as "get-file"; it was given the distinct slug "get-file-']],
  ])('%s', (file, expected) => {
    const result = loadManifestFile(join(FIXTURES, file));
    expect(result.server).toBeDefined();
    const got = messages(file);
    expect(got.every((m) => m.startsWith('warning: '))).toBe(true);
    for (const fragment of expected) expect(got.some((m) => m.includes(fragment)), `${fragment}\n in ${got.join('\n')}`).toBe(true);
  });
});

test('a full manifest keeps every field of every tool, including unknown ones', () => {
  const { server, diagnostics } = loadManifestFile(join(FIXTURES, 'valid-full.json'));
  expect(diagnostics).toEqual([]);
  expect(server?.slug).toBe('example-files');
  expect(server?.manifest.launch).toEqual({ command: 'npx', args: ['-y', '@example/files@1.2.3', '/data'], env: ['EXAMPLE_TOKEN'] });
  expect(server?.tools.map((t) => t.slug)).toEqual(['read-file', 'write-file']);
  expect(server?.tools[0]?.definition).toMatchObject({ futureField: { kept: true }, annotations: { readOnlyHint: true } });
  expect(server?.tools[1]?.definition._meta).toEqual({ x: 1 });
});

test('a bare tools/list result takes its name from the file', () => {
  const { server } = loadManifestFile(join(FIXTURES, 'valid-bare-tools-list.json'));
  expect(server?.manifest.name).toBe('valid-bare-tools-list');
  expect(server?.tools.map((t) => t.name)).toEqual(['echo']);
});

test('the fixture corpus loads with exactly the expected failures', () => {
  const files = readdirSync(FIXTURES).sort();
  const failing = files.filter((f) => loadManifestFile(join(FIXTURES, f)).server === undefined);
  expect(failing).toEqual(files.filter((f) => f.startsWith('error-')));
  const { servers, diagnostics } = loadDataDir(FIXTURES);
  expect(servers.length).toBe(files.length - failing.length);
  expect(new Set(servers.map((s) => s.slug)).size).toBe(servers.length);
  expect(diagnostics.filter((d) => d.severity === 'error').map((d) => d.file.split('/').pop())).toEqual(
    expect.arrayContaining(failing),
  );
});

test('a folder that does not exist is one clear error', () => {
  const { diagnostics } = loadDataDir('/nonexistent/folder');
  expect(diagnostics.map(formatDiagnostic)).toEqual([
    '/nonexistent/folder: no such folder; pass the folder that holds your manifests (or its parent with a servers/ folder) as --data',
  ]);
});
