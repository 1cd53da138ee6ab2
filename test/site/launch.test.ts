import { describe, expect, test } from 'vitest';
import { ingestCommand, interceptCommand, launchInfo, shellQuote } from '../../src/core/launch.ts';

describe('launch commands', () => {
  test('shell quoting', () => {
    expect(shellQuote('@scope/pkg')).toBe('@scope/pkg');
    expect(shellQuote('/srv/shared data')).toBe(`'/srv/shared data'`);
    expect(shellQuote(`it's`)).toBe(`'it'\\''s'`);
    expect(shellQuote('$(rm -rf /)')).toBe(`'$(rm -rf /)'`);
  });

  test('from launch, package or URL', () => {
    const fromLaunch = launchInfo({ name: 'fs', tools: [], launch: { command: 'npx', args: ['-y', '@modelcontextprotocol/server-filesystem', '/srv/a b'], env: [] } });
    expect(interceptCommand('fs.yaml', fromLaunch)).toBe(`intercept -c fs.yaml -- npx -y @modelcontextprotocol/server-filesystem '/srv/a b'`);
    expect(ingestCommand(fromLaunch)).toBe(`npx mcp-catalogue ingest -- npx -y @modelcontextprotocol/server-filesystem '/srv/a b'`);
    const fromPackage = launchInfo({ name: 'gh', tools: [], package: { registry: 'npm', name: '@modelcontextprotocol/server-github' } });
    expect(interceptCommand('gh.yaml', fromPackage)).toBe('intercept -c gh.yaml -- npx -y @modelcontextprotocol/server-github');
    const withEnv = launchInfo({ name: 'gh', tools: [], launch: { command: 'npx', args: ['-y', '@modelcontextprotocol/server-github'], env: ['GITHUB_PERSONAL_ACCESS_TOKEN'] } });
    expect(ingestCommand(withEnv)).toBe('npx mcp-catalogue ingest --env GITHUB_PERSONAL_ACCESS_TOKEN -- npx -y @modelcontextprotocol/server-github');
    const remote = launchInfo({ name: 'r', tools: [], launch: { url: 'https://mcp.example.com/mcp' } });
    expect(interceptCommand('r.yaml', remote)).toBe('intercept -c r.yaml --upstream https://mcp.example.com/mcp');
    expect(interceptCommand('x.yaml', launchInfo({ name: 'x', tools: [] }))).toBe('intercept -c x.yaml -- <your server command>');
  });
});
