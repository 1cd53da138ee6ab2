// Installing a source's exact package version into a private, git-ignored cache folder
// (`.cache/servers/<name>@<version>/`), once, and finding what to run from it. Installs
// run with lifecycle scripts disabled unless the source says otherwise: we only need the
// package's JavaScript to list tools, not whatever its postinstall downloads or runs.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { delimiter, dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { slugify } from '../core/slug.ts';
import type { LoadedSource } from './sources.ts';

const exec = promisify(execFile);
const MARKER = '.installed';

export interface Installed {
  /** The folder of the package itself (…/node_modules/<package>). */
  packageDir: string;
  /** What to run: the executable and the leading arguments (e.g. node and the entry file). */
  command: string;
  args: string[];
  /** The bin name run, when it is not the package's default one. */
  binName?: string;
}

export function installDir(cacheDir: string, source: LoadedSource): string {
  return resolve(cacheDir, `${slugify(source.package)}@${source.version}`);
}

/** npm install into the cache unless an earlier run finished installing this exact version. */
export async function installSource(source: LoadedSource, cacheDir: string): Promise<Installed> {
  const dir = installDir(cacheDir, source);
  const marker = join(dir, MARKER);
  const expected = `${source.package}@${source.version} ignoreScripts=${source.ignoreScripts}${source.build.length > 0 ? ` build=${source.build.join(',')}` : ''}`;
  const done = existsSync(marker) && readFileSync(marker, 'utf8').trim() === expected;
  if (!done) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    // A package.json of our own so npm treats the folder as a project root and does not
    // walk up into the catalogue's own node_modules.
    writeFileSync(join(dir, 'package.json'), `${JSON.stringify({ name: 'ingest-cache', private: true }, null, 2)}\n`);
    const args = ['install', '--prefix', dir, '--no-audit', '--no-fund', '--no-save', '--omit=dev', '--loglevel=error', '--no-package-lock'];
    if (source.ignoreScripts) args.push('--ignore-scripts');
    args.push(`${source.package}@${source.version}`);
    // npm runs on the Node that runs the servers (the project's Node 22), however the CLI was
    // started: npm skips an optional dependency whose `engines` the Node it runs on does not
    // meet, so an older Node first on PATH silently drops platform binaries (Fabric's).
    const env = { ...process.env, PATH: [dirname(process.execPath), process.env['PATH']].filter(Boolean).join(delimiter) };
    await runNpm(args, dir, env, `npm install ${source.package}@${source.version}`);
    if (source.build.length > 0) {
      // Only the named modules' own install scripts run (node-gyp, after a prebuilt download
      // that fails offline), compiled against the headers of the Node that will load them.
      const headers = nodeHeadersDir();
      await runNpm(['rebuild', '--prefix', dir, '--loglevel=error', ...source.build], dir,
        headers ? { ...env, npm_config_nodedir: headers } : env, `npm rebuild ${source.build.join(' ')} (for ${source.package})`);
    }
    writeFileSync(marker, `${expected}\n`);
  }
  return resolveEntry(source, dir);
}

async function runNpm(args: string[], cwd: string, env: NodeJS.ProcessEnv, what: string): Promise<void> {
  try {
    await exec('npm', args, { cwd, env, maxBuffer: 16 * 1024 * 1024, timeout: 15 * 60_000 });
  } catch (error) {
    const stderr = String((error as { stderr?: unknown }).stderr ?? '').trim().split('\n').slice(-8).join('\n    ');
    throw new Error(`${what} failed${stderr ? `:\n    ${stderr}` : ''}`);
  }
}

/**
 * The C headers of the Node running us, when its install ships them: an npm config `nodedir`
 * pointing at another Node's headers builds modules this Node refuses to load (another
 * NODE_MODULE_VERSION). A release install has them in <prefix>/include/node; the `node` npm
 * package links its bin/node from node-<platform>-<arch>, which holds them.
 */
export function nodeHeadersDir(execPath = process.execPath): string | undefined {
  const prefix = resolve(dirname(execPath), '..');
  const candidates = [prefix, join(prefix, 'node_modules', `node-${process.platform}-${process.arch}`)];
  return candidates.find((dir) => existsSync(join(dir, 'include', 'node', 'node.h')));
}

function resolveEntry(source: LoadedSource, dir: string): Installed {
  const packageDir = join(dir, 'node_modules', ...source.package.split('/'));
  const pkgFile = join(packageDir, 'package.json');
  let pkg: { version?: unknown; bin?: unknown };
  try {
    pkg = JSON.parse(readFileSync(pkgFile, 'utf8')) as typeof pkg;
  } catch {
    throw new Error(`after installing, ${pkgFile} is missing or unreadable`);
  }
  if (pkg.version !== source.version) throw new Error(`installed ${source.package} is ${String(pkg.version)}, not ${source.version}`);

  let file: string;
  let binName: string | undefined;
  if (source.entry) {
    file = join(packageDir, source.entry);
  } else {
    const bins: Record<string, string> = typeof pkg.bin === 'string'
      ? { [source.package.split('/').pop() ?? source.package]: pkg.bin }
      : pkg.bin && typeof pkg.bin === 'object' ? pkg.bin as Record<string, string> : {};
    const names = Object.keys(bins);
    const unscoped = source.package.split('/').pop() ?? '';
    const chosen = source.bin ?? (names.length === 1 ? names[0] : names.includes(unscoped) ? unscoped : undefined);
    if (!chosen || !bins[chosen]) {
      throw new Error(names.length === 0
        ? `${source.package} has no bin: set \`entry\` to the file that starts the server`
        : source.bin ? `${source.package} has no bin "${source.bin}" (it has ${names.join(', ')})`
          : `${source.package} has several bins (${names.join(', ')}): set \`bin\` to the one that starts the server`);
    }
    file = join(packageDir, bins[chosen]);
    if (source.bin && names.length > 1) binName = chosen;
  }
  if (!existsSync(file)) throw new Error(`${file} does not exist in the installed package`);

  // Run JavaScript with the Node that runs us (the project's Node 22); anything else
  // (a shell script, a native binary) as it is.
  const head = readFileSync(file, { encoding: 'utf8', flag: 'r' }).slice(0, 200);
  const shebang = head.startsWith('#!') ? head.slice(0, head.indexOf('\n')) : '';
  const isScript = /\.[cm]?js$/.test(file) || shebang.includes('node') || !shebang;
  return isScript
    ? { packageDir, command: process.execPath, args: [file], binName }
    : { packageDir, command: file, args: [], binName };
}
