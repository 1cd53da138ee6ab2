// The fixture catalogue (test/fixtures/site-data), built once with the real CLI
// (`mcp-catalogue build`) into a temp folder keyed by a hash of everything that shapes
// the output. The build test and the browser test share it; concurrent callers wait
// for the one that builds (a directory lock), so it is built once per change.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

export const ROOT = resolve(import.meta.dirname, '../..');
export const FIXTURE_DATA = join(ROOT, 'test/fixtures/site-data');

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

function inputsHash(): string {
  const hash = createHash('sha256');
  const inputs = [...filesUnder(join(ROOT, 'src')), ...filesUnder(join(ROOT, 'public')), ...filesUnder(FIXTURE_DATA), join(ROOT, 'astro.config.mjs'), join(ROOT, 'package-lock.json')];
  for (const file of inputs) {
    if (!existsSync(file)) continue;
    hash.update(relative(ROOT, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

export interface FixtureSite {
  dir: string;
  /** The CLI's output (stdout + stderr) when this call built it; '' when it reused a build. */
  log: string;
}

export async function fixtureSite(): Promise<FixtureSite> {
  const home = join(tmpdir(), 'mcp-catalogue-site-test');
  mkdirSync(home, { recursive: true });
  const key = inputsHash();
  const dir = join(home, key);
  const done = join(home, `${key}.complete`);
  const lock = join(home, `${key}.lock`);
  for (;;) {
    if (existsSync(done)) return { dir, log: '' };
    try {
      mkdirSync(lock);
    } catch {
      // Someone else is building; a lock older than 15 minutes belongs to a dead build.
      try {
        if (Date.now() - statSync(lock).mtimeMs > 15 * 60_000) rmSync(lock, { recursive: true, force: true });
      } catch { /* it just finished */ }
      await sleep(500);
      continue;
    }
    try {
      rmSync(dir, { recursive: true, force: true });
      const result = spawnSync(join(ROOT, 'node_modules/.bin/node'), ['src/cli/main.ts', 'build', '--data', FIXTURE_DATA, '--out', dir, '--quiet'], {
        cwd: ROOT,
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
      });
      const log = `${result.stdout}${result.stderr}`;
      if (result.status !== 0) throw new Error(`mcp-catalogue build failed (exit ${result.status}):\n${log}`);
      writeFileSync(done, log);
      return { dir, log };
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
  }
}
