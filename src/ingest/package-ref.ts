// Which npm package a launch command runs, so the manifest can name it and its version:
// `npx -y pkg@1.2.3 …`, `npm exec pkg@1.2.3 -- …`, or a file inside node_modules/<pkg>
// (a bin or an entry run with node), whose package.json gives the installed version.
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { basename, dirname, join, resolve, sep } from 'node:path';

export interface NpmPackage {
  name: string;
  version?: string;
  description?: string;
  homepage?: string;
  repository?: string;
}

const NPX_FLAGS_WITH_VALUE = new Set(['-p', '--package', '-c', '--call', '--cache', '--registry', '--userconfig', '-w', '--workspace']);

/** `@scope/name@1.2.3` → name and version ('latest' and ranges are not versions). */
export function parsePackageSpec(spec: string): { name: string; version?: string } | undefined {
  const match = /^((?:@[a-z0-9][\w.-]*\/)?[a-z0-9][\w.-]*)(?:@(.+))?$/i.exec(spec);
  if (!match?.[1]) return undefined;
  const version = match[2];
  const exact = version !== undefined && /^\d+\.\d+\.\d+(?:[-+][\w.+-]*)?$/.test(version);
  return exact ? { name: match[1], version } : { name: match[1] };
}

/** The package an `npx`/`npm exec` command line runs, if it names one. */
function fromNpx(command: string, args: string[]): { name: string; version?: string } | undefined {
  const tool = basename(command);
  let rest = args;
  if (tool === 'npm' || tool === 'pnpm') {
    if (args[0] !== 'exec' && args[0] !== 'x' && args[0] !== 'dlx') return undefined;
    rest = args.slice(1);
  } else if (tool !== 'npx' && tool !== 'pnpx' && tool !== 'bunx') {
    return undefined;
  }
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] ?? '';
    if (arg === '--') return rest[i + 1] ? parsePackageSpec(rest[i + 1] ?? '') : undefined;
    if (arg === '-p' || arg === '--package') return parsePackageSpec(rest[i + 1] ?? '');
    if (arg.startsWith('--package=')) return parsePackageSpec(arg.slice('--package='.length));
    if (NPX_FLAGS_WITH_VALUE.has(arg)) { i++; continue; }
    if (arg.startsWith('-')) continue;
    return parsePackageSpec(arg);
  }
  return undefined;
}

/** The package.json of the node_modules package that contains `file`, if any. */
export function packageJsonFor(file: string): string | undefined {
  let path: string;
  try {
    path = realpathSync(file);
  } catch {
    return undefined;
  }
  for (let dir = dirname(path); dir !== dirname(dir); dir = dirname(dir)) {
    const candidate = join(dir, 'package.json');
    const parent = basename(dirname(dir));
    const inNodeModules = parent === 'node_modules' || (parent.startsWith('@') && basename(dirname(dirname(dir))) === 'node_modules');
    if (inNodeModules && existsSync(candidate)) return candidate;
    if (dir.endsWith(`${sep}node_modules`)) return undefined;
  }
  return undefined;
}

/** Normalises npm's `repository` forms (`git+https://…​.git`, `github:o/r`, `o/r`) to a web URL. */
export function repositoryUrl(repository: unknown): string | undefined {
  const raw = typeof repository === 'string' ? repository
    : repository && typeof repository === 'object' && typeof (repository as { url?: unknown }).url === 'string'
      ? (repository as { url: string }).url : undefined;
  if (!raw) return undefined;
  const shorthand = /^(?:(github|gitlab|bitbucket):)?([\w.-]+\/[\w.-]+)$/.exec(raw);
  if (shorthand?.[2]) {
    const host = { github: 'github.com', gitlab: 'gitlab.com', bitbucket: 'bitbucket.org' }[shorthand[1] ?? 'github'];
    return `https://${host}/${shorthand[2]}`;
  }
  const url = raw.replace(/^git\+/, '').replace(/^git:\/\//, 'https://').replace(/^ssh:\/\/git@/, 'https://')
    .replace(/^git@([^:]+):/, 'https://$1/').replace(/\.git$/, '');
  return webUrl(url);
}

export function webUrl(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  try {
    const url = new URL(value.trim());
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href.replace(/\/$/, '') : undefined;
  } catch {
    return undefined;
  }
}

/** Name, version and npm metadata from an installed package.json. */
export function readPackageJson(file: string): NpmPackage | undefined {
  let json: Record<string, unknown>;
  try {
    json = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  } catch {
    return undefined;
  }
  if (typeof json.name !== 'string') return undefined;
  const pkg: NpmPackage = { name: json.name };
  if (typeof json.version === 'string') pkg.version = json.version;
  if (typeof json.description === 'string' && json.description.trim()) pkg.description = json.description.trim();
  const homepage = webUrl(json.homepage);
  if (homepage) pkg.homepage = homepage;
  // Monorepo packages often name only `bugs`: its …/issues address gives the repository.
  const bugs = typeof json.bugs === 'string' ? json.bugs : (json.bugs as { url?: unknown } | undefined)?.url;
  const fromBugs = typeof bugs === 'string' ? /^(https:\/\/(?:github\.com|gitlab\.com)\/[\w.-]+\/[\w.-]+)\/issues\/?$/.exec(bugs)?.[1] : undefined;
  const repository = repositoryUrl(json.repository) ?? fromBugs;
  if (repository) pkg.repository = repository;
  return pkg;
}

/**
 * The npm package a launch runs: from an npx-style spec, or from the node_modules
 * package that holds the command or the script given to node. Undefined when unknown.
 */
export function inferPackage(command: string, args: string[], cwd = process.cwd()): NpmPackage | undefined {
  const spec = fromNpx(command, args);
  if (spec) return spec;
  const candidates = [command];
  const isNode = /^node(?:\.exe)?$/.test(basename(command)) || command === process.execPath;
  const script = args.find((a) => !a.startsWith('-'));
  if (isNode && script) candidates.unshift(script);
  for (const candidate of candidates) {
    if (!candidate.includes('/') && !candidate.includes(sep)) {
      // A bare name: look for it as a bin of the project (node_modules/.bin).
      const bin = join(cwd, 'node_modules', '.bin', candidate);
      if (!existsSync(bin)) continue;
      const pkgJson = packageJsonFor(bin);
      if (pkgJson) return readPackageJson(pkgJson);
      continue;
    }
    const pkgJson = packageJsonFor(resolve(cwd, candidate));
    if (pkgJson) return readPackageJson(pkgJson);
  }
  return undefined;
}
