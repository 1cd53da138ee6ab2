// Starting a server in a process group of its own and making sure that, when we are
// done, it and everything it started are gone. `npx` spawns `node`, which may spawn
// more (a browser, a language server); closing stdin or killing the first pid alone
// leaves those behind, so we kill the whole group and every descendant we can see.
import { readdirSync, readFileSync } from 'node:fs';

interface ProcInfo {
  pid: number;
  ppid: number;
  pgid: number;
  state: string;
}

/** One process's line of /proc/<pid>/stat, or undefined if it is gone (Linux only). */
function readProc(pid: number): ProcInfo | undefined {
  let stat: string;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return undefined;
  }
  // The command name (field 2) is in parentheses and may itself contain spaces or ')'.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const [state = '?', ppid = '0', pgid = '0'] = fields;
  return { pid, state, ppid: Number(ppid), pgid: Number(pgid) };
}

function listProcs(): ProcInfo[] {
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return [];
  }
  const out: ProcInfo[] = [];
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    const info = readProc(Number(entry));
    if (info) out.push(info);
  }
  return out;
}

/** True while `pid` exists and is not a zombie (a zombie runs nothing; it waits to be reaped). */
export function isAlive(pid: number): boolean {
  const info = readProc(pid);
  if (info) return info.state !== 'Z' && info.state !== 'X';
  if (process.platform === 'linux') return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The environment variable that marks every process a capture started (see processTree). */
export const TREE_MARKER = 'MCP_CATALOGUE_INGEST_TREE';

/** True when `pid` was started with `TREE_MARKER=marker` in its environment (inherited by default). */
function hasMarker(pid: number, needle: Buffer): boolean {
  try {
    // `\0NAME=value\0`, or the same without the first NUL when it is the first variable.
    const environ = Buffer.concat([Buffer.from([0]), readFileSync(`/proc/${pid}/environ`)]);
    return environ.includes(needle);
  } catch {
    return false;
  }
}

/**
 * `root`, every process in its process group and every descendant of any of them. With
 * `marker`, also every process that inherited it in its environment: that finds children
 * which left the group (setsid) and whose parent has already exited (re-parented to init,
 * so no parent link leads to them any more).
 */
export function processTree(root: number, marker?: string): number[] {
  const procs = listProcs();
  const found = new Set<number>([root]);
  for (const p of procs) if (p.pgid === root) found.add(p.pid);
  if (marker) {
    const needle = Buffer.from(`\0${TREE_MARKER}=${marker}\0`);
    for (const p of procs) if (!found.has(p.pid) && p.pid !== process.pid && hasMarker(p.pid, needle)) found.add(p.pid);
  }
  let grew = true;
  while (grew) {
    grew = false;
    for (const p of procs) {
      if (!found.has(p.pid) && found.has(p.ppid)) {
        found.add(p.pid);
        grew = true;
      }
    }
  }
  return [...found];
}

function signal(pids: Iterable<number>, sig: NodeJS.Signals, group?: number): void {
  if (group !== undefined) {
    try {
      process.kill(-group, sig);
    } catch {
      // the group is already empty
    }
  }
  for (const pid of pids) {
    try {
      process.kill(pid, sig);
    } catch {
      // already gone
    }
  }
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Ends the process group led by `root` and all descendants: SIGTERM, a grace period,
 * then SIGKILL for whatever is left. Resolves once none of them runs any more, or
 * throws naming the survivors (which should never happen for processes we own).
 */
export async function killTree(root: number, marker?: string, graceMs = 1500): Promise<void> {
  // Snapshot the tree first: once the root dies its children are re-parented and
  // can no longer be found by walking parent links from it.
  const known = new Set(processTree(root, marker));
  signal(known, 'SIGTERM', root);
  const deadline = Date.now() + graceMs;
  while (Date.now() < deadline) {
    for (const pid of processTree(root, marker)) known.add(pid);
    if (![...known].some(isAlive)) return;
    await sleep(50);
  }
  for (let attempt = 0; attempt < 20; attempt++) {
    for (const pid of processTree(root, marker)) known.add(pid);
    const alive = [...known].filter(isAlive);
    if (alive.length === 0) return;
    signal(alive, 'SIGKILL', root);
    await sleep(50);
  }
  const survivors = [...known].filter(isAlive);
  if (survivors.length > 0) throw new Error(`could not stop server processes ${survivors.join(', ')}`);
}
