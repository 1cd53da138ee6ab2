// --isolate: the server sees no network interface but loopback, runs as an unprivileged
// user with no capabilities, and sees the whole machine read-only except its scratch folder
// (its HOME) and, with --all, its own install folder.
import { chmodSync, mkdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { captureServer, CaptureError } from '../../src/ingest/capture.ts';
import { installDir } from '../../src/ingest/install.ts';
import { explainIsolationFailure, isolatedCommand, isolationProblem, SERVER_UID, writableMounts } from '../../src/ingest/isolate.ts';
import type { LoadedSource } from '../../src/ingest/sources.ts';
import { cachePackage, FIXTURES, ingestFixture, ROOT, runCli, tempDir } from './helpers.ts';

/** Every test below but the last needs root, for unshare --net --mount, chroot and setpriv. */
const impossible = process.getuid?.() !== 0;
if (impossible) console.warn('skipping the isolation tests: they need root');

/** The writes.mjs fixture's report: tool name (a folder's label) → "wrote" or the error code. */
function writeReport(manifestFile: string): Record<string, string> {
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as { tools: { name: string; description: string }[] };
  return Object.fromEntries(manifest.tools.map((t) => [t.name, t.description]));
}

/** A folder anyone may write to, so that only the isolation can stop a write there. */
function openFolder(path: string): string {
  mkdirSync(path, { recursive: true });
  chmodSync(path, 0o777);
  return path;
}

const UNPRIVILEGED = `uid ${SERVER_UID} capabilities 0000000000000000`;
/**
 * A folder in the real /tmp is out of the server's sight: it has a /tmp of its own, holding
 * only the way to its writable folders (root's, empty). Anywhere else a folder is read-only.
 */
const unseenOrReadOnly = (path: string): unknown => (`${realpathSync(path)}/`.startsWith('/tmp/') ? expect.stringMatching(/^(ENOENT|EACCES)$/) : 'EROFS');

describe('ingest --isolate', () => {
  it.skipIf(impossible)('works here, as root: the check ingest runs first finds no problem', () => {
    expect(isolationProblem()).toBeUndefined();
  });

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

  it.skipIf(impossible)('runs the server in a PID namespace of its own: it sees only its own processes, not the machine\'s', async () => {
    const out = tempDir();
    const result = await ingestFixture(out, 'processes.mjs', [String(process.pid)], ['--isolate', '--name', 'Processes']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const report = writeReport(join(out, 'processes.json'));
    expect(report.sees_outsider).toBe('false'); // this test's own process
    // The isolation's shell (the namespace's first process) and the server: nothing else runs there.
    expect(report.processes_seen).toBe('2');
  });

  it.skipIf(impossible)('runs the server unprivileged on a read-only machine: only its scratch folder, its HOME, and its own /tmp are writable', async () => {
    const root = tempDir('ingest isolate '); // a space in every path below
    chmodSync(root, 0o755);
    const out = join(root, 'out dir');
    const elsewhere = openFolder(join(root, 'elsewhere'));
    const result = await ingestFixture(out, 'writes.mjs', [`checkout=${ROOT}`, `out=${root}`, `elsewhere=${elsewhere}`, 'tmp=/tmp', 'var tmp=/var/tmp', 'etc=/etc', `your home=${homedir()}`], ['--isolate', '--name', 'Writes']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(writeReport(join(out, 'writes.json'))).toEqual({
      checkout: 'EROFS',
      out: unseenOrReadOnly(root),
      elsewhere: unseenOrReadOnly(elsewhere), // world-writable, yet not the server's to write
      tmp: 'wrote', // its own, empty
      'var tmp': 'EROFS', // world-writable, yet read-only to the server
      etc: 'EROFS',
      'your home': expect.stringMatching(/^(EROFS|EACCES)$/),
      home: 'wrote', // a fresh scratch folder
      whoami: UNPRIVILEGED,
    });
  });

  it.skipIf(impossible)('fails with a readable error, before the server starts, when a folder cannot be made writable', async () => {
    const missing = join(tempDir('ingest isolate '), 'no such folder');
    const run = isolatedCommand({ command: process.execPath, args: [join(FIXTURES, 'writes.mjs')] }, { writable: [missing] });
    const error = await captureServer({ command: run.command, args: run.args, timeoutMs: 30_000 }).then(() => undefined, explainIsolationFailure);
    expect(error).toBeInstanceOf(CaptureError);
    expect((error as CaptureError).message).toMatch(/^isolation failed before the server started \(exit 99\): could not set up the read-only view of the machine .*; run as root/);
    expect((error as CaptureError).stderr).toContain(`isolation: cannot make ${missing} writable`);
  });

  it.skipIf(impossible)('fails with a readable error when the unprivileged user cannot enter the working folder', async () => {
    const closed = tempDir('ingest isolate '); // mkdtemp makes it 0700, root's own
    const run = isolatedCommand({ command: process.execPath, args: [join(FIXTURES, 'writes.mjs')] }, { writable: [] });
    const error = await captureServer({ command: run.command, args: run.args, cwd: closed, timeoutMs: 30_000 }).then(() => undefined, explainIsolationFailure);
    expect(error).toBeInstanceOf(CaptureError);
    expect((error as CaptureError).message).toMatch(/^isolation failed before the server started \(exit 96\): the server's working folder cannot be entered as an unprivileged user/);
  });
});

describe('ingest --all, isolated', () => {
  it.skipIf(impossible)('captures a server, unprivileged, that can write to its scratch folder (its HOME) and its own install folder and nowhere else', async () => {
    const root = tempDir('ingest isolate ');
    chmodSync(root, 0o755); // the server's user must be able to read its install, as in the checkout's .cache
    const data = join(root, 'data');
    const out = join(data, 'servers');
    const cache = join(data, 'cache'); // inside a read-only folder, like .cache/servers in the checkout
    mkdirSync(out, { recursive: true });
    const elsewhere = openFolder(join(root, 'elsewhere'));
    cachePackage(cache, 'fixture-writes', '1.0.0', 'writes.mjs');
    cachePackage(cache, 'fixture-other', '1.0.0', 'paged.mjs');
    const installed = (name: string) => installDir(cache, { package: name, version: '1.0.0' } as LoadedSource);
    const args = [`checkout=${ROOT}`, `data=${data}`, `out=${out}`, `elsewhere=${elsewhere}`, 'scratch={scratch}', `own=${installed('fixture-writes')}`, `other=${installed('fixture-other')}`];
    writeFileSync(join(data, 'sources.yaml'), `servers:\n  - { package: fixture-writes, version: 1.0.0, name: Writes, args: ${JSON.stringify(args)} }\n`);
    const result = await runCli(['ingest', '--all', '--sources', join(data, 'sources.yaml'), '--cache', cache, '--out', out, '--timeout', '30']);
    expect(result.stdout).toContain('captured 1 of 1 servers');
    expect(result.code).toBe(0);
    const report = writeReport(join(out, 'writes.json'));
    const expected: [label: string, outcome: unknown][] = [
      ['checkout', 'EROFS'],
      ['data', unseenOrReadOnly(data)],
      ['out', unseenOrReadOnly(out)],
      ['elsewhere', unseenOrReadOnly(elsewhere)],
      ['scratch', 'wrote'],
      ['home', 'wrote'], // HOME is the scratch folder
      ['own', 'wrote'], // some packages put a native binary into place on first start
      ['other', unseenOrReadOnly(installed('fixture-other'))], // another package's install folder
      ['whoami', UNPRIVILEGED],
    ];
    for (const [label, outcome] of expected) expect({ label, outcome: report[label] }).toEqual({ label, outcome });
  });
});

describe('ingest --all, isolated, with an install the server cannot reach', () => {
  it.skipIf(impossible)('fails that source with the folder to open, before starting it', async () => {
    const root = tempDir('ingest isolate '); // 0700: the unprivileged user cannot enter it
    const cache = join(root, 'cache');
    cachePackage(cache, 'fixture-writes', '1.0.0', 'writes.mjs');
    writeFileSync(join(root, 'sources.yaml'), 'servers:\n  - { package: fixture-writes, version: 1.0.0, name: Writes }\n');
    const result = await runCli(['ingest', '--all', '--sources', join(root, 'sources.yaml'), '--cache', cache, '--out', join(root, 'out'), '--timeout', '30']);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`cannot run the installed package isolated: ${root} (mode 700) cannot be entered by the unprivileged user (uid ${SERVER_UID}) that runs the servers; put it under a folder others can read, or chmod o+x ${root}`);
  });
});

describe('writableMounts', () => {
  it('lists the writable mount points below /, unescaped, once each, in mountinfo order', () => {
    const mountinfo = [
      '22 1 8:1 / / rw,relatime shared:1 - ext4 /dev/vda rw',
      '23 22 0:5 / /proc rw,nosuid shared:2 - proc proc rw',
      '24 22 0:6 / /usr/share ro,relatime - ext4 /dev/vdb ro',
      '25 22 0:7 / /mnt/with\\040space rw - tmpfs tmpfs rw',
      '26 23 0:8 / /dev/shm rw - tmpfs tmpfs rw',
      '27 26 0:9 / /dev/shm rw - tmpfs tmpfs rw',
      '',
    ].join('\n');
    expect(writableMounts(mountinfo)).toEqual(['/proc', '/mnt/with space', '/dev/shm']);
  });
});
