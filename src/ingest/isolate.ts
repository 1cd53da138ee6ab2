// Running a server that may be hostile: it gets no network but loopback, a read-only view
// of the whole machine, and no privileges.
//  - A fresh network namespace (`unshare --net`, which needs root) with only `lo` up. The
//    server and any sidecar daemon it needs (e.g. a throwaway redis-server) share it, so
//    they reach each other on 127.0.0.1 and nothing else; it dies with them.
//  - A private mount namespace (`--mount`) whose root is a read-only copy of the machine's
//    (every mount below it too), with an empty /tmp of its own, where only the folders it
//    must write to are writable: its scratch folder (its HOME and TMPDIR) and its own
//    install folder. Entered with chroot. The real /tmp is out of its sight, so a server's
//    own files and working folder must not be there.
//  - A PID namespace of its own (`--pid`), with a /proc that shows only its processes, so
//    it cannot read another capture's (or any other) process's command line, environment
//    or open files. A root shell is the namespace's first process: it passes stop signals
//    on to the server, and when it ends the kernel ends every process left inside.
//  - It runs as user and group 65534 (nobody) with every capability dropped and
//    no_new_privs set (`setpriv`), so it cannot undo the read-only mounts, join another
//    namespace, or open what only root may (raw disks, other users' files).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
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
  /** The only folders the server may write to (they are handed to its user). */
  writable: string[];
  sidecar?: Sidecar;
}

/** The unprivileged user and group a server runs as: nobody/nogroup on Debian. */
export const SERVER_UID = 65534;

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

/** A mount point as /proc/self/mountinfo writes it: space, tab, newline and backslash as octal escapes. */
const unescapeMountPath = (field: string) => field.replace(/\\([0-7]{3})/g, (_, octal: string) => String.fromCharCode(parseInt(octal, 8)));

/**
 * Every mount point below / that is writable now, parents first: the ones the server's
 * copy of the machine must remount read-only (a recursive bind keeps each one's own mode).
 */
export function writableMounts(mountinfo = readFileSync('/proc/self/mountinfo', 'utf8')): string[] {
  const points: string[] = [];
  for (const line of mountinfo.split('\n')) {
    const fields = line.split(' ');
    const [point, options] = [fields[4], fields[5]];
    if (!point || !options || options.split(',').includes('ro')) continue;
    const path = unescapeMountPath(point);
    if (path !== '/') points.push(path);
  }
  return [...new Set(points)];
}

/** The empty folder the server's read-only copy of / is mounted on (only inside its namespace). */
function isolationRoot(): string {
  const root = join(realpathSync(tmpdir()), 'mcp-catalogue-isolation-root');
  mkdirSync(root, { recursive: true });
  return root;
}

/**
 * Why the server's user could not reach `path` (a folder on the way that others may not
 * enter), or undefined when it can. A temporary folder made by mkdtemp is such a folder.
 */
export function unreachableBy(path: string): string | undefined {
  for (let dir = realpathSync(path); ; dir = dirname(dir)) {
    const { mode, uid } = statSync(dir);
    if (uid !== SERVER_UID && (mode & 0o001) === 0) {
      return `${dir} (mode ${(mode & 0o777).toString(8)}) cannot be entered by the unprivileged user (uid ${SERVER_UID}) that runs the servers; put it under a folder others can read, or chmod o+x ${dir}`;
    }
    if (dirname(dir) === dir) return undefined;
  }
}

/** What the isolation script's own exit codes mean: the server never started. */
const SCRIPT_EXITS: Record<number, string> = {
  96: 'the server\'s working folder cannot be entered as an unprivileged user (uid 65534); give it a working folder others can read',
  97: 'could not bring up loopback in the network namespace',
  98: 'the sidecar did not become ready within 10 s',
  99: 'could not set up the read-only view of the machine (a mount failed in the private mount namespace; its stderr names the folder); run as root (mount needs CAP_SYS_ADMIN), or pass --no-isolate only for sources you trust',
};

/** A capture that failed in the isolation script, not in the server, said as such. */
export function explainIsolationFailure(error: unknown): unknown {
  if (!(error instanceof CaptureError) || error.exitCode === undefined) return error;
  const reason = SCRIPT_EXITS[error.exitCode];
  return reason ? new CaptureError(`isolation failed before the server started (exit ${error.exitCode}): ${reason}`, error.stderr, error.exitCode) : error;
}

