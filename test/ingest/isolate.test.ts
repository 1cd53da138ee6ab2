// --isolate: the server sees no network interface but loopback, and cannot write to the
// checkout, the data and output folders or the user's home; its scratch folder stays writable.
import { existsSync, mkdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { captureServer, CaptureError } from '../../src/ingest/capture.ts';
import { installDir } from '../../src/ingest/install.ts';
import { explainIsolationFailure, isolatedCommand, isolationProblem, readOnlyPaths } from '../../src/ingest/isolate.ts';
import type { LoadedSource } from '../../src/ingest/sources.ts';
import { cachePackage, FIXTURES, ingestFixture, ROOT, runCli, tempDir } from './helpers.ts';

const problem = isolationProblem();
/** Every test below needs root (or user namespaces) for unshare --net --mount. */
const impossible = problem !== undefined;
if (impossible) console.warn(`skipping the isolation tests: ${problem}`);

/** The writes.mjs fixture's report: tool name (a folder's label) → "wrote" or the error code. */
function writeReport(manifestFile: string): Record<string, string> {
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as { tools: { name: string; description: string }[] };
  return Object.fromEntries(manifest.tools.map((t) => [t.name, t.description]));
}

const home = homedir();
const homeProtected = home !== '/' && existsSync(home);

describe('ingest --isolate', () => {
  it.skipIf(impossible)('runs the server in a network namespace with only loopback', async () => {
    const out = tempDir();
    const result = await ingestFixture(out, 'netinfo.mjs', [], ['--isolate', '--name', 'Net']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const manifest = JSON.parse(readFileSync(join(out, 'net.json'), 'utf8')) as { tools: { description: string }[]; launch: { command: string } };
    expect(manifest.tools[0]?.description).toBe('lo');
    // The launch recorded is the user's command, not the unshare wrapper.
    expect(manifest.launch.command).toBe('node');
  });

  it.skipIf(impossible)('keeps the checkout, the output folder and the home read-only; other folders stay writable', async () => {
    const root = tempDir('ingest isolate '); // a space in every path below
    const out = join(root, 'out dir'); // not there yet: ingest creates it to protect it
    const elsewhere = join(root, 'elsewhere');
    mkdirSync(elsewhere);
    const result = await ingestFixture(out, 'writes.mjs', [`checkout=${ROOT}`, `out=${out}`, `elsewhere=${elsewhere}`], ['--isolate', '--name', 'Writes']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(writeReport(join(out, 'writes.json'))).toEqual({
      checkout: 'EROFS',
      out: 'EROFS',
      elsewhere: 'wrote',
      home: homeProtected ? 'EROFS' : expect.any(String),
    });
  });

  it.skipIf(impossible)('fails with a readable error, before the server starts, when a folder cannot be made read-only', async () => {
    const missing = join(tempDir('ingest isolate '), 'no such folder');
    const run = isolatedCommand({ command: process.execPath, args: [join(FIXTURES, 'writes.mjs')] }, { readOnly: [missing] });
    const error = await captureServer({ command: run.command, args: run.args, timeoutMs: 30_000 }).then(() => undefined, explainIsolationFailure);
    expect(error).toBeInstanceOf(CaptureError);
    expect((error as CaptureError).message).toMatch(/^isolation failed before the server started \(exit 99\): could not make the checkout, data and output folders read-only .*; run as root/);
    expect((error as CaptureError).stderr).toContain(`isolation: cannot make ${missing} read-only`);
  });
});

describe('ingest --all, isolated', () => {
  it.skipIf(impossible)('captures a server that cannot write to the checkout, data or output folders but can write to its scratch folder (its HOME) and its own install folder', async () => {
    const root = tempDir('ingest isolate ');
    const data = join(root, 'data');
    const out = join(data, 'servers');
    const cache = join(data, 'cache'); // inside a read-only folder, like .cache/servers in the checkout
    mkdirSync(data);
    cachePackage(cache, 'fixture-writes', '1.0.0', 'writes.mjs');
    cachePackage(cache, 'fixture-other', '1.0.0', 'paged.mjs');
    const installed = (name: string) => installDir(cache, { package: name, version: '1.0.0' } as LoadedSource);
    const args = [`checkout=${ROOT}`, `data=${data}`, `out=${out}`, 'scratch={scratch}', `own=${installed('fixture-writes')}`, `other=${installed('fixture-other')}`];
    writeFileSync(join(data, 'sources.yaml'), `servers:\n  - { package: fixture-writes, version: 1.0.0, name: Writes, args: ${JSON.stringify(args)} }\n`);
    const result = await runCli(['ingest', '--all', '--sources', join(data, 'sources.yaml'), '--cache', cache, '--out', out, '--timeout', '30']);
    expect(result.stdout).toContain('captured 1 of 1 servers');
    expect(result.code).toBe(0);
    const report = writeReport(join(out, 'writes.json'));
    const expected: [label: string, outcome: string][] = [
      ['checkout', 'EROFS'],
      ['data', 'EROFS'],
      ['out', 'EROFS'],
      ['scratch', 'wrote'],
      ['home', 'wrote'], // HOME is the scratch folder
      ['own', 'wrote'], // some packages put a native binary into place on first start
      ['other', 'EROFS'], // another package's install folder
    ];
    for (const [label, outcome] of expected) expect({ label, outcome: report[label] }).toEqual({ label, outcome });
  });
});

describe('readOnlyPaths', () => {
  it('lists the checkout, the folders given and the home, real paths, parents first', () => {
    const extra = tempDir('ingest isolate ');
    const paths = readOnlyPaths([extra, extra]);
    expect(paths).toContain(realpathSync(ROOT));
    expect(paths.filter((p) => p === realpathSync(extra))).toHaveLength(1);
    if (homeProtected) expect(paths).toContain(realpathSync(home));
    expect(paths).toEqual([...paths].sort((a, b) => a.length - b.length || a.localeCompare(b)));
  });
});
