// Which npm package a launch command runs, and npm metadata normalised to web URLs.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inferPackage, parsePackageSpec, repositoryUrl } from '../../src/ingest/package-ref.ts';
import { ROOT } from './helpers.ts';

describe('inferPackage', () => {
  it.each([
    ['npx', ['-y', '@modelcontextprotocol/server-github@2025.4.8'], { name: '@modelcontextprotocol/server-github', version: '2025.4.8' }],
    ['npx', ['--yes', 'time-mcp@1.0.6', '--port', '1'], { name: 'time-mcp', version: '1.0.6' }],
    ['npx', ['-y', 'time-mcp@latest'], { name: 'time-mcp' }],
    ['npx', ['-y', 'time-mcp@^1.0.0'], { name: 'time-mcp' }],
    ['npx', ['-y', '-p', '@scope/pkg@2.0.0-beta.1', 'pkg-bin'], { name: '@scope/pkg', version: '2.0.0-beta.1' }],
    ['/usr/bin/npm', ['exec', '--', 'some-server@3.1.4'], { name: 'some-server', version: '3.1.4' }],
    ['npx', ['-y'], undefined],
    ['python3', ['-m', 'server'], undefined],
  ])('%s %j', (command, args, expected) => {
    expect(inferPackage(command, args)).toEqual(expected);
  });

  it('reads name, version and metadata of an installed package run with node', () => {
    const pkg = inferPackage('node', [join(ROOT, 'node_modules/@modelcontextprotocol/server-memory/dist/index.js')]);
    expect(pkg).toMatchObject({ name: '@modelcontextprotocol/server-memory', repository: 'https://github.com/modelcontextprotocol/servers' });
    expect(pkg?.version).toMatch(/^\d+\.\d+\.\d+$/);
  });
});

describe('repositoryUrl', () => {
  it.each([
    ['git+https://github.com/o/r.git', 'https://github.com/o/r'],
    [{ type: 'git', url: 'git://github.com/o/r.git' }, 'https://github.com/o/r'],
    ['git@gitlab.com:o/r.git', 'https://gitlab.com/o/r'],
    ['github:o/r', 'https://github.com/o/r'],
    ['o/r', 'https://github.com/o/r'],
    ['file:../local', undefined],
    [42, undefined],
  ])('%j → %s', (input, expected) => {
    expect(repositoryUrl(input)).toBe(expected);
  });
});

describe('parsePackageSpec', () => {
  it('rejects what is not a package name', () => {
    expect(parsePackageSpec('./local/dir')).toBeUndefined();
    expect(parsePackageSpec('https://example.com/x.tgz')).toBeUndefined();
  });
});
