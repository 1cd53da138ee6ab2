// `ingest --all` over a sources file, with packages already in the cache (so no registry is
// needed): plain progress lines when not a TTY, a summary, exit 1 when any source failed,
// and the launch recorded the way a user would start the server.
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ServerManifestSchema } from '../../src/core/manifest/schema.ts';
import { isolationProblem } from '../../src/ingest/isolate.ts';
import { commandLines } from '../../src/ingest/all.ts';
import { parseSources } from '../../src/ingest/sources.ts';
import { cachePackage, entries, runCli, tempDir } from './helpers.ts';

describe('ingest --all', () => {
  const isolation = isolationProblem() === undefined ? [] : ['--no-isolate'];

  it('captures every source, reports each one and sums up', async () => {
    const root = tempDir();
    chmodSync(root, 0o755); // isolated servers run as an unprivileged user, who must reach their install
    const cache = join(root, 'cache');
    const out = join(root, 'out');
    cachePackage(cache, 'fixture-paged', '1.0.0', 'paged.mjs');
    cachePackage(cache, 'fixture-broken', '2.0.0', 'exits-at-once.mjs');
    const sources = join(root, 'sources.yaml');
    writeFileSync(sources, [
      'servers:',
      '  - package: fixture-paged',
      '    version: 1.0.0',
      '    name: Paged Fixture',
      '    args: ["--dir={scratch}"]',
      '    env: { FIXTURE_VARIANT: "1", HOME_COPY: "{scratch}/home" }',
      '  - package: fixture-broken',
      '    version: 2.0.0',
      '    name: Broken Fixture',
      '',
    ].join('\n'));

    const result = await runCli(['ingest', '--all', '--sources', sources, '--cache', cache, '--out', out, '--timeout', '30', '--concurrency', '2', ...isolation]);
    expect(result.code).toBe(1);
    // One line per server as it finishes, in whatever order they finish.
    const progress = result.stderr.trim().split('\n').map((l) => l.replace(/^\[[12]\/2\] /, '').replace(/\(\d+\.\d s\)$/, '(…)')).sort();
    expect(progress).toEqual([
      'FAIL  broken-fixture: the server exited with code 3 during start-up and initialize (…)',
      'ok    paged-fixture: 4 tools, new (…)',
    ]);
    expect(result.stderr).toMatch(/^\[1\/2\] .*\n\[2\/2\] .*\n$/);
    expect(result.stderr).not.toContain('\u001b'); // not a TTY: no cursor control
    expect(result.stdout).toContain('captured 1 of 2 servers (4 tools): 1 new, 0 updated, 0 unchanged; 1 failed');
    expect(result.stdout).toContain('FAILED broken-fixture (fixture-broken@2.0.0):\n  the server exited with code 3');
    expect(result.stdout).toContain('Error: FIXTURE_TOKEN is not set; cannot start');

    expect(entries(out)).toEqual(['paged-fixture.json']);
    const manifest = ServerManifestSchema.parse(JSON.parse(readFileSync(join(out, 'paged-fixture.json'), 'utf8')));
    expect(manifest).toMatchObject({
      name: 'Paged Fixture',
      description: 'The fixture-paged fixture.',
      repository: 'https://github.com/example/fixture-paged',
      package: { registry: 'npm', name: 'fixture-paged', version: '1.0.0' },
      launch: { command: 'npx', args: ['-y', 'fixture-paged@1.0.0', '--dir=<scratch-dir>'], env: ['FIXTURE_VARIANT', 'HOME_COPY'] },
    });
    expect(JSON.stringify(manifest)).not.toContain(root);
  });

  it('rejects an invalid sources file with its path and place, before capturing anything', async () => {
    const root = tempDir();
    const sources = join(root, 'sources.yaml');
    writeFileSync(sources, 'servers:\n  - { package: x, version: latest, name: X }\n');
    const result = await runCli(['ingest', '--all', '--sources', sources, '--out', join(root, 'out')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`${sources}: servers[0].version: an exact version such as "1.2.3"`);
    expect(entries(root)).toEqual(['sources.yaml']);
  });
});

describe('commandLines', () => {
  const [source] = parseSources([
    'servers:',
    '  - package: "@acme/mcp"',
    '    version: 1.2.3',
    '    name: Acme',
    '    args: [start, "--api-key={secret:ACME_API_KEY}", "--db=mysql://root:{secret:DB_PASSWORD}@127.0.0.1/x", "--dir={scratch}"]',
    '    secrets: { ACME_API_KEY: sk_test_dummy, DB_PASSWORD: dummy }',
    '    env: { ACME_REGION: eu }',
    '    sidecar: { command: db, args: ["--password={secret:DB_PASSWORD}"] }',
    '',
  ].join('\n'), 'sources.yaml');

  it('runs the server with the dummies, and records <NAME> in the launch, not in its env', () => {
    const lines = commandLines(source!, { args: ['/cache/acme/bin.js'], binName: 'acme-mcp' }, '/tmp/scratch');
    expect(lines.args).toEqual(['/cache/acme/bin.js', 'start', '--api-key=sk_test_dummy', '--db=mysql://root:dummy@127.0.0.1/x', '--dir=/tmp/scratch']);
    expect(lines.sidecarArgs).toEqual(['--password=dummy']);
    expect(lines.launch).toEqual({
      command: 'npx',
      args: ['-y', '-p', '@acme/mcp@1.2.3', 'acme-mcp', 'start', '--api-key=<ACME_API_KEY>', '--db=mysql://root:<DB_PASSWORD>@127.0.0.1/x', '--dir=<scratch-dir>'],
      env: ['ACME_REGION'],
    });
  });
});
