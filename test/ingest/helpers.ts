// Running the real CLI (`node src/cli/main.ts ingest …`) as a child process, the way a
// user does, and looking at what it leaves behind.
import { execFile } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { installDir } from '../../src/ingest/install.ts';
import type { LoadedSource } from '../../src/ingest/sources.ts';
import { tempDir as removedAfterwards } from '../temp-dir.ts';

export const ROOT = resolve(import.meta.dirname, '../..');
export const FIXTURES = join(ROOT, 'test/fixtures/servers');
const MAIN = join(ROOT, 'src/cli/main.ts');

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[]): Promise<CliResult> {
  return new Promise((done) => {
    execFile(process.execPath, [MAIN, ...args], { cwd: ROOT, timeout: 60_000 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
      done({ code, stdout, stderr });
    });
  });
}

/**
 * `ingest --out <dir> --timeout <s> [extra] -- node <fixture> [args]`. The timeout is short
 * only for fixtures that are meant to hang; the others get room for a loaded machine.
 */
export function ingestFixture(out: string, fixture: string, fixtureArgs: string[] = [], extra: string[] = [], timeoutSeconds = 30): Promise<CliResult> {
  return runCli(['ingest', '--out', out, '--timeout', String(timeoutSeconds), ...extra, '--', 'node', join(FIXTURES, fixture), ...fixtureArgs]);
}

export function tempDir(prefix = 'ingest-test-'): string {
  return removedAfterwards(prefix);
}

/** Every entry in a folder, hidden ones (temp files) included. */
export function entries(dir: string): string[] {
  try {
    return readdirSync(dir).sort();
  } catch {
    return [];
  }
}

/** Puts a package whose bin runs `fixture` into the cache, as a finished install would. */
export function cachePackage(cache: string, name: string, version: string, fixture: string): void {
  const dir = installDir(cache, { package: name, version } as LoadedSource);
  const pkgDir = join(dir, 'node_modules', name);
  mkdirSync(pkgDir, { recursive: true });
  writeFileSync(join(pkgDir, 'package.json'), JSON.stringify({ name, version, description: `The ${name} fixture.`, repository: `github:example/${name}`, bin: { [name]: 'server.mjs' } }));
  writeFileSync(join(pkgDir, 'server.mjs'), `import ${JSON.stringify(join(FIXTURES, fixture))};\n`);
  writeFileSync(join(dir, '.installed'), `${name}@${version} ignoreScripts=true\n`);
}
