// The install step runs npm on the Node that runs the servers, whatever Node is first on
// PATH: npm drops an optional dependency whose `engines` its own Node does not meet, so an
// older system Node silently lost platform binaries (Microsoft Fabric's server then tried to
// download one at start-up and hung).
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { installSource, nodeHeadersDir } from '../../src/ingest/install.ts';
import type { LoadedSource } from '../../src/ingest/sources.ts';
import { tempDir } from './helpers.ts';

const savedPath = process.env['PATH'];
afterEach(() => {
  process.env['PATH'] = savedPath;
});

describe('installSource', () => {
  it('runs npm with the Node that runs the catalogue first on PATH', async () => {
    // First on PATH: a stand-in npm that records which `node` it would run on, and another `node`.
    const bin = tempDir('fake npm ');
    const seen = join(bin, 'node-seen');
    writeFileSync(join(bin, 'npm'), `#!/bin/sh\nnode -p process.execPath > '${seen}'\n`);
    writeFileSync(join(bin, 'node'), '#!/bin/sh\necho /another/node\n');
    for (const file of ['npm', 'node']) chmodSync(join(bin, file), 0o755);
    process.env['PATH'] = [bin, savedPath].filter(Boolean).join(':');
    const source = { package: 'fixture-anything', version: '1.0.0', ignoreScripts: true, build: [] } as unknown as LoadedSource;
    // The stand-in installs nothing, so finding the package afterwards fails; only what npm saw matters.
    await installSource(source, tempDir('install cache ')).catch(() => undefined);
    expect(readFileSync(seen, 'utf8').trim()).toBe(process.execPath);
  });
});

describe('native modules named in `build`', () => {
  /** A stand-in npm that logs each call (its arguments and the nodedir it was given) and installs a package with one bin. */
  function fakeNpm(): string {
    const bin = tempDir('fake npm ');
    const script = [
      '#!/bin/sh',
      `echo "$* | nodedir=$npm_config_nodedir" >> '${join(bin, 'calls')}'`,
      'if [ "$1" = install ]; then',
      '  d="$3/node_modules/fixture-native"; mkdir -p "$d"',
      `  echo '{"name":"fixture-native","version":"1.0.0","bin":"server.js"}' > "$d/package.json"; touch "$d/server.js"`,
      'fi',
    ].join('\n');
    writeFileSync(join(bin, 'npm'), `${script}\n`);
    chmodSync(join(bin, 'npm'), 0o755);
    process.env['PATH'] = [bin, savedPath].filter(Boolean).join(':');
    return join(bin, 'calls');
  }
  const source = (build: string[]) => ({ package: 'fixture-native', version: '1.0.0', ignoreScripts: true, build, slug: 'fixture-native' }) as unknown as LoadedSource;

  it('are rebuilt after the script-free install, by name only, against the running Node\'s headers', async () => {
    const calls = fakeNpm();
    const cache = tempDir('install cache ');
    await installSource(source(['better-sqlite3', 'keytar']), cache);
    const [install, rebuild, ...rest] = readFileSync(calls, 'utf8').trim().split('\n');
    expect(install).toMatch(/^install .* --ignore-scripts fixture-native@1\.0\.0 \|/);
    expect(rebuild).toMatch(/^rebuild --prefix .+ --loglevel=error better-sqlite3 keytar \| nodedir=(\S+)$/);
    expect(rebuild?.split('nodedir=')[1]).toBe(nodeHeadersDir() ?? '');
    expect(rest).toEqual([]);
  });

  it('are not rebuilt when none is named', async () => {
    const calls = fakeNpm();
    await installSource(source([]), tempDir('install cache '));
    expect(readFileSync(calls, 'utf8').trim().split('\n')).toHaveLength(1);
  });
});

describe('nodeHeadersDir', () => {
  it('finds the headers beside a release install, or in the node npm package\'s platform package, or none', () => {
    const release = tempDir('node release ');
    mkdirSync(join(release, 'include', 'node'), { recursive: true });
    writeFileSync(join(release, 'include', 'node', 'node.h'), '');
    expect(nodeHeadersDir(join(release, 'bin', 'node'))).toBe(release);

    const npmPackage = tempDir('node npm package ');
    const platform = join(npmPackage, 'node_modules', `node-${process.platform}-${process.arch}`);
    mkdirSync(join(platform, 'include', 'node'), { recursive: true });
    writeFileSync(join(platform, 'include', 'node', 'node.h'), '');
    expect(nodeHeadersDir(join(npmPackage, 'bin', 'node'))).toBe(platform);

    expect(nodeHeadersDir(join(tempDir('no headers '), 'bin', 'node'))).toBeUndefined();
  });
});