/** Why isolation cannot work here, or undefined when it does (tried once, for real). */
export function isolationProblem(): string | undefined {
  const missing = ['unshare', 'ip', 'mount', 'chroot', 'setpriv'].find((name) => !findTool(name));
  if (missing) return `${missing} is not installed (Debian: apt-get install util-linux iproute2 mount coreutils)`;
  const checkout = realpathSync(checkoutRoot());
  // The real script, around a check that must pass inside: the checkout can be read but not
  // written, and the user is the unprivileged one.
  const check = `test -r "$1/package.json" || exit 3; test -w "$1" && exit 4; test "$(id -u)" = ${SERVER_UID} || exit 5; exit 0`;
  const run = isolatedCommand({ command: 'sh', args: ['-c', check, 'sh', checkout] }, { writable: [] });
  try {
    execFileSync(run.command, run.args, { stdio: 'pipe', timeout: 10_000, cwd: '/' });
    return undefined;
  } catch (error) {
    const { status, stderr } = error as { status?: number | null; stderr?: unknown };
    const said = String(stderr ?? '').trim() || (error as Error).message;
    if (status === 3) return `the checkout ${checkout} cannot be read by an unprivileged user (uid ${SERVER_UID}), which is who runs the servers; put it in a folder others can read (e.g. chmod o+rx on each folder above it)`;
    if (status === 4) return `the checkout ${checkout} is still writable inside the isolation`;
    if (status === 5) return `the server would not run as the unprivileged user (uid ${SERVER_UID}) (${said})`;
    if (status === 97) return `cannot bring up loopback in a network namespace (${said})`;
    if (status === 99) return `cannot make a read-only view of the machine in a private mount namespace (${said}); run as root`;
    return `cannot create a network and mount namespace (${said}); run as root`;
  }
}

/** A shell line that runs `then` or, when it fails, says so and exits 99. */
const orFail = (then: string, what: string) => `${then} || { printf 'isolation: %s\\n' ${quote(what)} >&2; exit 99; }\n`;

/**
 * The command line that runs `inner` (and `sidecar` first, if any) in a new network
 * namespace with only loopback, on a read-only copy of the machine where only `writable`
 * can be written, as an unprivileged user with no capabilities. It runs in the working
 * folder it is started in. Everything stays in the caller's process group: `unshare` forks
 * the namespace's first process (a root shell), which starts the sidecar and the server
 * as its children; `chroot` and `setpriv` exec.
 */
export function isolatedCommand(inner: Command, { writable, sidecar }: Isolation): Command {
  const [ip, mount, chroot, setpriv, chown] = ['ip', 'mount', 'chroot', 'setpriv', 'chown'].map((t) => quote(findTool(t) ?? t));
  const root = isolationRoot();
  const under = (path: string) => quote(`${root}${path}`);
  let script = `${ip} link set lo up || exit 97\n`;
  script += 'dir=$(pwd -P)\n';
  script += orFail(`${mount} --rbind / ${quote(root)} && ${mount} -o remount,bind,ro ${quote(root)}`, 'cannot make a read-only copy of /');
  for (const point of writableMounts()) script += orFail(`${mount} -o remount,bind,ro ${under(point)}`, `cannot make ${point} read-only`);
  // A /tmp of its own, empty: servers that write to a fixed /tmp path still start, and none sees another's files.
  script += orFail(`${mount} -t tmpfs -o mode=1777,nosuid,nodev,size=1g tmpfs ${under('/tmp')}`, 'cannot give it a private /tmp');
  // A /proc of its own PID namespace: the machine's other processes are out of its sight.
  script += orFail(`${mount} -t proc -o nosuid,nodev,noexec proc ${under('/proc')}`, 'cannot give it a /proc of its own');
  for (const path of writable) {
    script += orFail(`${chown} -R ${SERVER_UID}:${SERVER_UID} ${quote(path)} && mkdir -p ${under(path)} && ${mount} --bind ${quote(path)} ${under(path)} && ${mount} -o remount,bind,rw ${under(path)}`, `cannot make ${path} writable`);
  }
  // chroot into the copy, drop to the unprivileged user with no capabilities, then enter the working folder.
  const unprivileged = `${chroot} ${quote(root)} ${setpriv} --reuid=${SERVER_UID} --regid=${SERVER_UID} --clear-groups --inh-caps=-all --bounding-set=-all --no-new-privs -- sh -c 'cd "$1" || exit 96; shift; exec "$@"' sh "$dir"`;
  if (sidecar) {
    script += `${unprivileged} ${[sidecar.command, ...sidecar.args].map(quote).join(' ')} >/dev/null 2>&1 &\n`;
    if (sidecar.ready) {
      const ready = sidecar.ready.map(quote).join(' ');
      script += `i=0; until ${ready} >/dev/null 2>&1; do i=$((i+1)); [ $i -ge 100 ] && { echo "sidecar not ready: ${sidecar.command}" >&2; exit 98; }; sleep 0.1; done\n`;
    }
  }
  // This shell is the PID namespace's first process, which the kernel shields from signals
  // it has no handler for; so it stays, passes TERM/INT/HUP on to everything inside, and
  // exits with the server's status. The server keeps the shell's stdin (a background job
  // would otherwise get /dev/null).
  script += 'exec 3<&0\n';
  script += `${unprivileged} "$0" "$@" <&3 3<&- &\n`;
  script += 'server=$!\n';
  script += "trap 'kill -TERM -1 2>/dev/null' TERM INT HUP\n";
  script += 'wait "$server"; status=$?\n';
  script += 'while kill -0 "$server" 2>/dev/null; do wait "$server"; status=$?; done\n';
  script += 'exit "$status"';
  const namespaces = ['--net', '--mount', '--pid', '--fork', '--kill-child', '--propagation', 'private'];
  return { command: findTool('unshare') ?? 'unshare', args: [...namespaces, '--', 'sh', '-c', script, inner.command, ...inner.args] };
}
