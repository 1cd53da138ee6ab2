// Running a server with no network but loopback: a fresh network namespace (`unshare
// --net`, which needs root or user namespaces) with only `lo` brought up. The server,
// and any sidecar daemon it needs (e.g. a throwaway redis-server), share that namespace,
// so they reach each other on 127.0.0.1 and nothing else; the namespace dies with them.
// The same `unshare` also gives them a private mount namespace in which the project
// checkout, the data and output folders and the user's home are bind-mounted read-only,
// so a package cannot rewrite the catalogue it is captured into (its scratch folder in
// /tmp stays writable).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { CaptureError } from './capture.ts';

export interface Command {
  command: string;
  args: string[];
}

export interface Sidecar extends Command {
  /** A command that succeeds once the sidecar is ready (retried for up to 10 s). */
  ready?: string[];
}

export interface Isolation {
  /** Folders the server cannot write to (see readOnlyPaths). */
  readOnly: string[];
  /** Folders inside those that stay writable (a server's own install folder). */
  writable?: string[];
  sidecar?: Sidecar;
}

function findTool(name: string): string | undefined {
  for (const dir of ['/usr/sbin', '/sbin', '/usr/bin', '/bin']) {
    if (existsSync(`${dir}/${name}`)) return `${dir}/${name}`;
  }
  return undefined;
}

const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

/** The project checkout: the nearest folder above this file that holds a package.json. */
export function checkoutRoot(): string {
  let dir = import.meta.dirname;
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`no package.json above ${import.meta.dirname}`);
    dir = parent;
  }
  return dir;
}

/**
 * The repository of a checkout that is a git worktree (`.git` is then a file pointing
 * elsewhere): its hooks and refs are as dangerous to leave writable as the checkout.
 */
function worktreeRepository(checkout: string): string | undefined {
  const dotGit = join(checkout, '.git');
  if (!existsSync(dotGit) || statSync(dotGit).isDirectory()) return undefined;
  const gitdir = /^gitdir: (.+)$/m.exec(readFileSync(dotGit, 'utf8'))?.[1];
  if (!gitdir) return undefined;
  const commondir = join(resolve(checkout, gitdir), 'commondir');
  const common = existsSync(commondir) ? resolve(checkout, gitdir, readFileSync(commondir, 'utf8').trim()) : resolve(checkout, gitdir);
  return existsSync(common) ? common : undefined;
}

/**
 * The folders a server must not write to: the checkout (and its repository, if it is a
 * worktree), `extra` (the data and output folders) and the user's home; real paths, no
 * duplicates, parents first so a nested folder's own read-only mount lands on top of its
 * parent's (and does not hide it).
 */
export function readOnlyPaths(extra: string[] = []): string[] {
  const home = homedir();
  const checkout = checkoutRoot();
  const repository = worktreeRepository(checkout);
  const wanted = [checkout, ...(repository ? [repository] : []), ...extra, ...(home && home !== '/' && existsSync(home) ? [home] : [])];
  const real = wanted.map((p) => realpathSync(p));
  return [...new Set(real)].sort((a, b) => a.length - b.length || a.localeCompare(b));
}

/** What the isolation script's own exit codes mean: the server never started. */
const SCRIPT_EXITS: Record<number, string> = {
  97: 'could not bring up loopback in the network namespace',
  98: 'the sidecar did not become ready within 10 s',
  99: 'could not make the checkout, data and output folders read-only (a mount failed in the private mount namespace; its stderr names the folder); run as root (mount needs CAP_SYS_ADMIN), or pass --no-isolate only for sources you trust',
};

/** A capture that failed in the isolation script, not in the server, said as such. */
export function explainIsolationFailure(error: unknown): unknown {
  if (!(error instanceof CaptureError) || error.exitCode === undefined) return error;
  const reason = SCRIPT_EXITS[error.exitCode];
  return reason ? new CaptureError(`isolation failed before the server started (exit ${error.exitCode}): ${reason}`, error.stderr, error.exitCode) : error;
}

/** Why isolation cannot work here, or undefined when it does (tried once, for real). */
export function isolationProblem(): string | undefined {
  const missing = ['unshare', 'ip', 'mount'].find((name) => !findTool(name));
  if (missing) return `${missing} is not installed (Debian: apt-get install util-linux iproute2 mount)`;
  const checkout = [realpathSync(checkoutRoot())];
  // The real script, around a command that succeeds only if the checkout is read-only.
  const run = isolatedCommand({ command: 'sh', args: ['-c', '! test -w "$1"', 'sh', ...checkout] }, { readOnly: checkout });
  try {
    execFileSync(run.command, run.args, { stdio: 'pipe', timeout: 10_000 });
    return undefined;
  } catch (error) {
    const { status, stderr } = error as { status?: number | null; stderr?: unknown };
    const said = String(stderr ?? '').trim() || (error as Error).message;
    if (status === 97) return `cannot bring up loopback in a network namespace (${said})`;
    if (status === 99) return `cannot make the checkout read-only in a private mount namespace (${said}); run as root`;
    if (status === 1 && !said) return `the checkout ${checkout[0]} is still writable inside the mount namespace`;
    return `cannot create a network and mount namespace (${said}); run as root or enable user namespaces`;
  }
}

/** Shell lines that mount each folder onto itself `ro` or `rw`, or exit 99 saying which one failed. */
function remountScript(mount: string, paths: string[], mode: 'ro' | 'rw'): string {
  // --rbind keeps mounts below the folder visible; the remount sets the top one's mode.
  const said = mode === 'ro' ? 'read-only' : 'writable';
  return paths.map((p) => `${quote(mount)} --rbind ${quote(p)} ${quote(p)} && ${quote(mount)} -o remount,bind,${mode} ${quote(p)}`
    + ` || { printf 'isolation: cannot make %s ${said}\\n' ${quote(p)} >&2; exit 99; }\n`).join('');
}

/**
 * The command line that runs `inner` (and `sidecar` first, if any) inside a new network
 * namespace with only loopback and a private mount namespace where `readOnly` cannot be
 * written, except `writable`. Everything stays in the caller's process group: `unshare`
 * and `sh` exec, the sidecar is a background child of the same shell.
 */
export function isolatedCommand(inner: Command, { readOnly, writable = [], sidecar }: Isolation): Command {
  const unshare = findTool('unshare') ?? 'unshare';
  const ip = findTool('ip') ?? 'ip';
  const mount = findTool('mount') ?? 'mount';
  let script = `${quote(ip)} link set lo up || exit 97\n`;
  script += remountScript(mount, readOnly, 'ro') + remountScript(mount, writable, 'rw');
  if (sidecar) {
    script += `${[sidecar.command, ...sidecar.args].map(quote).join(' ')} >/dev/null 2>&1 &\n`;
    if (sidecar.ready) {
      const ready = sidecar.ready.map(quote).join(' ');
      script += `i=0; until ${ready} >/dev/null 2>&1; do i=$((i+1)); [ $i -ge 100 ] && { echo "sidecar not ready: ${sidecar.command}" >&2; exit 98; }; sleep 0.1; done\n`;
    }
  }
  script += 'exec "$0" "$@"';
  return { command: unshare, args: ['--net', '--mount', '--propagation', 'private', '--', 'sh', '-c', script, inner.command, ...inner.args] };
}
