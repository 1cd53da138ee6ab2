// The command lines a server page shows: the server wrapped by Intercept, and how to
// capture its tools yourself. Built from the manifest's `launch` or `package`.
import type { ServerManifest } from './manifest/schema.ts';

/** POSIX shell quoting: bare when safe, single quotes otherwise. */
export function shellQuote(word: string): string {
  if (word !== '' && /^[A-Za-z0-9_@%+=:,./-]+$/.test(word)) return word;
  return `'${word.replace(/'/g, `'\\''`)}'`;
}

export interface LaunchInfo {
  /** The words after `--` (stdio), or undefined for a remote server or when unknown. */
  argv: string[] | undefined;
  /** The URL of a remote (HTTP) server. */
  url: string | undefined;
  /** Environment variables the server needs (names only). */
  env: string[];
}

export function launchInfo(manifest: ServerManifest): LaunchInfo {
  const launch = manifest.launch;
  if (launch && 'url' in launch) return { argv: undefined, url: launch.url, env: [] };
  if (launch && 'command' in launch) return { argv: [launch.command, ...launch.args], url: undefined, env: launch.env };
  const pkg = manifest.package;
  if (pkg) {
    const spec = pkg.version ? `${pkg.name}@${pkg.version}` : pkg.name;
    const registry = pkg.registry.toLowerCase();
    if (registry === 'npm') return { argv: ['npx', '-y', spec], url: undefined, env: [] };
    if (registry === 'pypi') return { argv: ['uvx', pkg.version ? `${pkg.name}==${pkg.version}` : pkg.name], url: undefined, env: [] };
    if (registry === 'oci' || registry === 'docker') return { argv: ['docker', 'run', '-i', '--rm', pkg.version ? `${pkg.name}:${pkg.version}` : pkg.name], url: undefined, env: [] };
  }
  return { argv: undefined, url: undefined, env: [] };
}

const PLACEHOLDER = '<your server command>';

/** `intercept -c github.yaml -- npx -y @modelcontextprotocol/server-github`. */
export function interceptCommand(policyFile: string, info: LaunchInfo): string {
  if (info.url) return `intercept -c ${shellQuote(policyFile)} --upstream ${shellQuote(info.url)}`;
  const tail = info.argv ? info.argv.map(shellQuote).join(' ') : PLACEHOLDER;
  return `intercept -c ${shellQuote(policyFile)} -- ${tail}`;
}

/**
 * `npx mcp-catalogue ingest --env GITHUB_TOKEN -- npx -y @modelcontextprotocol/server-github`:
 * `--env NAME` passes the caller's variable through (values are never stored).
 */
export function ingestCommand(info: LaunchInfo): string {
  const env = info.env.map((name) => ` --env ${shellQuote(name)}`).join('');
  if (info.url) return `npx mcp-catalogue ingest${env} --url ${shellQuote(info.url)}`;
  const tail = info.argv ? info.argv.map(shellQuote).join(' ') : PLACEHOLDER;
  return `npx mcp-catalogue ingest${env} -- ${tail}`;
}
