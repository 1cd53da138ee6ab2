// Misbehaving servers: each gets a clear error, exit code 1, no manifest and no temp file,
// and no process of the server left running.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isAlive } from '../../src/ingest/process-tree.ts';
import { entries, FIXTURES, ingestFixture, ROOT, tempDir } from './helpers.ts';

/**
 * Which of the processes are still alive. SIGKILL is delivered asynchronously, so a process
 * sent one just before ingest returned may take a moment to go: wait up to 5 s for that.
 */
async function aliveAfterKill(pids: { server: number; child: number; detached: number }) {
  const state = () => ({ server: isAlive(pids.server), child: isAlive(pids.child), detached: isAlive(pids.detached) });
  for (let i = 0; i < 100 && Object.values(state()).some(Boolean); i++) await new Promise((r) => setTimeout(r, 50));
  return state();
}

describe('ingest of a misbehaving server', () => {
  it.each([
    {
      fixture: 'exits-at-once.mjs', args: [],
      message: /the server exited with code 3 during start-up and initialize/,
      stderr: /last lines of the server's stderr:\n {2}starting fixture server\n {2}Error: FIXTURE_TOKEN is not set/,
    },
    {
      fixture: 'hangs.mjs', args: [],
      message: /the server did not answer start-up and initialize within 3 s/,
      stderr: /waiting forever/,
    },
    {
      fixture: 'silent-banner.mjs', args: [],
      message: /did not answer start-up and initialize within 3 s; it wrote 1 line on stdout that is not JSON-RPC \("Listening on http:\/\/localhost:3000"\)/,
    },
    {
      fixture: 'junk-stdout.mjs', args: [],
      message: /the server sent a malformed JSON-RPC message on stdout: "\{"jsonrpc": "2.0", "id": 0/,
    },
    {
      fixture: 'noise-stdout.mjs', args: [],
      message: /the server keeps writing text that is not JSON-RPC to stdout \(\d+ lines, starting "DEBUG tick/,
    },
    {
      fixture: 'malformed-list.mjs', args: [],
      message: /malformed tools\/list result \(3 problems\):\n {2}tools\/list: tools\[1\]\.inputSchema \("no_schema"\): required, but missing\n {2}tools\/list: tools\[2\]\.inputSchema \("string_schema"\): expected an object, got a string\n {2}tools\/list: tools\[3\]\.name \(""\): must not be empty/,
    },
    {
      fixture: 'cursor-loop.mjs', args: ['same'],
      message: /tools\/list sent the cursor "again" a second time on page 2; stopped/,
    },
    {
      fixture: 'cursor-loop.mjs', args: ['fresh'],
      message: /tools\/list still sent a nextCursor after 100 pages; stopped/,
    },
  ])('$fixture $args fails clearly', async ({ fixture, args, message, stderr }) => {
    const out = tempDir();
    // 3 s where the fixture is meant to hang (the message names it), room to spare elsewhere.
    const hangs = /within 3 s/.test(message.source);
    const result = await ingestFixture(out, fixture, args, [], hangs ? 3 : 30);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^ingest: /);
    expect(result.stderr).toMatch(message);
    if (stderr) expect(result.stderr).toMatch(stderr);
    expect(result.stdout).toBe('');
    // Atomic: nothing was written, not even a temp file.
    expect(entries(out)).toEqual([]);
  });

  it('skips, with a warning, replies with no id that a server sends to our notifications, and captures its tools', async () => {
    const out = tempDir();
    const result = await ingestFixture(out, 'answers-notifications.mjs');
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/the server sent 1 JSON-RPC reply with no id, answering no request \(as if a notification had been a request\); skipped/);
    const [file] = entries(out);
    const manifest = JSON.parse(readFileSync(join(out, file as string), 'utf8')) as { tools: { name: string }[] };
    expect(manifest.tools.map((t) => t.name)).toEqual(['list_pages']);
  });

  it('escapes control characters a server prints, so they cannot drive the terminal', async () => {
    const result = await ingestFixture(tempDir(), 'banner-stdout.mjs');
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('\\u001b[32mready');
    expect(result.stderr).not.toContain('\u001b');
  });

  it('reports a command that does not exist', async () => {
    const out = tempDir();
    const { runCli } = await import('./helpers.ts');
    const result = await runCli(['ingest', '--out', out, '--', 'no-such-mcp-server-command']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('could not start "no-such-mcp-server-command": command not found');
    expect(entries(out)).toEqual([]);
  });
});

describe('the server and everything it started are gone when ingest returns', () => {
  const pidsOf = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as { server: number; child: number; detached: number };

  it('after a timeout', async () => {
    const dir = tempDir();
    const pidFile = join(dir, 'pids.json');
    const result = await ingestFixture(join(dir, 'out'), 'grandchild.mjs', ['hang'], ['--env', `PID_FILE=${pidFile}`], 3);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/did not answer start-up and initialize within 3 s/);
    const pids = pidsOf(pidFile);
    expect(await aliveAfterKill(pids))
      .toEqual({ server: false, child: false, detached: false });
  });

  it('after the server crashed, orphaning them', async () => {
    const dir = tempDir();
    const pidFile = join(dir, 'pids.json');
    const result = await ingestFixture(join(dir, 'out'), 'grandchild.mjs', ['crash'], ['--env', `PID_FILE=${pidFile}`]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/the server exited with code 1 during start-up and initialize/);
    const pids = pidsOf(pidFile);
    expect(await aliveAfterKill(pids))
      .toEqual({ server: false, child: false, detached: false });
  });

  it('after a successful capture', async () => {
    const dir = tempDir();
    const pidFile = join(dir, 'pids.json');
    const result = await ingestFixture(join(dir, 'out'), 'grandchild.mjs', ['serve'], ['--env', `PID_FILE=${pidFile}`]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/wrote .*fixture\.json: 1 tool \(new\)/);
    const pids = pidsOf(pidFile);
    expect(await aliveAfterKill(pids))
      .toEqual({ server: false, child: false, detached: false });
  });

  it('when ingest itself is interrupted (Ctrl-C)', async () => {
    const dir = tempDir();
    const pidFile = join(dir, 'pids.json');
    const ingest = spawn(process.execPath, [join(ROOT, 'src/cli/main.ts'), 'ingest', '--out', join(dir, 'out'), '--timeout', '60',
      '--env', `PID_FILE=${pidFile}`, '--', 'node', join(FIXTURES, 'grandchild.mjs'), 'hang'], { stdio: 'ignore' });
    const exited = new Promise<number | null>((done) => ingest.once('exit', (code) => done(code)));
    while (!existsSync(pidFile) || readFileSync(pidFile, 'utf8') === '') await new Promise((r) => setTimeout(r, 50));
    ingest.kill('SIGINT');
    await exited;
    const pids = pidsOf(pidFile);
    expect(await aliveAfterKill(pids))
      .toEqual({ server: false, child: false, detached: false });
  });
});
