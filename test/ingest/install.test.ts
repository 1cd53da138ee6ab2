// The install step runs npm on the Node that runs the servers, whatever Node is first on
// PATH: npm drops an optional dependency whose `engines` its own Node does not meet, so an
// older system Node silently lost platform binaries (Microsoft Fabric's server then tried to
// download one at start-up and hung).
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { installSource } from '../../src/ingest/install.ts';
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
    const source = { package: 'fixture-anything', version: '1.0.0', ignoreScripts: true } as LoadedSource;
    // The stand-in installs nothing, so finding the package afterwards fails; only what npm saw matters.
    await installSource(source, tempDir('install cache ')).catch(() => undefined);
    expect(readFileSync(seen, 'utf8').trim()).toBe(process.execPath);
  });
});
