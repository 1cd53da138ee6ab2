// Running a server with no network but loopback: a fresh network namespace (`unshare
// --net`, which needs root or user namespaces) with only `lo` brought up. The server,
// and any sidecar daemon it needs (e.g. a throwaway redis-server), share that namespace,
// so they reach each other on 127.0.0.1 and nothing else; the namespace dies with them.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export interface Command {
  command: string;
  args: string[];
}

export interface Sidecar extends Command {
  /** A command that succeeds once the sidecar is ready (retried for up to 10 s). */
  ready?: string[];
}

function findTool(name: string): string | undefined {
  for (const dir of ['/usr/sbin', '/sbin', '/usr/bin', '/bin']) {
    if (existsSync(`${dir}/${name}`)) return `${dir}/${name}`;
  }
  return undefined;
}

const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

/** Why isolation cannot work here, or undefined when it does (tried once, for real). */
export function isolationProblem(): string | undefined {
  const unshare = findTool('unshare');
  const ip = findTool('ip');
  if (!unshare || !ip) return `${!unshare ? 'unshare' : 'ip'} is not installed (Debian: apt-get install util-linux iproute2)`;
  try {
    execFileSync(unshare, ['--net', '--', ip, 'link', 'set', 'lo', 'up'], { stdio: 'pipe', timeout: 10_000 });
    return undefined;
  } catch (error) {
    const stderr = String((error as { stderr?: unknown }).stderr ?? '').trim();
    return `cannot create a network namespace (${stderr || (error as Error).message}); run as root or enable user namespaces`;
  }
}

/**
 * The command line that runs `inner` (and `sidecar` first, if any) inside a new network
 * namespace with only loopback. Everything stays in the caller's process group: `unshare`
 * and `sh` exec, the sidecar is a background child of the same shell.
 */
export function isolatedCommand(inner: Command, sidecar?: Sidecar): Command {
  const unshare = findTool('unshare') ?? 'unshare';
  const ip = findTool('ip') ?? 'ip';
  let script = `${quote(ip)} link set lo up || exit 97\n`;
  if (sidecar) {
    script += `${[sidecar.command, ...sidecar.args].map(quote).join(' ')} >/dev/null 2>&1 &\n`;
    if (sidecar.ready) {
      const ready = sidecar.ready.map(quote).join(' ');
      script += `i=0; until ${ready} >/dev/null 2>&1; do i=$((i+1)); [ $i -ge 100 ] && { echo "sidecar not ready: ${sidecar.command}" >&2; exit 98; }; sleep 0.1; done\n`;
    }
  }
  script += 'exec "$0" "$@"';
  return { command: unshare, args: ['--net', '--', 'sh', '-c', script, inner.command, ...inner.args] };
}
